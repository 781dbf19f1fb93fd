package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.CatalogueClient;
import fi.kohtaamo.webchannel.client.ClientRecordClient;
import fi.kohtaamo.webchannel.client.AttachmentClient;
import fi.kohtaamo.webchannel.client.ContactClient;
import fi.kohtaamo.webchannel.client.WorkClient;
import fi.kohtaamo.webchannel.i18n.Language;
import fi.kohtaamo.webchannel.i18n.WorkMessages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
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
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static fi.kohtaamo.webchannel.page.PageSupport.WHEN;
import static fi.kohtaamo.webchannel.page.PageSupport.formValues;
import static fi.kohtaamo.webchannel.page.PageSupport.notFound;
import static fi.kohtaamo.webchannel.page.PageSupport.redirect;
import static fi.kohtaamo.webchannel.page.PageSupport.staffPage;
import static fi.kohtaamo.webchannel.page.PageSupport.texts;

/**
 * The agent's and expert's workspace: their queues and presence, "next contact", a contact with
 * its history and every action on it (reply, internal note, ask for more information, transfer,
 * resolve), and logging a phone contact. Everything goes to contact routing with the user's token;
 * routing decides what the user may do. Who may open the pages at all: {@link StaffPageGuard}.
 */
@Path("/work")
@Produces(MediaType.TEXT_HTML)
public class WorkPages {

    static final List<String> RESOLUTIONS = List.of("ANSWERED", "SOLVED", "DECISION_MADE", "REFERRED_ELSEWHERE",
            "NO_ACTION_NEEDED", "DUPLICATE", "WITHDRAWN_BY_CLIENT");
    static final List<String> PRESENCES = List.of("AVAILABLE", "AWAY", "OFFLINE");
    /** The actions that are a text: a reply to the client, an internal note, a request for more information. */
    static final List<String> TEXT_ACTIONS = List.of("reply", "note", "information-request");
    private static final Logger LOG = Logger.getLogger(WorkPages.class);

    private final WorkClient work;
    private final CatalogueClient catalogue;
    private final ClientRecordClient clients;
    private final PageFrame frame;
    private final AttachmentClient attachments;
    private final FileUploads uploads;
    private final ReplyAids replyAids;
    private final ContactMacros macros;

    /** The text actions whose form also takes files. */
    static final Set<String> FILE_ACTIONS = Set.of("reply", "note");

    public WorkPages(@RestClient WorkClient work, @RestClient CatalogueClient catalogue,
                     @RestClient ClientRecordClient clients, PageFrame frame, @RestClient AttachmentClient attachments,
                     FileUploads uploads, ReplyAids replyAids, ContactMacros macros) {
        this.macros = macros;
        this.replyAids = replyAids;
        this.attachments = attachments;
        this.uploads = uploads;
        this.work = work;
        this.catalogue = catalogue;
        this.clients = clients;
        this.frame = frame;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance work(PageContext page, WorkClient.Agent agent, List<QueueView> queues,
                                            List<String> presences, String notice, Long unreadNotices,
                                            List<OfferView> offers);

        static native TemplateInstance queue(PageContext page, QueueView queue, List<RowView> contacts);

        static native TemplateInstance contact(PageContext page, ContactView contact, List<QueueView> queues,
                                               List<String> resolutions, List<String> textActions,
                                               Map<String, String> errors, Map<String, String> form,
                                               List<SuggestionView> suggestions, ClientRecordClient.Record client,
                                               String revealedIdentityCode, List<WorkClient.Expert> experts,
                                               List<String> fileActions, List<FileUploads.FileView> files,
                                               ReplyAids.View replyAids, List<ContactMacros.Option> macros);

        static native TemplateInstance phone(PageContext page, List<FeedbackPages.ServiceOption> services, Map<String, String> form,
                                             Map<String, String> errors, ContactClient.Created created);
    }

