package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.FeedbackClient;
import fi.kohtaamo.webchannel.i18n.Language;
import fi.kohtaamo.webchannel.i18n.HandlingMessages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fi.kohtaamo.webchannel.page.PageSupport.WHEN;
import static fi.kohtaamo.webchannel.page.PageSupport.localized;
import static fi.kohtaamo.webchannel.page.PageSupport.notFound;
import static fi.kohtaamo.webchannel.page.PageSupport.redirect;
import static fi.kohtaamo.webchannel.page.PageSupport.staffPage;
import static fi.kohtaamo.webchannel.page.PageSupport.texts;
import static fi.kohtaamo.webchannel.page.PageSupport.uuidOrNull;

/**
 * The feedback handler's pages: the organisation's feedback queue with filters, and one feedback
 * with its history, themes and every step (take, give back, answer, close, reopen). The feedback
 * service decides who may do what; who may open the pages: {@link StaffPageGuard}.
 */
@Path("/feedback-queue")
@Produces(MediaType.TEXT_HTML)
public class FeedbackHandlingPages {

    static final List<String> STATUSES = List.of("NEW", "IN_PROGRESS", "ANSWERED", "CLOSED");
    static final List<String> KINDS = List.of("PRAISE", "COMPLAINT", "SUGGESTION", "QUESTION", "OTHER");
    static final int TEXT_MAX = 10_000;
    private static final Logger LOG = Logger.getLogger(FeedbackHandlingPages.class);

    private final FeedbackClient feedback;
    private final fi.kohtaamo.webchannel.client.CatalogueClient catalogue;
    private final PageFrame frame;

    public FeedbackHandlingPages(@RestClient FeedbackClient feedback,
                                 @RestClient fi.kohtaamo.webchannel.client.CatalogueClient catalogue, PageFrame frame) {
        this.feedback = feedback;
        this.catalogue = catalogue;
        this.frame = frame;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(PageContext page, List<RowView> rows, Map<String, String> filter,
                                             List<String> statuses, List<String> kinds);

        static native TemplateInstance item(PageContext page, ItemView item, List<ThemeView> themes, List<EntryView> history,
                                            Map<String, String> form, Map<String, String> errors, String notice);
    }

    public record RowView(String id, String reference, String kind, String received, String replyDue, boolean overdue,
                          String status, String handler, String excerpt) {
    }

    public record ItemView(String id, String reference, String kind, String service, String channel, String language,
                           String text, String senderName, String senderEmail, String status, String handler,
                           String received, String replyDue, boolean overdue, String answered, String reply,
                           boolean canClaim, boolean canRelease, boolean canAnswer, boolean canClose, boolean canReopen) {
    }

    public record ThemeView(String code, String name, boolean chosen, boolean suggested) {
    }

    public record EntryView(String when, String actor, String kind) {
    }

