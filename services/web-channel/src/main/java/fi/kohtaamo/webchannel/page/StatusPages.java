package fi.kohtaamo.webchannel.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kohtaamo.webchannel.client.AttachmentClient;
import fi.kohtaamo.webchannel.client.ContactClient;
import fi.kohtaamo.webchannel.i18n.Language;
import fi.kohtaamo.webchannel.i18n.CitizenMessages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.BeanParam;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static fi.kohtaamo.webchannel.page.PageSupport.DAY;
import static fi.kohtaamo.webchannel.page.PageSupport.WHEN;
import static fi.kohtaamo.webchannel.page.PageSupport.redirect;
import static fi.kohtaamo.webchannel.page.PageSupport.texts;

/**
 * The client's status page: with the tracking code and secret they follow their contact (its
 * state, the replies and requests from customer service, the resolution and its justification),
 * and answer a request for more information or write again. No JavaScript needed; the secret
 * travels only in POST bodies and the page is never cached.
 */
@Path("/status")
@Produces(MediaType.TEXT_HTML)
public class StatusPages {

    private static final Logger LOG = Logger.getLogger(StatusPages.class);

    private final ContactClient contacts;
    private final PageFrame frame;
    private final ObjectMapper mapper;
    private final SecurityIdentity identity;
    private final AttachmentClient attachments;
    private final FileUploads uploads;

    public StatusPages(@RestClient ContactClient contacts, PageFrame frame, ObjectMapper mapper, SecurityIdentity identity,
                       @RestClient AttachmentClient attachments, FileUploads uploads) {
        this.identity = identity;
        this.attachments = attachments;
        this.uploads = uploads;
        this.contacts = contacts;
        this.frame = frame;
        this.mapper = mapper;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance status(PageContext page, StatusForm form, ContactView contact,
                                              Map<String, String> errors, List<MineView> mine, String writeAction,
                                              boolean recoverySent, Files files);
    }

    /** What the client posts: the code and secret, and a message when they write. */
    public static class StatusForm {
        @RestForm
        public String trackingCode;

        @RestForm
        public String accessSecret;

        @RestForm
        public String text;

        /** The address to send lost codes to (the recovery form). */
        @RestForm
        public String email;
    }

    /** The form that attaches files to a contact followed with code and secret, or signed in. */
    public static class StatusFilesForm extends StatusForm {
        @RestForm(FileUploads.FIELD)
        public List<FileUpload> files;
    }

    /**
     * The contact's files on the page: the list, where the upload form posts, and whether a
     * download is a POST carrying the code and secret (never in a URL) or a plain link (signed in).
     */
    public record Files(List<FileUploads.FileView> list, String uploadAction, boolean postDownload) {
        static final Files NONE = new Files(List.of(), null, false);
    }

    /** A line of the history as the page shows it. */
    public record EntryView(String when, String kind, String from, String text) {
    }

    /** One of a signed-in citizen's contacts in their list. */
    public record MineView(String id, String trackingCode, String status, String received) {
    }

    /**
     * The contact as the page shows it; {@code removedOn} is the day its texts were removed at the
     * end of the retention period (or by erasure), when the page says so instead of showing them.
     */
    public record ContactView(String trackingCode, String status, boolean waitingForYou, boolean canWrite,
                              String resolutionCode, String resolutionJustification, String surveyUrl, String removedOn,
                              List<EntryView> history) {
        static ContactView of(ContactClient.Tracked tracked) {
            boolean removed = tracked.personalDataRemovedAt() != null;
            return new ContactView(tracked.trackingCode(), tracked.status(), tracked.waitingForYou(),
                    !"CLOSED".equals(tracked.status()), tracked.resolutionCode(),
                    removed ? null : tracked.resolutionJustification(), tracked.surveyUrl(),
                    removed ? DAY.format(tracked.personalDataRemovedAt()) : null,
                    tracked.history() == null ? List.of() : tracked.history().stream()
                            .map(entry -> new EntryView(WHEN.format(entry.at()), entry.kind(), entry.from(), entry.text()))
                            .toList());
        }
    }