    public record QueueView(String id, String code, String name, long waiting, long atRisk, long breached) {
        static QueueView of(WorkClient.Queue queue, String language) {
            String name = queue.name() == null ? queue.code() : switch (language) {
                case "sv" -> queue.name().sv();
                case "en" -> queue.name().en();
                default -> queue.name().fi();
            };
            // a name missing in this language: the Finnish one before the code
            if (name == null && queue.name() != null) {
                name = queue.name().fi();
            }
            return new QueueView(queue.id().toString(), queue.code(), name == null ? queue.code() : name, queue.waiting(),
                    queue.waitingAtRisk(), queue.waitingBreached());
        }
    }

    public record RowView(String id, String trackingCode, String received, int priority, String slaState, String status,
                          String channel, String excerpt, boolean takeable) {
    }

    /**
     * A history line; {@code actor} is the staff member's name, null for the client and the system
     * ({@code actorKind}); {@code origin} names the automation rule or macro (and its version) that made it.
     */
    public record EntryView(String when, String kind, String actor, boolean visibleToClient, String text, String actorKind,
                            String origin) {
    }

    /** A transfer from the history: from which queue to which (names), to which expert, when, by whom, the handover note. */
    public record TransferView(String when, String by, String fromQueue, String toQueue, String toExpert, String note) {
    }

    /**
     * A contact as staff read it: names, not codes ({@code queue}, {@code service}, {@code assignedTo}
     * is the handler's name, {@code attributes} maps each extra question's label to its answer's
     * text); while it waits for the client, since when ({@code waitingSince}) and the business time
     * the paused clock keeps ({@code resolutionHoursLeft}, {@code resolutionMinutesLeft}); the
     * channels the client's segments prefer and whether the contact came through one of them
     * ({@code viaPreferredChannel}, null when they prefer none), so the agent can steer the client.
     */
    public record ContactView(String id, String trackingCode, String queue, String channel, String language,
                              String status, int priority, String slaState, String firstResponseDue, String resolutionDue,
                              String description, Map<String, String> attributes, String name, String email, String phone,
                              String assignedTo, String received, String resolutionCode, String resolutionJustification,
                              boolean open, boolean hasClient, List<EntryView> history, String service, String waitingSince,
                              Long resolutionHoursLeft, Long resolutionMinutesLeft, List<TransferView> transfers,
                              CallAttemptPages.View callBack, List<String> preferredChannels, Boolean viaPreferredChannel,
                              Integer version, List<String> tags) {
        static ContactView of(WorkClient.StaffContact c, ContactNames names) {
            WorkClient.Details details = c.contact() == null ? new WorkClient.Details(null, null, null) : c.contact();
            WorkClient.ServiceLevel level = c.serviceLevel();
            List<WorkClient.Entry> entries = c.history() == null ? List.of() : c.history();
            Long left = level == null || level.pausedSince() == null ? null : level.resolutionMinutesLeft();
            return new ContactView(c.id().toString(), c.trackingCode(), c.queue() == null ? "" : names.queue(c.queue().code()),
                    c.channel(), c.language(), c.status(), c.priority(), level == null ? null : level.state(),
                    level == null || level.firstResponseDue() == null ? null : WHEN.format(level.firstResponseDue()),
                    level == null || level.resolutionDue() == null ? null : WHEN.format(level.resolutionDue()),
                    c.description(), names.answers(c.attributes() == null ? Map.of() : c.attributes()), details.name(),
                    details.email(), details.phone(), c.assignedToName() != null ? c.assignedToName() : c.assignedTo(),
                    WHEN.format(c.receivedAt()), c.resolutionCode(),
                    c.resolutionJustification(), !"RESOLVED".equals(c.status()) && !"CLOSED".equals(c.status()),
                    c.clientId() != null, entries.stream().map(e -> new EntryView(WHEN.format(e.at()),
                            e.kind(), e.actor(), e.visibleToClient(), e.text(), e.actorKind(),
                            ContactMacros.origin(e.details()))).toList(),
                    names.service(), level == null || level.pausedSince() == null ? null : WHEN.format(level.pausedSince()),
                    left == null ? null : left / 60, left == null ? null : left % 60,
                    entries.stream().filter(e -> "TRANSFERRED".equals(e.kind())).map(e -> transfer(e, names)).toList(),
                    CallAttemptPages.view(c.callBack()),
                    c.preferredChannels() == null ? List.of() : c.preferredChannels(), c.viaPreferredChannel(),
                    c.version(), c.tags() == null ? List.of() : c.tags());
        }

        private static TransferView transfer(WorkClient.Entry entry, ContactNames names) {
            Map<String, Object> details = entry.details() == null ? Map.of() : entry.details();
            String from = (String) details.get("fromQueue");
            String to = (String) details.get("toQueue");
            return new TransferView(WHEN.format(entry.at()), entry.actor(), names.queue(from),
                    to == null || to.equals(from) ? null : names.queue(to), (String) details.get("toExpert"), entry.text());
        }
    }

