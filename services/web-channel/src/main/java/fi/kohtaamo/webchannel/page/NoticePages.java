package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.WorkClient;
import fi.kohtaamo.webchannel.i18n.Language;
import fi.kohtaamo.webchannel.i18n.WorkMessages;
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

import static fi.kohtaamo.webchannel.page.PageSupport.WHEN;
import static fi.kohtaamo.webchannel.page.PageSupport.formValues;
import static fi.kohtaamo.webchannel.page.PageSupport.redirect;
import static fi.kohtaamo.webchannel.page.PageSupport.staffPage;
import static fi.kohtaamo.webchannel.page.PageSupport.texts;

/**
 * A staff member's notices in the workspace (contacts handed to them, service levels at risk or
 * breached, new contacts in their expert queues), marked read one by one, and their choice of
 * which kinds reach them by e-mail and here. Contact routing keeps both and answers only for the
 * signed-in person; these pages only show and post. Plain forms: no script needed.
 */
@Path("/work/notices")
@Produces(MediaType.TEXT_HTML)
public class NoticePages {

    private static final Logger LOG = Logger.getLogger(NoticePages.class);

    private final WorkClient work;
    private final PageFrame frame;

    public NoticePages(@RestClient WorkClient work, PageFrame frame) {
        this.work = work;
        this.frame = frame;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notices(PageContext page, long unread, List<NoticeView> notices, String notice);

        static native TemplateInstance settings(PageContext page, WorkClient.NoticeSettings settings,
                                                Map<String, String> errors, String notice);
    }

    public record NoticeView(long id, String kind, String contactId, String trackingCode, String when, boolean unread) {
        static NoticeView of(WorkClient.Notice notice) {
            return new NoticeView(notice.id(), notice.kind(), String.valueOf(notice.contactId()), notice.trackingCode(),
                    WHEN.format(notice.createdAt()), notice.readAt() == null);
        }
    }

    @GET
    public Response list(@QueryParam("lang") String lang, @QueryParam("notice") String notice,
                         @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                         @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        try {
            WorkClient.NoticeInbox inbox = work.notices();
            return staffPage(Templates.notices(frame.context(language, uri), inbox.unread(),
                    inbox.notices().stream().map(NoticeView::of).toList(),
                    PageSupport.text(WorkMessages.class, notice == null ? null : "notices_" + notice, language)), language, lang, 200);
        } catch (WebApplicationException | ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    @POST
    @Path("/{id}/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response read(@PathParam("id") String id, @CookieParam(Language.COOKIE) String remembered,
                         @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        long noticeId;
        try {
            noticeId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return PageSupport.notFound(frame.context(language, uri), language);
        }
        try {
            work.markNoticeRead(noticeId);
            return redirect("/work/notices");
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return PageSupport.notFound(frame.context(language, uri), language);
            }
            return unavailable(e, language, uri);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    @GET
    @Path("/settings")
    public Response settings(@QueryParam("lang") String lang, @QueryParam("notice") String notice,
                             @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                             @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        try {
            return staffPage(Templates.settings(frame.context(language, uri), work.noticeSettings(), Map.of(),
                    PageSupport.text(WorkMessages.class, notice == null ? null : "notices_" + notice, language)), language, lang, 200);
        } catch (WebApplicationException | ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    /**
     * The whole form replaces the settings: a check box left unticked is a kind turned off (a
     * browser sends nothing for it). A field routing refuses is shown next to it.
     */
    @POST
    @Path("/settings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(MultivaluedMap<String, String> form, @CookieParam(Language.COOKIE) String remembered,
                           @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        Map<String, String> kept = formValues(form);
        WorkClient.NoticeSettings chosen = new WorkClient.NoticeSettings(PageSupport.blankToNull(kept.get("email")),
                kept.getOrDefault("language", "fi"), KINDS.stream().map(kind -> new WorkClient.NoticeKind(kind,
                        form.containsKey(kind + ".email"), form.containsKey(kind + ".workspace"))).toList());
        try {
            work.chooseNotices(chosen);
            return redirect("/work/notices/settings?notice=saved");
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() != 400) {
                return unavailable(e, language, uri);
            }
            Map<String, String> errors = new LinkedHashMap<>();
            PageSupport.problem(e).path("violations").forEach(violation -> {
                String field = violation.path("field").asText();
                errors.put(field.startsWith("email") ? "email" : field.startsWith("language") ? "notice-language" : "form",
                        field.startsWith("email") ? "error_notice_email" : "error_generic");
            });
            if (errors.isEmpty()) {
                errors.put("form", "error_generic");
            }
            return staffPage(Templates.settings(frame.context(language, uri), chosen, texts(WorkMessages.class, errors, language),
                    null), language, null, 400);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    /** The kinds routing raises, in the order the settings page lists them. */
    static final List<String> KINDS = List.of("TRANSFERRED_TO_EXPERT", "SLA_AT_RISK", "SLA_BREACHED", "NEW_IN_EXPERT_QUEUE", "AUTOMATION");

    private Response unavailable(RuntimeException e, String language, UriInfo uri) {
        LOG.warnf("contact routing: %s", e.getMessage());
        return PageSupport.unavailable(frame.context(language, uri), language);
    }
}