    @GET
    public Response queue(@QueryParam("status") String status, @QueryParam("kind") String kind,
                          @QueryParam("overdue") String overdue, @QueryParam("lang") String lang,
                          @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                          @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        String chosenStatus = status != null && STATUSES.contains(status) ? status : null;
        String chosenKind = kind != null && KINDS.contains(kind) ? kind : null;
        boolean onlyOverdue = "true".equals(overdue);
        Map<String, String> filter = new LinkedHashMap<>();
        filter.put("status", chosenStatus == null ? "" : chosenStatus);
        filter.put("kind", chosenKind == null ? "" : chosenKind);
        filter.put("overdue", onlyOverdue ? "true" : "");
        try {
            List<RowView> rows = feedback.queue(chosenStatus, chosenKind, onlyOverdue ? Boolean.TRUE : null, 200).stream()
                    .map(f -> new RowView(f.id().toString(), f.reference(), f.kind(), WHEN.format(f.receivedAt()),
                            f.replyDue() == null ? "" : WHEN.format(f.replyDue()), f.overdue(), f.status(), f.handler(),
                            excerpt(f.text())))
                    .toList();
            return staffPage(Templates.queue(frame.context(language, uri), rows, filter, STATUSES, KINDS), language, lang, 200);
        } catch (WebApplicationException | ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    @GET
    @Path("/{id}")
    public Response item(@PathParam("id") String id, @QueryParam("notice") String notice, @QueryParam("lang") String lang,
                         @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                         @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        String noticeText = notice != null && notice.matches("claim|release|reopen|reply|close|themes")
                ? PageSupport.text(HandlingMessages.class, "notice_feedback_" + notice, language) : null;
        return itemPage(id, Map.of(), Map.of(), noticeText, language, lang, uri, 200);
    }

    /** A step on the feedback; post/redirect/get, or the page again with the refusal beside its form. */
    @POST
    @Path("/{id}/{action:claim|release|reopen|reply|close|themes}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("id") String id, @PathParam("action") String action, MultivaluedMap<String, String> form,
                        @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                        @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        UUID feedbackId = uuidOrNull(id);
        if (feedbackId == null) {
            return notFound(frame.context(language, uri), language);
        }
        String text = form.getFirst("text") == null ? "" : form.getFirst("text").strip();
        Map<String, String> kept = new LinkedHashMap<>();
        if (!text.isEmpty()) {
            kept.put(action + "-text", text);
        }
        if (action.equals("reply") && (text.isEmpty() || text.length() > TEXT_MAX)) {
            return itemPage(id, Map.of("reply-text", "error_message_required"), kept, null, language, null, uri, 400);
        }
        if (action.equals("close") && text.length() > TEXT_MAX) {
            return itemPage(id, Map.of("close-text", "error_message_required"), kept, null, language, null, uri, 400);
        }
        try {
            switch (action) {
                case "reply" -> feedback.act(feedbackId, "reply", Map.of("text", text));
                case "close" -> feedback.act(feedbackId, "close", text.isEmpty() ? Map.of() : Map.of("note", text));
                case "themes" -> feedback.setThemes(feedbackId, new FeedbackClient.Themes(
                        form.getOrDefault("theme", List.of()).stream().filter(t -> !t.isBlank()).distinct().toList()));
                default -> feedback.act(feedbackId, action, Map.of());
            }
            return redirect("/feedback-queue/" + id + "?notice=" + action);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 409 || status == 400 || status == 403) {
                String field = action.equals("reply") || action.equals("close") ? action + "-text"
                        : action.equals("themes") ? "themes" : "form";
                return itemPage(id, Map.of(field, status == 400 ? "error_generic" : "error_feedback_not_allowed"), kept, null,
                        language, null, uri, status);
            }
            return status == 404 ? notFound(frame.context(language, uri), language) : unavailable(e, language, uri);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    private Response itemPage(String id, Map<String, String> errors, Map<String, String> form, String notice, String language,
                              String explicit, UriInfo uri, int status) {
        UUID feedbackId = uuidOrNull(id);
        if (feedbackId == null) {
            return notFound(frame.context(language, uri), language);
        }
        try {
            FeedbackClient.HandledDetail detail = feedback.feedback(feedbackId);
            FeedbackClient.Handled f = detail.feedback();
            String service = null;
            if (f.serviceId() != null) {
                service = FeedbackPages.serviceOptions(catalogue, language, null).stream()
                        .filter(o -> o.id().equals(f.serviceId().toString())).map(FeedbackPages.ServiceOption::name)
                        .findFirst().orElse(f.serviceId().toString());
            }
            boolean open = f.status().equals("NEW") || f.status().equals("IN_PROGRESS");
            ItemView item = new ItemView(f.id().toString(), f.reference(), f.kind(), service, f.channel(), f.language(),
                    f.text(), f.senderName(), f.senderEmail(), f.status(), f.handler(), WHEN.format(f.receivedAt()),
                    f.replyDue() == null ? "" : WHEN.format(f.replyDue()), f.overdue(),
                    f.answeredAt() == null ? null : WHEN.format(f.answeredAt()), f.reply(),
                    f.status().equals("NEW"), f.status().equals("IN_PROGRESS"), open,
                    !f.status().equals("CLOSED"), f.status().equals("ANSWERED") || f.status().equals("CLOSED"));
            List<String> chosen = f.themes() == null ? List.of() : f.themes();
            List<String> suggested = f.suggestedThemes() == null ? List.of() : f.suggestedThemes();
            List<ThemeView> themes = feedback.themes().stream()
                    .map(t -> new ThemeView(t.code(), localized(t.name(), language, t.code()), chosen.contains(t.code()),
                            suggested.contains(t.code())))
                    .toList();
            List<EntryView> history = detail.history() == null ? List.of() : detail.history().stream()
                    .map(e -> new EntryView(WHEN.format(e.at()), e.actor(), e.kind())).toList();
            return staffPage(Templates.item(frame.context(language, uri), item, themes, history, form,
                    texts(HandlingMessages.class, errors, language), notice), language, explicit, status);
        } catch (WebApplicationException e) {
            int code = e.getResponse().getStatus();
            return code == 404 || code == 403 ? notFound(frame.context(language, uri), language)
                    : unavailable(e, language, uri);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }


    private static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 120 ? flat : flat.substring(0, 119) + "…";
    }

    private Response unavailable(RuntimeException e, String language, UriInfo uri) {
        LOG.warnf("feedback: %s", e.getMessage());
        return PageSupport.unavailable(frame.context(language, uri), language);
    }
}