    /** A contact offered in push mode and the whole seconds left to accept it (the page counts from these). */
    public record OfferView(String id, String trackingCode, String queue, int priority, String excerpt, long secondsLeft) {
    }

    /** An article suggested for the contact; {@code insertable}: public, so its text or link may go into a reply. */
    public record SuggestionView(String id, String language, String title, boolean insertable) {
    }

    @GET
    public Response home(@QueryParam("lang") String lang, @QueryParam("notice") String notice,
                         @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                         @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        try {
            // Routing is asked the four at once; the page without its notice count or offers still works.
            var answers = Uni.combine().all().unis(work.meAtOnce(), work.queuesAtOnce(),
                    work.noticesAtOnce().map(WorkClient.NoticeInbox::unread).onFailure(WorkPages::routingFailure)
                            .recoverWithItem(failure -> missing("contact routing's notices", failure)),
                    work.offersAtOnce().onFailure(WorkPages::routingFailure)
                            .recoverWithItem(failure -> missing("offers", failure)))
                    .asTuple().await().indefinitely(); // the REST client's own timeouts bound each call
            List<WorkClient.Queue> known = answers.getItem2();
            List<QueueView> queues = known.stream().map(q -> QueueView.of(q, language)).toList();
            return staffPage(Templates.work(frame.context(language, uri), answers.getItem1(), queues, PRESENCES,
                    notice == null ? null : PageSupport.text(WorkMessages.class, "notice_" + notice, language),
                    answers.getItem3(), offers(answers.getItem4(), ContactNames.of(known, null, language))),
                    language, lang, 200);
        } catch (WebApplicationException | ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    @POST
    @Path("/presence")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response presence(MultivaluedMap<String, String> form, @CookieParam(Language.COOKIE) String remembered,
                             @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        String presence = form.getFirst("presence");
        if (!PRESENCES.contains(presence)) {
            return redirect("/work");
        }
        try {
            work.presence(new WorkClient.Presence(presence));
            return redirect("/work?notice=presence");
        } catch (WebApplicationException | ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    @POST
    @Path("/next")
    public Response next(@CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                         @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        try (Response next = work.next()) {
            if (next.getStatus() == 204) {
                return redirect("/work?notice=none_waiting");
            }
            WorkClient.StaffContact contact = next.readEntity(WorkClient.StaffContact.class);
            return redirect("/work/contacts/" + contact.id());
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 409) {
                return redirect("/work?notice=not_available");
            }
            return unavailable(e, language, uri);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    @GET
    @Path("/queues/{id}")
    public Response queue(@PathParam("id") String id, @QueryParam("lang") String lang,
                          @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                          @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        try {
            UUID queueId = UUID.fromString(id);
            QueueView queue = work.queues().stream().filter(q -> q.id().equals(queueId)).findFirst()
                    .map(q -> QueueView.of(q, language)).orElse(null);
            if (queue == null) {
                return notFound(frame.context(language, uri), language);
            }
            List<RowView> rows = work.queue(queueId).stream()
                    .sorted(Comparator.comparing(WorkClient.QueuedContact::priority).thenComparing(WorkClient.QueuedContact::receivedAt))
                    .map(c -> new RowView(c.id().toString(), c.trackingCode(), WHEN.format(c.receivedAt()), c.priority(),
                            c.slaState(), c.status(), c.channel(), c.excerpt(), "QUEUED".equals(c.status()) && c.assignedTo() == null))
                    .toList();
            return staffPage(Templates.queue(frame.context(language, uri), queue, rows), language, lang, 200);
        } catch (IllegalArgumentException e) {
            return notFound(frame.context(language, uri), language);
        } catch (WebApplicationException | ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    @GET
    @Path("/contacts/{id}")
    public Response contact(@PathParam("id") String id, @QueryParam("lang") String lang,
                            @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                            @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        return contactPage(id, Map.of(), Map.of(), language, lang, uri, 200);
    }

    Response contactPage(String id, Map<String, String> errors, Map<String, String> form, String language,
                         String explicit, UriInfo uri, int status) {
        return contactPage(id, errors, form, null, null, language, explicit, uri, status);
    }

    private Response contactPage(String id, Map<String, String> errors, Map<String, String> form,
                                 ClientRecordClient.Record client, String revealedIdentityCode, String language,
                                 String explicit, UriInfo uri, int status) {
        return contactPage(id, errors, form, client, revealedIdentityCode, ReplyAids.Inserted.NONE, language, explicit, uri, status);
    }

    private Response contactPage(String id, Map<String, String> errors, Map<String, String> form,
                                 ClientRecordClient.Record client, String revealedIdentityCode, ReplyAids.Inserted inserted,
                                 String language, String explicit, UriInfo uri, int status) {
        try {
            WorkClient.StaffContact contact = work.contact(UUID.fromString(id));
            List<WorkClient.Queue> known = work.queues();
            List<QueueView> queues = known.stream().map(q -> QueueView.of(q, language)).toList();
            ContactNames names = ContactNames.of(known, definition(contact.serviceId()), language);
            return staffPage(Templates.contact(frame.context(language, uri), ContactView.of(contact, names), queues, RESOLUTIONS,
                    TEXT_ACTIONS, texts(WorkMessages.class, errors, language), form, replyAids.suggestions(contact), client,
                    revealedIdentityCode, experts(), List.copyOf(FILE_ACTIONS), files(contact.id()), replyAids.view(inserted),
                    macros.options()),
                    language, explicit, status);
        } catch (IllegalArgumentException e) {
            return notFound(frame.context(language, uri), language);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404 || e.getResponse().getStatus() == 403) {
                return notFound(frame.context(language, uri), language);
            }
            return unavailable(e, language, uri);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    @POST
    @Path("/contacts/{id}/{action:take|reply|note|information-request|transfer|resolve}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("id") String id, @PathParam("action") String action, MultivaluedMap<String, String> form,
                        @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                        @Context UriInfo uri) {
        return perform(id, action, form, List.of(), Language.resolve(null, remembered, accept), uri);
    }

    /** A reply's or note's form with files ({@code multipart/form-data}). */
    public static class ActionForm {
        @RestForm
        public String text;

        @RestForm(FileUploads.FIELD)
        public List<FileUpload> files = new ArrayList<>();
    }

    @POST
    @Path("/contacts/{id}/{action:take|reply|note|information-request|transfer|resolve}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response actWithFiles(@PathParam("id") String id, @PathParam("action") String action, @BeanParam ActionForm form,
                                 @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                                 @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        if (!FILE_ACTIONS.contains(action)) {
            return notFound(frame.context(language, uri), language);
        }
        MultivaluedMap<String, String> fields = new MultivaluedHashMap<>();
        if (form.text != null) {
            fields.putSingle("text", form.text);
        }
        return perform(id, action, fields, FileUploads.chosen(form.files), language, uri);
    }

    /** Staff download a file of the contact (routing audits it). */
    @GET
    @Path("/contacts/{id}/files/{fileId}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") String id, @PathParam("fileId") String fileId,
                             @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                             @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        try {
            return FileUploads.relay(attachments.download(UUID.fromString(id), UUID.fromString(fileId)));
        } catch (IllegalArgumentException e) {
            return notFound(frame.context(language, uri), language);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            return contactPage(id, Map.of("files", "error_file_not_available"), Map.of(), language, null, uri,
                    status == 409 ? 409 : 404);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    private List<FileUploads.FileView> files(UUID contactId) {
        try {
            return attachments.files(contactId).stream()
                    .map(file -> FileUploads.view(file, "/work/contacts/" + contactId + "/files/")).toList();
        } catch (WebApplicationException | ProcessingException e) {
            LOG.warnf("files unavailable: %s", e.getClass().getSimpleName());
            return List.of();
        }
    }

    private Response perform(String id, String action, MultivaluedMap<String, String> form, List<FileUpload> files,
                             String language, UriInfo uri) {
        UUID contactId;
        try {
            contactId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return notFound(frame.context(language, uri), language);
        }
        String text = form.getFirst("text") == null ? "" : form.getFirst("text").strip();
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> kept = new LinkedHashMap<>();
        form.forEach((key, values) -> {
            if (!values.isEmpty() && !key.equals("csrf-token")) {
                kept.put(action + "-" + key, values.get(0));
            }
        });
        boolean needsText = Set.of("reply", "note", "information-request", "transfer", "resolve").contains(action);
        if (needsText && (text.isEmpty() || text.length() > 10000)) {
            errors.put(action + "-text", "error_message_required");
        }
        if (action.equals("resolve") && !RESOLUTIONS.contains(form.getFirst("code"))) {
            errors.put("resolve-code", "error_resolution_code");
        }
        UUID transferQueue = null;
        String expert = form.getFirst("expert") == null || form.getFirst("expert").isBlank() ? null : form.getFirst("expert").strip();
        if (action.equals("transfer")) {
            String queue = form.getFirst("queueId");
            try {
                transferQueue = queue == null || queue.isBlank() ? null : UUID.fromString(queue);
            } catch (IllegalArgumentException e) {
                errors.put("transfer-queueId", "error_queue");
            }
            if (transferQueue == null && expert == null) {
                errors.put("transfer-queueId", "error_queue");
            }
        }
        uploads.precheck(files).ifPresent(refused -> errors.put(action + "-files", refused));
        if (!errors.isEmpty()) {
            return contactPage(id, errors, kept, language, null, uri, 400);
        }
        try {
            switch (action) {
                case "take" -> work.take(contactId);
                case "reply" -> work.reply(contactId, new WorkClient.Text(text));
                case "note" -> work.note(contactId, new WorkClient.Text(text));
                case "information-request" -> work.askForInformation(contactId, new WorkClient.Text(text));
                case "transfer" -> work.transfer(contactId, new WorkClient.Transfer(transferQueue, expert, text));
                case "resolve" -> work.resolve(contactId, new WorkClient.Resolution(form.getFirst("code"), text));
                default -> {
                    return notFound(frame.context(language, uri), language);
                }
            }
            // The text went; a file routing refuses is said beside the field (the text is in the history now).
            // A reply's files are the client's to see, as the reply is; a note's stay with staff.
            Optional<String> refused = uploads.send(files,
                    fields -> action.equals("reply") ? fields.attribute("visibleToClient", "true", null) : fields,
                    upload -> attachments.attach(contactId, upload));
            if (refused.isPresent()) {
                return contactPage(id, Map.of(action + "-files", refused.get()), Map.of(), language, null, uri, 400);
            }
            // Post/redirect/get: a reload does not send again.
            return redirect(action.equals("transfer") ? "/work?notice=transferred" : "/work/contacts/" + id);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 409 || status == 403 || status == 400) {
                return contactPage(id, Map.of(action.equals("take") ? "form" : action + "-text",
                        status == 400 ? "error_generic" : "error_not_allowed"), kept, language, null, uri, status);
            }
            return unavailable(e, language, uri);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    /** The page's language links after an insert lead here: to the contact's page in that language. */
    @GET
    @Path("/contacts/{id}/reply-aid")
    public Response replyAidPage(@PathParam("id") String id, @QueryParam("lang") String lang) {
        String page = PageSupport.uuidOrNull(id) == null ? "/work" : "/work/contacts/" + id;
        return redirect(page + (Language.isSupported(lang) ? "?lang=" + lang : ""));
    }

    /**
     * A reply template or a suggested article's text or link added to the reply being written
     * ({@link ReplyAids}): the page again with the reply's text, not a redirect, since the text may
     * hold personal data that a URL must not carry.
     */
    @POST
    @Path("/contacts/{id}/reply-aid")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response replyAid(@PathParam("id") String id, MultivaluedMap<String, String> form,
                             @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                             @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        try {
            ReplyAids.Inserted inserted = replyAids.insert(work.contact(UUID.fromString(id)), form);
            return contactPage(id, inserted.error() == null ? Map.of() : Map.of(inserted.field(), inserted.error()),
                    Map.of("reply-text", inserted.text()), null, null, inserted, language, null, uri,
                    inserted.error() == null ? 200 : 400);
        } catch (IllegalArgumentException e) {
            return notFound(frame.context(language, uri), language);
        } catch (WebApplicationException e) {
            return e.getResponse().getStatus() == 404 || e.getResponse().getStatus() == 403
                    ? notFound(frame.context(language, uri), language) : unavailable(e, language, uri);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    /** Accepts a contact offered in push mode: it is the agent's now; an offer gone meanwhile is said on /work. */
    @POST
    @Path("/contacts/{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("id") String id, @CookieParam(Language.COOKIE) String remembered,
                           @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        return answerOffer(id, true, Language.resolve(null, remembered, accept), uri);
    }

    /** Declines an offer: routing offers it to the next agent, never to this one again. */
    @POST
    @Path("/contacts/{id}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(@PathParam("id") String id, @CookieParam(Language.COOKIE) String remembered,
                            @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        return answerOffer(id, false, Language.resolve(null, remembered, accept), uri);
    }

    private Response answerOffer(String id, boolean accepted, String language, UriInfo uri) {
        try {
            UUID contactId = UUID.fromString(id);
            if (accepted) {
                work.accept(contactId);
                return redirect("/work/contacts/" + contactId);
            }
            work.decline(contactId);
            return redirect("/work?notice=offer_declined");
        } catch (IllegalArgumentException e) {
            return notFound(frame.context(language, uri), language);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 409 || status == 404 || status == 403) {
                return redirect("/work?notice=offer_gone");
            }
            return unavailable(e, language, uri);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    /**
     * Release (back to the queue, with an optional note), reopen (with a reason) and close: the
     * state changes routing allows on a held or a resolved contact. A refusal (not held, the reopen
     * period over) is said beside the form.
     */
    @POST
    @Path("/contacts/{id}/{change:release|reopen|close}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("id") String id, @PathParam("change") String change, MultivaluedMap<String, String> form,
                           @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                           @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        UUID contactId;
        try {
            contactId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return notFound(frame.context(language, uri), language);
        }
        String text = form.getFirst("text") == null ? "" : form.getFirst("text").strip();
        String field = change + (change.equals("close") ? "-button" : "-text");
        if (change.equals("reopen") && (text.isEmpty() || text.length() > 2000)) {
            return contactPage(id, Map.of(field, "error_reopen_reason"), Map.of(field, text), language, null, uri, 400);
        }
        if (text.length() > 10000) {
            return contactPage(id, Map.of(field, "error_message_required"), Map.of(field, text), language, null, uri, 400);
        }
        try {
            switch (change) {
                case "release" -> work.release(contactId, new WorkClient.ReleaseNote(text.isEmpty() ? null : text));
                case "reopen" -> work.reopen(contactId, new WorkClient.Reason(text));
                default -> work.close(contactId);
            }
            return redirect(change.equals("release") ? "/work?notice=released" : "/work/contacts/" + id);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 409 || status == 403 || status == 400) {
                return contactPage(id, Map.of(field, status == 400 ? "error_generic" : "error_not_allowed"), Map.of(field, text),
                        language, null, uri, status);
            }
            return unavailable(e, language, uri);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    /** The contacts offered to the agent (push mode) with the seconds left; none when routing could not tell (null). */
    private static List<OfferView> offers(List<WorkClient.Offer> offered, ContactNames names) {
        if (offered == null) {
            return List.of();
        }
        java.time.Instant now = java.time.Instant.now();
        return offered.stream()
                .map(offer -> new OfferView(offer.id().toString(), offer.trackingCode(),
                        offer.queue() == null ? "" : names.queue(offer.queue().code()), offer.priority(), offer.excerpt(),
                        offer.offerExpiresAt() == null ? 0
                                : Math.max(0, java.time.Duration.between(now, offer.offerExpiresAt()).toSeconds())))
                .filter(offer -> offer.secondsLeft() > 0)
                .toList();
    }

    /** A failure of routing's answer that the page can do without (not a bug of the page itself). */
    private static boolean routingFailure(Throwable failure) {
        return failure instanceof WebApplicationException || failure instanceof ProcessingException;
    }

    /** Null for what routing could not tell now: the page shows it as not known. */
    private static <T> T missing(String what, Throwable failure) {
        LOG.warnf("%s unavailable: %s", what, failure.getMessage());
        return null;
    }

    /** The service's name and extra questions; null without a service or when the catalogue does not answer (codes are shown). */
    private CatalogueClient.Definition definition(UUID serviceId) {
        if (serviceId == null) {
            return null;
        }
        try {
            return catalogue.definition(serviceId);
        } catch (WebApplicationException | ProcessingException e) {
            LOG.debugf("no service definition: %s", e.getMessage());
            return null;
        }
    }

    /**
     * Reads the contact's client from the registry, naming this contact and the purpose the agent
     * gives: the registry checks that the contact is the agent's organisation's and concerns the
     * client, and audits the read. The identity code comes masked.
     */
    @POST
    @Path("/contacts/{id}/client")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response client(@PathParam("id") String id, MultivaluedMap<String, String> form,
                           @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                           @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        String purpose = form.getFirst("purpose") == null ? "" : form.getFirst("purpose").strip();
        if (purpose.length() < 5 || purpose.length() > 200 || purpose.indexOf('\0') >= 0) {
            return contactPage(id, Map.of("client-purpose", "error_purpose"), Map.of(), language, null, uri, 400);
        }
        return withClient(id, "client-purpose", language, uri,
                (contactId, clientId) -> contactPage(id, Map.of(), Map.of(), clients.read(clientId, contactId, purpose), null,
                        language, null, uri, 200));
    }

    /**
     * Reveals the whole identity code of the contact's client, with the reason the agent gives: a
     * separate action from the read, audited by the registry on its own and shown to the client.
     */
    @POST
    @Path("/contacts/{id}/client/identity-code")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revealIdentityCode(@PathParam("id") String id, MultivaluedMap<String, String> form,
                                       @CookieParam(Language.COOKIE) String remembered,
                                       @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        String reason = form.getFirst("reason") == null ? "" : form.getFirst("reason").strip();
        if (reason.length() < 10 || reason.length() > 500 || reason.indexOf('\0') >= 0) {
            return contactPage(id, Map.of("reveal-reason", "error_reveal_reason"), Map.of(), language, null, uri, 400);
        }
        return withClient(id, "reveal-reason", language, uri, (contactId, clientId) -> contactPage(id, Map.of(), Map.of(),
                null, clients.reveal(clientId, new ClientRecordClient.Reveal(contactId, reason)).identityCode(),
                language, null, uri, 200));
    }

    /** A call to the registry about the contact's client, and its refusals said beside {@code field}. */
    private Response withClient(String id, String field, String language, UriInfo uri,
                                java.util.function.BiFunction<UUID, UUID, Response> call) {
        try {
            UUID contactId = UUID.fromString(id);
            WorkClient.StaffContact contact = work.contact(contactId);
            if (contact.clientId() == null) {
                return contactPage(id, Map.of(field, "error_no_client"), Map.of(), language, null, uri, 409);
            }
            return call.apply(contactId, contact.clientId());
        } catch (IllegalArgumentException e) {
            return notFound(frame.context(language, uri), language);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 403 || status == 404) {
                return contactPage(id, Map.of(field, "error_not_allowed"), Map.of(), language, null, uri, status);
            }
            return unavailable(e, language, uri);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    /** Whom the contact can be handed to; none when routing does not answer (the queue choice still works). */
    private List<WorkClient.Expert> experts() {
        try {
            return work.experts();
        } catch (WebApplicationException | ProcessingException e) {
            LOG.debugf("no experts: %s", e.getMessage());
            return List.of();
        }
    }

    @GET
    @Path("/phone")
    public Response phoneForm(@QueryParam("lang") String lang, @CookieParam(Language.COOKIE) String remembered,
                              @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        return staffPage(Templates.phone(frame.context(language, uri), services(language), Map.of("language", language),
                Map.of(), null), language, lang, 200);
    }

    @POST
    @Path("/phone")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logPhone(MultivaluedMap<String, String> form, @CookieParam(Language.COOKIE) String remembered,
                             @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        Map<String, String> kept = formValues(form);
        Map<String, String> errors = new LinkedHashMap<>();
        String description = kept.getOrDefault("description", "");
        if (description.isEmpty() || description.length() > 5000) {
            errors.put("description", "error_description_required");
        }
        String contactLanguage = kept.getOrDefault("language", "fi");
        if (!Language.isSupported(contactLanguage)) {
            errors.put("language", "error_generic");
        }
        UUID service = null;
        if (!kept.getOrDefault("serviceId", "").isEmpty()) {
            try {
                service = UUID.fromString(kept.get("serviceId"));
            } catch (IllegalArgumentException e) {
                errors.put("serviceId", "error_service");
            }
        }
        if (errors.isEmpty()) {
            try {
                ContactClient.Created created = work.log(new WorkClient.PhoneContact(service, description, contactLanguage,
                        "PHONE", new WorkClient.Details(blank(kept.get("name")), blank(kept.get("email")),
                        blank(kept.get("phone")))));
                return staffPage(Templates.phone(frame.context(language, uri), services(language), Map.of("language", language),
                        Map.of(), created), language, null, 201);
            } catch (WebApplicationException e) {
                if (e.getResponse().getStatus() != 400) {
                    return unavailable(e, language, uri);
                }
                errors.put("form", "error_generic");
            } catch (ProcessingException e) {
                return unavailable(e, language, uri);
            }
        }
        return staffPage(Templates.phone(frame.context(language, uri), services(language), kept, texts(WorkMessages.class, errors, language),
                null), language, null, 400);
    }

    private List<FeedbackPages.ServiceOption> services(String language) {
        return FeedbackPages.serviceOptions(catalogue, language, null);
    }

    private Response unavailable(RuntimeException e, String language, UriInfo uri) {
        LOG.warnf("contact routing: %s", e.getMessage());
        return PageSupport.unavailable(frame.context(language, uri), language);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

}
