package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.AuditClient;
import fi.kohtaamo.webchannel.i18n.AuditMessages;
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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static fi.kohtaamo.webchannel.page.PageSupport.WHEN;
import static fi.kohtaamo.webchannel.page.PageSupport.blankToNull;
import static fi.kohtaamo.webchannel.page.PageSupport.staffPage;
import static fi.kohtaamo.webchannel.page.PageSupport.texts;

/**
 * The auditor's view of the client registry's audit log: who read or changed clients' personal
 * data, when, in which organisation and why, filtered by client, actor and days, as a table and
 * as a CSV file of the same entries. A GET form, so that a filtered log is a link and the page
 * works without JavaScript. The registry decides what the auditor may see (their own
 * organisation's staff; a platform-auditor every organisation's); {@link StaffPageGuard} lets
 * only auditors in.
 */
@Path("/audit")
public class AuditPages {

    /** The most entries the registry gives for one query: more means the filters should narrow. */
    static final int REGISTRY_LIMIT = 1000;
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final Logger LOG = Logger.getLogger(AuditPages.class);

    private final AuditClient audit;
    private final PageFrame frame;

    public AuditPages(@RestClient AuditClient audit, PageFrame frame) {
        this.audit = audit;
        this.frame = frame;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(PageContext page, Map<String, String> form, Map<String, String> errors,
                                             List<Row> rows, boolean limited, String csv);
    }

    /** An entry as the page shows it. */
    public record Row(String when, String actor, String organisation, String roles, String action, String purpose,
                      String client, String clientLink, String contact) {
    }

    /**
     * The filters asked for: what the form shows again, each bad field's error key, and the
     * registry's query (the days as instants: from the first day's start to the end of the last,
     * Helsinki time).
     */
    record Filters(Map<String, String> form, Map<String, String> errors, UUID clientId, String from, String to) {

        static Filters of(String clientId, String actor, String from, String to) {
            Map<String, String> form = new LinkedHashMap<>();
            Map<String, String> errors = new LinkedHashMap<>();
            put(form, "clientId", clientId);
            put(form, "actor", actor);
            put(form, "from", from);
            put(form, "to", to);
            UUID client = null;
            if (form.containsKey("clientId")) {
                try {
                    client = UUID.fromString(form.get("clientId"));
                } catch (IllegalArgumentException e) {
                    errors.put("clientId", "audit_error_client");
                }
            }
            LocalDate first = date(form.get("from"), "from", errors);
            LocalDate last = date(form.get("to"), "to", errors);
            if (first != null && last != null && last.isBefore(first)) {
                errors.put("to", "audit_error_range");
            }
            return new Filters(form, errors, client,
                    first == null ? null : first.atStartOfDay(HELSINKI).toInstant().toString(),
                    last == null ? null : last.plusDays(1).atStartOfDay(HELSINKI).toInstant().toString());
        }

        String actor() {
            return form.get("actor");
        }

        /** The same filters as a query string (without "?"), for the CSV link. */
        String query() {
            return form.entrySet().stream()
                    .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
        }

        private static LocalDate date(String value, String field, Map<String, String> errors) {
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                errors.put(field, "audit_error_date");
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

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@QueryParam("clientId") String clientId, @QueryParam("actor") String actor,
                         @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("lang") String lang,
                         @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                         @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        Filters filters = Filters.of(clientId, actor, from, to);
        Map<String, String> errors = new LinkedHashMap<>(filters.errors());
        List<Row> rows = List.of();
        int status = errors.isEmpty() ? 200 : 400;
        if (errors.isEmpty()) {
            try {
                rows = entries(filters).stream().map(AuditPages::row).toList();
            } catch (WebApplicationException e) {
                if (e.getResponse().getStatus() != 403) {
                    LOG.warnf("client registry: %s", e.getMessage());
                    return PageSupport.unavailable(frame.context(language, uri), language);
                }
                errors.put("form", "audit_error_forbidden"); // a token naming no organisation
                status = 403;
            } catch (ProcessingException e) {
                LOG.warnf("client registry: %s", e.getMessage());
                return PageSupport.unavailable(frame.context(language, uri), language);
            }
        }
        String query = filters.query();
        return staffPage(Templates.audit(frame.context(language, uri), filters.form(),
                texts(AuditMessages.class, errors, language), rows, rows.size() >= REGISTRY_LIMIT,
                "/audit/export" + (query.isEmpty() ? "" : "?" + query)), language, lang, status);
    }

    /** The same entries as a CSV file (RFC 4180, UTF-8) for a spreadsheet; times in ISO-8601 UTC. */
    @GET
    @Path("/export")
    @Produces("text/csv")
    public Response export(@QueryParam("clientId") String clientId, @QueryParam("actor") String actor,
                           @QueryParam("from") String from, @QueryParam("to") String to) {
        Filters filters = Filters.of(clientId, actor, from, to);
        if (!filters.errors().isEmpty()) {
            return plain(400, "clientId is a client's id; from and to are dates (YYYY-MM-DD), to not before from\n");
        }
        StringBuilder csv = new StringBuilder(Csv.row("at", "actor", "organisation", "roles", "action", "purpose",
                "client_id", "contact_id"));
        try {
            for (AuditClient.Entry entry : entries(filters)) {
                csv.append(Csv.row(String.valueOf(entry.at()), entry.actor(), entry.organisation(), entry.roles(),
                        entry.action(), entry.purpose(), String.valueOf(entry.clientId()),
                        entry.contactId() == null ? "" : entry.contactId().toString()));
            }
        } catch (WebApplicationException | ProcessingException e) {
            LOG.warnf("client registry: %s", e.getMessage());
            return plain(503, "the client registry did not answer; try again\n");
        }
        return Response.ok(csv.toString(), new MediaType("text", "csv", "UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"audit-log.csv\"")
                .header("Cache-Control", "no-store").build();
    }

    private List<AuditClient.Entry> entries(Filters filters) {
        return audit.entries(filters.clientId(), filters.actor(), filters.from(), filters.to());
    }

    private static Row row(AuditClient.Entry entry) {
        String client = entry.clientId() == null ? "" : entry.clientId().toString();
        return new Row(entry.at() == null ? "" : WHEN.format(entry.at()), entry.actor(), entry.organisation(),
                entry.roles(), entry.action(), entry.purpose(), client,
                client.isEmpty() ? null : "/audit?clientId=" + client,
                entry.contactId() == null ? null : entry.contactId().toString());
    }

    private static Response plain(int status, String text) {
        return Response.status(status).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).entity(text)
                .header("Cache-Control", "no-store").build();
    }
}