    @GET
    public Response form(@QueryParam("lang") String lang, @CookieParam(Language.COOKIE) String remembered,
                         @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        return page(Templates.status(frame.context(language, uri), new StatusForm(), null, Map.of(), mine(),
                "/status/message", false, Files.NONE), language, lang, 200);
    }

    /** A signed-in citizen's own contact, without code or secret. */
    @GET
    @Path("/{id}")
    public Response own(@PathParam("id") String id, @QueryParam("lang") String lang,
                        @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                        @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        return ownPage(id, null, Map.of(), language, lang, uri);
    }

    @POST
    @Path("/{id}/message")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response writeOwn(@PathParam("id") String id, @BeanParam StatusForm form,
                             @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                             @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        if (form.text == null || form.text.isBlank() || form.text.length() > 10000) {
            return ownPage(id, null, Map.of("text", "error_message_required"), language, null, uri);
        }
        try {
            ContactClient.Tracked tracked = contacts.writeOwn(UUID.fromString(id), new ContactClient.Text(form.text.strip()));
            return ownPage(id, tracked, Map.of(), language, null, uri);
        } catch (IllegalArgumentException e) {
            return notFound(language, uri);
        } catch (WebApplicationException e) {
            return ownPage(id, null, errorsOf(e, "text"), language, null, uri);
        }
    }

