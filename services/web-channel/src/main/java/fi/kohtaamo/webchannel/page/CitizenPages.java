package fi.kohtaamo.webchannel.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kohtaamo.webchannel.client.CatalogueClient;
import fi.kohtaamo.webchannel.client.ClassificationClient;
import fi.kohtaamo.webchannel.client.AttachmentClient;
import fi.kohtaamo.webchannel.client.ContactClient;
import fi.kohtaamo.webchannel.client.KnowledgeClient;
import fi.kohtaamo.webchannel.i18n.Language;
import fi.kohtaamo.webchannel.i18n.CitizenMessages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static fi.kohtaamo.webchannel.page.PageSupport.blankToNull;
import static fi.kohtaamo.webchannel.page.PageSupport.page;
import static fi.kohtaamo.webchannel.page.PageSupport.texts;

/** The citizen's pages: the service map and the contact form. They work without JavaScript. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class CitizenPages {

    private static final Logger LOG = Logger.getLogger(CitizenPages.class);
    private static final List<String> GROUP_ORDER = List.of("STRATEGIC_PLANNING", "ADVICE_AND_INFORMATION",
            "FINANCING_AND_PROMOTION", "PERMITS_AND_NOTIFICATIONS", "SUPERVISION_AND_INSPECTIONS", "INFRASTRUCTURE");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{4,24}");

    private final CatalogueClient catalogue;
    private final ClassificationClient classifications;
    private final KnowledgeClient knowledge;
    private final ContactClient contacts;
    private final PageFrame frame;
    private final ObjectMapper mapper;
    private final FormChallenge challenges;
    private final AttachmentClient attachments;
    private final FileUploads uploads;

    public CitizenPages(@RestClient CatalogueClient catalogue, @RestClient ClassificationClient classifications,
                 @RestClient ContactClient contacts, @RestClient KnowledgeClient knowledge, PageFrame frame,
                 ObjectMapper mapper, FormChallenge challenges, @RestClient AttachmentClient attachments,
                 FileUploads uploads) {
        this.attachments = attachments;
        this.uploads = uploads;
        this.challenges = challenges;
        this.catalogue = catalogue;
        this.knowledge = knowledge;
        this.classifications = classifications;
        this.contacts = contacts;
        this.frame = frame;
        this.mapper = mapper;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(PageContext page, List<GroupView> groups, Filters filters, int count,
                                             Map<String, String> errors, boolean unavailable);

        static native TemplateInstance contact(PageContext page, ServiceView service, List<QuestionView> questions,
                                               List<ServiceView> services,
                                               ContactForm form, Map<String, String> errors, boolean unavailable,
                                               String formCheck);

        static native TemplateInstance sent(PageContext page, ContactClient.Created created, String fileError);

        static native TemplateInstance suggestions(List<KnowledgeClient.Hit> hits);
    }

    /** One of the service's extra questions as the form shows it, with the answer given so far and its error. */
    public record QuestionView(String code, String id, String label, String datatype, boolean required, String value,
                               List<ChoiceView> choices, String error) {
        public boolean multiple() {
            return "MULTI_CHOICE".equals(datatype);
        }

        public boolean single() {
            return "SINGLE_CHOICE".equals(datatype);
        }
    }

    public record ChoiceView(String key, String label, boolean selected) {
    }

    public record ServiceView(String id, String name, String summary) {
    }

    public record GroupView(String code, List<ServiceView> services) {
    }

    /** A choice in the catalogue's filters: a group, life event or target group, with its label. */
    public record FilterOption(String code, String label, boolean selected) {
    }

    /** The front page's filters: the six groups, the life events and the target groups services carry. */
    public record Filters(List<FilterOption> groups, List<FilterOption> lifeEvents, List<FilterOption> targetGroups,
                          boolean active) {
    }

    /**
     * The service map by its six groups, optionally narrowed to a group, a life event and a target
     * group (a plain GET form, so it works without JavaScript and can be linked to).
     */
    @GET
    public Response index(@QueryParam("group") String group, @QueryParam("lifeEvent") String lifeEvent,
                          @QueryParam("targetGroup") String targetGroup, @QueryParam("lang") String lang,
                          @CookieParam(Language.COOKIE) String remembered,
                          @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        List<GroupView> groups = new ArrayList<>();
        Map<String, String> errors = new LinkedHashMap<>();
        Filters filters = new Filters(List.of(), List.of(), List.of(), false);
        boolean unavailable = false;
        try {
            String chosenGroup = blankToNull(group);
            String chosenEvent = blankToNull(lifeEvent);
            String chosenTarget = blankToNull(targetGroup);
            List<ClassificationClient.InUse> events = classifications.inUse("LIFE_EVENT");
            List<ClassificationClient.InUse> targets = classifications.inUse("TARGET_GROUP");
            if (chosenGroup != null && !GROUP_ORDER.contains(chosenGroup)) {
                errors.put("group", "error_filter");
                chosenGroup = null;
            }
            if (chosenEvent != null && events.stream().noneMatch(e -> e.code().equals(lifeEvent.strip()))) {
                errors.put("lifeEvent", "error_filter");
                chosenEvent = null;
            }
            if (chosenTarget != null && targets.stream().noneMatch(t -> t.code().equals(targetGroup.strip()))) {
                errors.put("targetGroup", "error_filter");
                chosenTarget = null;
            }
            String g = chosenGroup;
            String e = chosenEvent;
            String t = chosenTarget;
            filters = new Filters(
                    GROUP_ORDER.stream().map(code -> new FilterOption(code, null, code.equals(g))).toList(),
                    events.stream().map(c -> new FilterOption(c.code(), c.labels().in(language), c.code().equals(e))).toList(),
                    targets.stream().map(c -> new FilterOption(c.code(), c.labels().in(language), c.code().equals(t))).toList(),
                    g != null || e != null || t != null);
            List<CatalogueClient.Service> services = filters.active() ? catalogue.browse(g, t, e) : catalogue.services();
            Map<String, List<ServiceView>> byGroup = new LinkedHashMap<>();
            GROUP_ORDER.forEach(code -> byGroup.put(code, new ArrayList<>()));
            for (CatalogueClient.Service service : services) {
                byGroup.computeIfAbsent(service.group(), code -> new ArrayList<>()).add(view(service, language));
            }
            byGroup.forEach((code, inGroup) -> {
                if (!inGroup.isEmpty()) {
                    groups.add(new GroupView(code, inGroup));
                }
            });
        } catch (WebApplicationException | ProcessingException e) {
            LOG.warnf("catalogue unavailable: %s", e.getMessage());
            unavailable = true;
        }
        int count = groups.stream().mapToInt(g -> g.services().size()).sum();
        return page(Templates.index(frame.context(language, uri), groups, filters, count, texts(CitizenMessages.class, errors, language), unavailable),
                language, lang, unavailable ? 503 : errors.isEmpty() ? 200 : 400);
    }

    /**
     * Articles that may answer the contact being written, as a fragment of the contact form: the
     * form's script asks for it while the client types. Without JavaScript the form works as is.
     */
    @GET
    @Path("contact/suggestions")
    public Response suggestions(@QueryParam("text") String text, @QueryParam("serviceId") String serviceId,
                                @QueryParam("lang") String lang, @CookieParam(Language.COOKIE) String remembered,
                                @HeaderParam("Accept-Language") String accept) {
        String language = Language.resolve(lang, remembered, accept);
        String words = text == null ? "" : text.strip();
        if (words.length() < 3 || words.length() > 5000) {
            return Response.noContent().build();
        }
        UUID service = null;
        try {
            service = serviceId == null || serviceId.isBlank() ? null : UUID.fromString(serviceId);
        } catch (IllegalArgumentException e) {
            return Response.status(400).type("application/problem+json")
                    .entity("{\"status\":400,\"title\":\"Invalid request\",\"violations\":[{\"field\":\"serviceId\",\"message\":\"not a service id\"}]}")
                    .build();
        }
        try {
            List<KnowledgeClient.Hit> hits = knowledge.suggestions(words, language, service, 3);
            if (hits.isEmpty()) {
                return Response.noContent().build();
            }
            return Response.ok(Templates.suggestions(hits).setLocale(Locale.forLanguageTag(language)))
                    .header("Content-Language", language).header("Cache-Control", "no-store").build();
        } catch (WebApplicationException | ProcessingException e) {
            // Suggestions are a help, not a step: when the portal does not answer, there are none.
            LOG.debugf("no suggestions: %s", e.getMessage());
            return Response.noContent().build();
        }
    }

    @GET
    @Path("contact")
    public Response contactForm(@QueryParam("service") String serviceId, @QueryParam("lang") String lang,
                                @CookieParam(Language.COOKIE) String remembered,
                                @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        return renderForm(ContactForm.empty(serviceId, language), Map.of(), language, lang, uri, 200);
    }

    @POST
    @Path("contact")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response submit(@BeanParam ContactForm form, @CookieParam(Language.COOKIE) String remembered,
                           @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        Map<String, String> errors = validate(form);
        List<FileUpload> files = FileUploads.chosen(form.files);
        uploads.precheck(files).ifPresent(refused -> errors.put(FileUploads.FIELD, refused));
        if (!errors.isEmpty()) {
            return renderForm(form, errors, language, null, uri, 400);
        }
        if (challenges.verify(form.formCheck, form.altcha, Instant.now()) == FormChallenge.Verdict.REFUSED) {
            // Shown again with everything kept and a new challenge: a person sends it again.
            return renderForm(form, Map.of("form", "error_check"), language, null, uri, 400);
        }
        UUID serviceId = form.serviceId == null || form.serviceId.isBlank() ? null : UUID.fromString(form.serviceId);
        String contactLanguage = Language.isSupported(form.language) ? form.language : language;
        try {
            ContactClient.Created created = contacts.submit(new ContactClient.NewContact(serviceId,
                    form.description.strip(), contactLanguage,
                    new ContactClient.Details(blankToNull(form.name), blankToNull(form.email), blankToNull(form.phone)),
                    serviceId == null ? Map.of() : form.answers()));
            // The contact is in; a file routing refuses is said on the receipt, to be attached again on the status page.
            String fileError = files.isEmpty() ? null : uploads.send(files, fields -> created.accessSecret() == null ? fields
                            : fields.attribute("trackingCode", created.trackingCode(), null)
                                    .attribute("accessSecret", created.accessSecret(), null),
                    upload -> created.accessSecret() == null ? attachments.attach(created.id(), upload)
                            : attachments.attachByClient(upload))
                    .map(key -> PageSupport.text(CitizenMessages.class, key, language)).orElse(null);
            return Response.status(201).entity(Templates.sent(frame.context(language, uri), created, fileError)
                            .setLocale(Locale.forLanguageTag(language)))
                    .header("Cache-Control", "no-store").build();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 400) {
                return renderForm(form, errorsFromProblem(e.getResponse()), language, null, uri, 400);
            }
            LOG.warnf("contact routing answered %d", e.getResponse().getStatus());
            return renderForm(form, Map.of("form", "error_unavailable"), language, null, uri, 503);
        } catch (ProcessingException e) {
            LOG.warnf("contact routing unavailable: %s", e.getMessage());
            return renderForm(form, Map.of("form", "error_unavailable"), language, null, uri, 503);
        }
    }

    private Response renderForm(ContactForm form, Map<String, String> errors, String language, String explicitLanguage,
                                UriInfo uri, int status) {
        List<ServiceView> services = new ArrayList<>();
        ServiceView selected = null;
        boolean unavailable = false;
        try {
            for (CatalogueClient.Service service : catalogue.services()) {
                ServiceView view = view(service, language);
                services.add(view);
                if (view.id().equals(form.serviceId)) {
                    selected = view;
                }
            }
        } catch (WebApplicationException | ProcessingException e) {
            LOG.warnf("catalogue unavailable: %s", e.getMessage());
            unavailable = true;
        }
        Map<String, String> errorTexts = texts(CitizenMessages.class, errors, language);
        return page(Templates.contact(frame.context(language, uri), selected, questions(selected, form, errorTexts, language),
                        services, form, errorTexts,
                        unavailable, challenges.issue(Instant.now())),
                language, explicitLanguage, status);
    }

    /** Message keys per field, so that the page shows them in its own language. */
    static Map<String, String> validate(ContactForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.description == null || form.description.isBlank()) {
            errors.put("description", "error_description_required");
        } else if (form.description.length() > 5000) {
            errors.put("description", "error_description_too_long");
        }
        if (form.email != null && !form.email.isBlank() && !EMAIL.matcher(form.email.strip()).matches()) {
            errors.put("email", "error_email");
        }
        if (form.phone != null && !form.phone.isBlank() && !PHONE.matcher(form.phone.strip()).matches()) {
            errors.put("phone", "error_phone");
        }
        if (form.website != null && !form.website.isBlank()) {
            // Refused with the form and everything in it shown again: a person who filled it
            // loses nothing; a robot gets no contact made.
            errors.put("website", "error_website");
        }
        if (form.serviceId != null && !form.serviceId.isBlank()) {
            try {
                UUID.fromString(form.serviceId);
            } catch (IllegalArgumentException e) {
                errors.put("serviceId", "error_service");
            }
        }
        return errors;
    }

    /** Contact routing's problem details, field by field, in this form's terms. */
    private Map<String, String> errorsFromProblem(Response response) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            JsonNode problem = mapper.readTree(response.readEntity(String.class));
            for (JsonNode violation : problem.path("violations")) {
                switch (violation.path("field").asText()) {
                    case "description" -> errors.put("description", "error_description_required");
                    case "contact.email" -> errors.put("email", "error_email");
                    case "contact.phone" -> errors.put("phone", "error_phone");
                    case "serviceId" -> errors.put("serviceId", "error_service");
                    case String field when field.startsWith("attributes.") -> errors.put(
                            "q-" + field.substring("attributes.".length()),
                            "is required".equals(violation.path("message").asText())
                                    ? "error_answer_required" : "error_answer_invalid");
                    default -> errors.put("form", "error_generic");
                }
            }
        } catch (Exception e) {
            LOG.debugf("unreadable problem: %s", e.getMessage());
        }
        if (errors.isEmpty()) {
            errors.put("form", "error_generic");
        }
        return errors;
    }

    /** The selected service's extra questions, in their order, with what was answered and any error. */
    private List<QuestionView> questions(ServiceView selected, ContactForm form, Map<String, String> errors,
                                         String language) {
        if (selected == null) {
            return List.of();
        }
        List<CatalogueClient.Question> definitions;
        try {
            CatalogueClient.Definition definition = catalogue.definition(UUID.fromString(selected.id()));
            definitions = definition.attributes() == null ? List.of() : definition.attributes();
        } catch (WebApplicationException | ProcessingException | IllegalArgumentException e) {
            LOG.warnf("service definition unavailable: %s", e.getMessage());
            return List.of();
        }
        Map<String, Object> answers = form.answers();
        return definitions.stream().sorted(java.util.Comparator.comparingInt(CatalogueClient.Question::order))
                .map(question -> {
                    Object answer = answers.get(question.code());
                    List<String> chosen = answer instanceof List<?> many ? many.stream().map(String::valueOf).toList()
                            : answer == null ? List.of() : List.of(answer.toString());
                    List<ChoiceView> choices = question.values() == null ? List.of() : question.values().stream()
                            .map(choice -> new ChoiceView(choice.key(),
                                    choice.name() == null ? choice.key() : choice.name().in(language),
                                    chosen.contains(choice.key()))).toList();
                    String label = question.description() == null ? question.code() : question.description().in(language);
                    return new QuestionView(question.code(), "q-" + question.code(), label, question.datatype(),
                            question.required(), answer instanceof String text ? text : null, choices,
                            errors.get("q-" + question.code()));
                }).toList();
    }

    private static ServiceView view(CatalogueClient.Service service, String language) {
        return new ServiceView(service.id().toString(), service.name().in(language), service.summary().in(language));
    }

}
