package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.WorkClient;
import fi.kohtaamo.webchannel.i18n.FindMessages;
import fi.kohtaamo.webchannel.i18n.Language;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static fi.kohtaamo.webchannel.page.PageSupport.WHEN;
import static fi.kohtaamo.webchannel.page.PageSupport.blankToNull;
import static fi.kohtaamo.webchannel.page.PageSupport.staffPage;
import static fi.kohtaamo.webchannel.page.PageSupport.texts;

/**
 * Staff find any contact of their organisation, open or long closed: by words or a tracking code,
 * state, channel, queue and the days it came. A GET form, so that a search is a link an agent can
 * keep and the page works without JavaScript; contact routing searches, scopes to the
 * organisation and records each listed contact as read.
 */
@Path("/work/search")
@Produces(MediaType.TEXT_HTML)
public class WorkSearchPages {

    static final List<String> STATES = List.of("QUEUED", "ASSIGNED", "WAITING_FOR_CLIENT", "RESOLVED", "CLOSED");
    static final List<String> CHANNELS = List.of("WEB", "EMAIL", "PHONE", "CHAT", "LETTER", "IN_PERSON", "API", "OPEN311");
    static final int PAGE_SIZE = 25;
    private static final Logger LOG = Logger.getLogger(WorkSearchPages.class);

    private final WorkClient work;
    private final PageFrame frame;

    public WorkSearchPages(@RestClient WorkClient work, PageFrame frame) {
        this.work = work;
        this.frame = frame;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(PageContext page, Map<String, String> form, List<String> states,
                                              List<String> channels, List<WorkPages.QueueView> queues,
                                              Map<String, String> errors, Results results);
    }

    /** A listed contact as the page shows it. */
    public record Hit(String id, String trackingCode, String status, String channel, String queue, String received,
                      String client, String handler, String excerpt) {
    }

    /** A page of hits, with the links to the pages beside it (null where there is none). */
    public record Results(List<Hit> hits, long total, boolean totalExact, int page, long pages, String previous, String next) {
    }

    @GET
    public Response search(@QueryParam("q") String q, @QueryParam("status") String status, @QueryParam("channel") String channel,
                           @QueryParam("queue") String queue, @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("page") String page, @QueryParam("lang") String lang,
                           @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                           @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        Map<String, String> form = new LinkedHashMap<>();
        put(form, "q", q);
        put(form, "status", status != null && STATES.contains(status) ? status : null);
        put(form, "channel", channel != null && CHANNELS.contains(channel) ? channel : null);
        put(form, "from", from);
        put(form, "to", to);
        try {
            List<WorkPages.QueueView> queues = work.queues().stream().map(one -> WorkPages.QueueView.of(one, language)).toList();
            put(form, "queue", queues.stream().anyMatch(one -> one.id().equals(queue)) ? queue : null);
            Map<String, String> errors = new LinkedHashMap<>();
            LocalDate first = date(from, "from", errors);
            LocalDate last = date(to, "to", errors);
            if (first != null && last != null && last.isBefore(first)) {
                errors.put("to", "find_error_range");
            }
            Results results = null;
            boolean asked = uri.getQueryParameters().keySet().stream().anyMatch(key -> !key.equals("lang"));
            if (errors.isEmpty() && asked) {
                int number = pageNumber(page);
                WorkClient.SearchResults found = work.search(form.get("q"), form.get("status"), form.get("channel"),
                        form.get("queue"), form.get("from"), form.get("to"), number, PAGE_SIZE);
                results = results(found, number, queues, form);
            }
            return staffPage(Templates.search(frame.context(language, uri), form, STATES, CHANNELS, queues,
                    texts(FindMessages.class, errors, language), results), language, lang, errors.isEmpty() ? 200 : 400);
        } catch (WebApplicationException | ProcessingException e) {
            LOG.warnf("contact routing: %s", e.getMessage());
            return PageSupport.unavailable(frame.context(language, uri), language);
        }
    }

    private static Results results(WorkClient.SearchResults found, int page, List<WorkPages.QueueView> queues,
                                   Map<String, String> form) {
        Map<String, String> names = new LinkedHashMap<>();
        queues.forEach(queue -> names.put(queue.code(), queue.name()));
        List<Hit> hits = found.items().stream().map(hit -> new Hit(hit.id().toString(), hit.trackingCode(), hit.status(),
                hit.channel(), hit.queue() == null ? "" : names.getOrDefault(hit.queue().code(), hit.queue().code()),
                WHEN.format(hit.receivedAt()), hit.contactName(),
                hit.assignedToName() != null ? hit.assignedToName() : hit.assignedTo(), hit.excerpt())).toList();
        long pages = Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        return new Results(hits, found.total(), found.totalExact(), page + 1, pages, page > 0 ? link(form, page - 1) : null,
                page + 1 < pages ? link(form, page + 1) : null);
    }

    /** The same search on another page. */
    static String link(Map<String, String> form, int page) {
        StringBuilder link = new StringBuilder("/work/search?");
        form.forEach((key, value) -> link.append(key).append('=')
                .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)).append('&'));
        return link.append("page=").append(page).toString();
    }

    /** A page number from the query; the first page for anything else. */
    static int pageNumber(String page) {
        try {
            int number = page == null ? 0 : Integer.parseInt(page.strip());
            return number < 0 || number > 1000 ? 0 : number;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static LocalDate date(String value, String field, Map<String, String> errors) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "find_error_date");
            return null;
        }
    }

    private static void put(Map<String, String> form, String key, String value) {
        String kept = blankToNull(value);
        if (kept != null) {
            form.put(key, kept.length() > 200 ? kept.substring(0, 200) : kept);
        }
    }
}