    private Response ownPage(String id, ContactClient.Tracked written, Map<String, String> errors, String language,
                             String explicitLanguage, UriInfo uri) {
        if (!frame.context(language, uri).signedIn()) {
            return redirect("/login?redirect=" + uri.getRequestUri().getRawPath());
        }
        if (!identity.hasRole("citizen")) {
            return notFound(language, uri); // staff follow contacts in their workspace, not here
        }
        try {
            ContactClient.Tracked tracked = written != null ? written : contacts.own(UUID.fromString(id));
            int status = errors.isEmpty() ? 200 : errors.containsKey("text") && errors.get("text").startsWith("error_message") ? 400
                    : errors.containsKey(FileUploads.FIELD) ? fileStatus(errors.get(FileUploads.FIELD)) : 409;
            return page(Templates.status(frame.context(language, uri), new StatusForm(), ContactView.of(tracked),
                    texts(CitizenMessages.class, errors, language), List.of(), "/status/" + id + "/message", false,
                    ownFiles(tracked)), language, explicitLanguage, status);
        } catch (IllegalArgumentException e) {
            return notFound(language, uri);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404 || e.getResponse().getStatus() == 403) {
                return notFound(language, uri);
            }
            throw e;
        }
    }

    private Response notFound(String language, UriInfo uri) {
        return page(Templates.status(frame.context(language, uri), new StatusForm(), null,
                texts(CitizenMessages.class, Map.of("form", "error_not_found"), language), mine(), "/status/message", false,
                Files.NONE), language, null, 404);
    }

    /** The signed-in citizen's contacts; none for anyone else, or when routing does not answer. */
    private List<MineView> mine() {
        if (!identity.hasRole("citizen")) {
            return List.of();
        }
        try {
            return contacts.mine().stream().map(tracked -> new MineView(tracked.id().toString(), tracked.trackingCode(),
                    tracked.status(), WHEN.format(tracked.receivedAt()))).toList();
        } catch (WebApplicationException | ProcessingException e) {
            LOG.warnf("own contacts unavailable: %s", e.getMessage());
            return List.of();
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response show(@BeanParam StatusForm form, @CookieParam(Language.COOKIE) String remembered,
                         @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        Map<String, String> errors = checkCode(form);
        if (!errors.isEmpty()) {
            return render(form, null, errors, language, uri, 400);
        }
        try {
            ContactClient.Tracked tracked = contacts.lookup(new ContactClient.Tracking(form.trackingCode.strip(),
                    form.accessSecret.strip()));
            return render(form, ContactView.of(tracked), Map.of(), language, uri, 200);
        } catch (WebApplicationException e) {
            return render(form, null, errorsOf(e, "trackingCode"), language, uri, statusOf(e));
        } catch (ProcessingException e) {
            LOG.warnf("contact routing unavailable: %s", e.getMessage());
            return render(form, null, Map.of("form", "error_unavailable"), language, uri, 503);
        }
    }

    @POST
    @Path("/message")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response write(@BeanParam StatusForm form, @CookieParam(Language.COOKIE) String remembered,
                          @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        Map<String, String> errors = checkCode(form);
        if (!errors.isEmpty()) {
            return render(form, null, errors, language, uri, 400);
        }
        try {
            if (form.text == null || form.text.isBlank() || form.text.length() > 10000) {
                ContactClient.Tracked tracked = contacts.lookup(new ContactClient.Tracking(form.trackingCode.strip(),
                        form.accessSecret.strip()));
                return render(form, ContactView.of(tracked), Map.of("text", "error_message_required"), language, uri, 400);
            }
            ContactClient.Tracked tracked = contacts.write(new ContactClient.Message(form.trackingCode.strip(),
                    form.accessSecret.strip(), form.text.strip()));
            form.text = null;
            return render(form, ContactView.of(tracked), Map.of(), language, uri, 200);
        } catch (WebApplicationException e) {
            ContactView contact = null;
            if (e.getResponse().getStatus() == 409) {
                contact = ContactView.of(contacts.lookup(new ContactClient.Tracking(form.trackingCode.strip(),
                        form.accessSecret.strip())));
            }
            return render(form, contact, errorsOf(e, "text"), language, uri, statusOf(e));
        } catch (ProcessingException e) {
            LOG.warnf("contact routing unavailable: %s", e.getMessage());
            return render(form, null, Map.of("form", "error_unavailable"), language, uri, 503);
        }
    }

    /** A page refused a file (the field says why): 400 as any form error. */
    private static final int FILE_REFUSED = 400;

    /** A download that cannot be had is the 404 of a missing file; a refused upload a form error. */
    private static int fileStatus(String key) {
        return "error_file_not_available".equals(key) ? 404 : FILE_REFUSED;
    }

    /** The client attaches files to a contact followed with code and secret; the page shows it again with them. */
    @POST
    @Path("/files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response attach(@BeanParam StatusFilesForm form, @CookieParam(Language.COOKIE) String remembered,
                           @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        Map<String, String> errors = checkCode(form);
        if (!errors.isEmpty()) {
            return render(form, null, errors, language, uri, 400);
        }
        ContactClient.Tracking tracking = new ContactClient.Tracking(form.trackingCode.strip(), form.accessSecret.strip());
        try {
            ContactClient.Tracked tracked = contacts.lookup(tracking);
            Optional<String> refused = sendFiles(form.files, files -> uploads.send(files,
                    fields -> fields.attribute("trackingCode", tracking.trackingCode(), null)
                            .attribute("accessSecret", tracking.accessSecret(), null),
                    attachments::attachByClient));
            form.text = null;
            return render(form, ContactView.of(tracked), refused.map(key -> Map.of(FileUploads.FIELD, key)).orElse(Map.of()),
                    language, uri, refused.isPresent() ? FILE_REFUSED : 200);
        } catch (WebApplicationException e) {
            return render(form, null, errorsOf(e, "trackingCode"), language, uri, statusOf(e));
        } catch (ProcessingException e) {
            LOG.warnf("contact routing unavailable: %s", e.getMessage());
            return render(form, null, Map.of("form", "error_unavailable"), language, uri, 503);
        }
    }

    /** The client downloads one of the files they added, with code and secret in the POST body. */
    @POST
    @Path("/files/{fileId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("fileId") String fileId, @BeanParam StatusForm form,
                             @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                             @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        Map<String, String> errors = checkCode(form);
        if (!errors.isEmpty()) {
            return render(form, null, errors, language, uri, 400);
        }
        ContactClient.Tracking tracking = new ContactClient.Tracking(form.trackingCode.strip(), form.accessSecret.strip());
        try {
            return FileUploads.relay(attachments.downloadByClient(UUID.fromString(fileId), tracking));
        } catch (IllegalArgumentException | WebApplicationException e) {
            try {
                return render(form, ContactView.of(contacts.lookup(tracking)), Map.of(FileUploads.FIELD, "error_file_not_available"),
                        language, uri, 404);
            } catch (WebApplicationException lookup) {
                return render(form, null, errorsOf(lookup, "trackingCode"), language, uri, statusOf(lookup));
            }
        } catch (ProcessingException e) {
            LOG.warnf("contact routing unavailable: %s", e.getMessage());
            return render(form, null, Map.of("form", "error_unavailable"), language, uri, 503);
        }
    }

    /** A signed-in citizen attaches files to their own contact. */
    @POST
    @Path("/{id}/files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response attachOwn(@PathParam("id") String id, @BeanParam StatusFilesForm form,
                              @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                              @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        UUID contactId;
        try {
            contactId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return notFound(language, uri);
        }
        if (!identity.hasRole("citizen")) {
            return ownPage(id, null, Map.of(), language, null, uri);
        }
        Optional<String> refused = sendFiles(form.files, files -> uploads.send(files, fields -> fields,
                upload -> attachments.attach(contactId, upload)));
        return ownPage(id, null, refused.map(key -> Map.of(FileUploads.FIELD, key)).orElse(Map.of()), language, null, uri);
    }

    /** A signed-in citizen downloads a file of their own contact. */
    @GET
    @Path("/{id}/files/{fileId}")
    @Produces(MediaType.WILDCARD)
    public Response downloadOwn(@PathParam("id") String id, @PathParam("fileId") String fileId,
                                @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                                @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        if (!frame.context(language, uri).signedIn() || !identity.hasRole("citizen")) {
            return ownPage(id, null, Map.of(), language, null, uri);
        }
        try {
            return FileUploads.relay(attachments.download(UUID.fromString(id), UUID.fromString(fileId)));
        } catch (IllegalArgumentException e) {
            return notFound(language, uri);
        } catch (WebApplicationException e) {
            return ownPage(id, null, Map.of(FileUploads.FIELD, "error_file_not_available"), language, null, uri);
        }
    }

    /** No file chosen, too many or too large: said before anything is sent; otherwise routing's answer. */
    private Optional<String> sendFiles(List<FileUpload> posted, java.util.function.Function<List<FileUpload>, Optional<String>> send) {
        List<FileUpload> chosen = FileUploads.chosen(posted);
        if (chosen.isEmpty()) {
            return Optional.of("error_files_none");
        }
        Optional<String> refused = uploads.precheck(chosen);
        return refused.isPresent() ? refused : send.apply(chosen);
    }

    private Files trackedFiles(StatusForm form) {
        try {
            return new Files(attachments.filesByClient(new ContactClient.Tracking(form.trackingCode.strip(), form.accessSecret.strip()))
                    .stream().map(file -> FileUploads.view(file, "/status/files/")).toList(), "/status/files", true);
        } catch (WebApplicationException | ProcessingException e) {
            LOG.warnf("files unavailable: %s", e.getClass().getSimpleName());
            return new Files(List.of(), "/status/files", true);
        }
    }

    private Files ownFiles(ContactClient.Tracked tracked) {
        String base = "/status/" + tracked.id();
        try {
            return new Files(attachments.files(tracked.id()).stream().map(file -> FileUploads.view(file, base + "/files/")).toList(),
                    base + "/files", false);
        } catch (WebApplicationException | ProcessingException e) {
            LOG.warnf("files unavailable: %s", e.getClass().getSimpleName());
            return new Files(List.of(), base + "/files", false);
        }
    }

    private static Map<String, String> checkCode(StatusForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.trackingCode == null || !form.trackingCode.strip().matches("(?i)KH-?[0-9A-Z]{4}-?[0-9A-Z]{4}")) {
            errors.put("trackingCode", "error_tracking_code");
        }
        if (form.accessSecret == null || form.accessSecret.isBlank()) {
            errors.put("accessSecret", "error_not_found");
        }
        return errors;
    }

    /** Contact routing's answer in this page's terms. */
    private Map<String, String> errorsOf(WebApplicationException e, String conflictField) {
        int status = e.getResponse().getStatus();
        if (status == 404) {
            return Map.of("trackingCode", "error_not_found");
        }
        if (status == 400) {
            return Map.of("trackingCode", "error_tracking_code");
        }
        if (status == 409) {
            String type = "";
            try {
                JsonNode problem = mapper.readTree(e.getResponse().readEntity(String.class));
                type = problem.path("type").asText();
            } catch (Exception unreadable) {
                LOG.debugf("unreadable problem: %s", unreadable.getMessage());
            }
            return Map.of(conflictField, type.endsWith("reopen-period-over") ? "error_reopen_over" : "error_closed");
        }
        LOG.warnf("contact routing answered %d", status);
        return Map.of("form", "error_unavailable");
    }

    private static int statusOf(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return status == 404 || status == 400 || status == 409 ? status : 503;
    }

    private Response render(StatusForm form, ContactView contact, Map<String, String> errors, String language,
                            UriInfo uri, int status) {
        StatusForm shown = form;
        if (contact == null) {
            shown = new StatusForm();
            shown.trackingCode = form.trackingCode;
        }
        return page(Templates.status(frame.context(language, uri), shown, contact, texts(CitizenMessages.class, errors, language),
                contact == null ? mine() : List.of(), "/status/message", false,
                contact == null ? Files.NONE : trackedFiles(form)), language, null, status);
    }

    /**
     * A lost tracking code or secret: routing e-mails new secrets of the address's open matters to
     * it. The page says the same whether the address has matters or not; the address goes in the
     * POST body only (never a URL) and is neither logged nor shown back.
     */
    @POST
    @Path("/recover")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recover(@BeanParam StatusForm form, @CookieParam(Language.COOKIE) String remembered,
                            @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        String email = form.email == null ? "" : form.email.strip();
        if (email.isEmpty() || email.length() > 254 || !email.matches("[^\\s@\\p{Cntrl}]+@[^\\s@\\p{Cntrl}]+\\.[^\\s@\\p{Cntrl}]+")) {
            return recovered(Map.of("email", "error_recover_email"), language, uri, 400);
        }
        try {
            contacts.recover(new ContactClient.Recovery(email));
            return recovered(Map.of(), language, uri, 200);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            return status == 429 ? recovered(Map.of("email", "error_recover_limit"), language, uri, 429)
                    : status == 400 ? recovered(Map.of("email", "error_recover_email"), language, uri, 400)
                    : recovered(Map.of("form", "error_unavailable"), language, uri, 503);
        } catch (ProcessingException e) {
            LOG.warnf("contact routing unavailable: %s", e.getClass().getSimpleName());
            return recovered(Map.of("form", "error_unavailable"), language, uri, 503);
        }
    }

    private Response recovered(Map<String, String> errors, String language, UriInfo uri, int status) {
        return page(Templates.status(frame.context(language, uri), new StatusForm(), null,
                texts(CitizenMessages.class, errors, language), mine(), "/status/message", errors.isEmpty(), Files.NONE),
                language, null, status);
    }

    /** Never cached: the page shows a contact followed with its secret. */
    private static Response page(TemplateInstance template, String language, String explicitLanguage, int status) {
        return PageFrame.respond(template, language, explicitLanguage, status).header("Cache-Control", "no-store").build();
    }
}
