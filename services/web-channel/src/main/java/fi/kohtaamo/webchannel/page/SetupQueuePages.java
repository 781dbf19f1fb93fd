package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.CatalogueClient;
import fi.kohtaamo.webchannel.client.OrganisationClient;
import fi.kohtaamo.webchannel.client.SetupClient;
import fi.kohtaamo.webchannel.i18n.Language;
import fi.kohtaamo.webchannel.i18n.SetupMessages;
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

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static fi.kohtaamo.webchannel.page.PageSupport.formValues;
import static fi.kohtaamo.webchannel.page.PageSupport.localized;
import static fi.kohtaamo.webchannel.page.PageSupport.notFound;
import static fi.kohtaamo.webchannel.page.PageSupport.redirect;
import static fi.kohtaamo.webchannel.page.PageSupport.staffPage;
import static fi.kohtaamo.webchannel.page.PageSupport.texts;
import static fi.kohtaamo.webchannel.page.PageSupport.uuidOrNull;
import static fi.kohtaamo.webchannel.page.SetupSupport.Option;
import static fi.kohtaamo.webchannel.page.SetupSupport.ifMatch;
import static fi.kohtaamo.webchannel.page.SetupSupport.single;
import static fi.kohtaamo.webchannel.page.SetupSupport.unfit;

/**
 * The supervisor's queues: a list (code, name in the page's language, tier, calendar, policy, the
 * organisations it is shared with) and a form to create one or change one of their own
 * organisation's. The code is fixed once the queue exists (rules and services name it); sharing is
 * chosen among the catalogue's organisations by name, the responsibility area among the catalogue's
 * units of the organisation. Who may open: {@link StaffPageGuard}.
 */
@Path("/supervise/queues")
@Produces(MediaType.TEXT_HTML)
public class SetupQueuePages {

    private static final Logger LOG = Logger.getLogger(SetupQueuePages.class);
    private static final List<String> TIERS = List.of("FIRST_LINE", "EXPERT");

    private final SetupClient setup;
    private final OrganisationClient organisations;
    private final PageFrame frame;

    public SetupQueuePages(@RestClient SetupClient setup, @RestClient OrganisationClient organisations, PageFrame frame) {
        this.setup = setup;
        this.organisations = organisations;
        this.frame = frame;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queues(PageContext page, List<Row> rows, String notice);

        static native TemplateInstance queue(PageContext page, String id, Map<String, String> form, Map<String, String> errors,
                                             List<Option> tiers, List<Option> calendars, List<Option> policies,
                                             List<Option> organisations, List<Option> areas);
    }

    /** A queue as listed; {@code id} null for one shared with the organisation (not its to change). */
    public record Row(String id, String code, String name, String tier, String calendar, String policy, String sharedWith,
                      String area) {
    }

    /** What the pages need from routing and the catalogue: the queues, the organisation's calendars and policies, names. */
    private record Known(List<SetupClient.Queue> queues, Map<UUID, String> calendars, Map<UUID, String> policies,
                         String organisation, Map<String, String> organisationNames) {
        static Known of(SetupClient setup, Map<String, String> organisationNames) {
            List<SetupClient.Calendar> calendars = setup.calendars();
            List<SetupClient.Policy> policies = setup.policies();
            String organisation = !calendars.isEmpty() ? calendars.get(0).organisation()
                    : !policies.isEmpty() ? policies.get(0).organisation() : null;
            return new Known(setup.queues(),
                    calendars.stream().collect(Collectors.toMap(SetupClient.Calendar::id, SetupClient.Calendar::name, (a, b) -> a, LinkedHashMap::new)),
                    policies.stream().collect(Collectors.toMap(SetupClient.Policy::id, SetupClient.Policy::name, (a, b) -> a, LinkedHashMap::new)),
                    organisation, organisationNames);
        }

        /** One of the organisation's own queues (one shared with it is another's to change). */
        boolean owns(SetupClient.Queue queue) {
            return organisation == null || organisation.equals(queue.organisation());
        }
    }

    @GET
    public Response list(@QueryParam("notice") String notice, @QueryParam("lang") String lang,
                         @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                         @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        try {
            List<OrganisationClient.Organisation> catalogue = catalogueOrganisations();
            Known known = Known.of(setup, organisationNames(catalogue, language));
            Map<UUID, String> areas = areaNames(catalogue, known.organisation(), language);
            List<Row> rows = known.queues().stream().map(q -> new Row(known.owns(q) ? q.id().toString() : null, q.code(),
                    SetupSupport.queueName(q, language), q.tier(), q.calendarId() == null ? "–" : known.calendars().getOrDefault(q.calendarId(), "–"),
                    q.slaPolicyId() == null ? "–" : known.policies().getOrDefault(q.slaPolicyId(), "–"),
                    q.sharedWith() == null || q.sharedWith().isEmpty() ? "–" : q.sharedWith().stream().sorted()
                            .map(code -> known.organisationNames().getOrDefault(code, code)).collect(Collectors.joining(", ")),
                    q.responsibilityArea() == null ? "–" : areas.getOrDefault(q.responsibilityArea(), "–")))
                    .toList();
            return staffPage(Templates.queues(frame.context(language, uri), rows,
                    SetupSupport.notice(notice, "queue_(created|saved)", language)), language, lang, 200);
        } catch (WebApplicationException | ProcessingException e) {
            return SetupSupport.unavailable(e, frame, language, uri);
        }
    }

    @GET
    @Path("/new")
    public Response newQueue(@QueryParam("lang") String lang, @CookieParam(Language.COOKIE) String remembered,
                             @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        return form(null, Map.of("tier", "FIRST_LINE"), Set.of(), Map.of(), language, lang, uri, 200);
    }

    @GET
    @Path("/{id}")
    public Response edit(@PathParam("id") String id, @QueryParam("lang") String lang,
                         @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                         @Context UriInfo uri) {
        return current(id, Map.of(), Language.resolve(lang, remembered, accept), lang, uri, 200);
    }

    @POST
    @Path("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form, @CookieParam(Language.COOKIE) String remembered,
                           @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        return save(null, form, Language.resolve(null, remembered, accept), uri);
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") String id, MultivaluedMap<String, String> form,
                           @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                           @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        if (uuidOrNull(id) == null) {
            return notFound(frame.context(language, uri), language);
        }
        return save(id, form, language, uri);
    }

    /** The queue as routing has it now, on its form (with the errors given: the stale notice after a 412). */
    private Response current(String id, Map<String, String> errors, String language, String explicit, UriInfo uri, int status) {
        UUID queueId = uuidOrNull(id);
        if (queueId == null) {
            return notFound(frame.context(language, uri), language);
        }
        try {
            Known known = Known.of(setup, Map.of());
            SetupClient.Queue queue = known.queues().stream().filter(q -> q.id().equals(queueId) && known.owns(q))
                    .findFirst().orElse(null);
            if (queue == null) {
                return notFound(frame.context(language, uri), language);
            }
            Map<String, String> form = new LinkedHashMap<>();
            form.put("code", queue.code());
            form.put("name-fi", queue.name() == null ? "" : nullToEmpty(queue.name().fi()));
            form.put("name-sv", queue.name() == null ? "" : nullToEmpty(queue.name().sv()));
            form.put("name-en", queue.name() == null ? "" : nullToEmpty(queue.name().en()));
            form.put("tier", queue.tier());
            form.put("calendarId", queue.calendarId() == null ? "" : queue.calendarId().toString());
            form.put("slaPolicyId", queue.slaPolicyId() == null ? "" : queue.slaPolicyId().toString());
            form.put("responsibilityArea", queue.responsibilityArea() == null ? "" : queue.responsibilityArea().toString());
            form.put("version", String.valueOf(queue.version()));
            return form(id, form, queue.sharedWith() == null ? Set.of() : queue.sharedWith(), errors, language, explicit, uri, status);
        } catch (WebApplicationException | ProcessingException e) {
            return SetupSupport.unavailable(e, frame, language, uri);
        }
    }

    private Response save(String id, MultivaluedMap<String, String> posted, String language, UriInfo uri) {
        Map<String, String> form = formValues(posted);
        Set<String> shares = new HashSet<>(posted.getOrDefault("sharedWith", List.of()));
        Map<String, String> errors = new LinkedHashMap<>();
        String code = single(posted, "code");
        if (id == null && !code.matches("[a-z0-9][a-z0-9-]{1,62}")) {
            errors.put("code", "error_queue_code");
        }
        for (String nameLanguage : Language.SUPPORTED) {
            String name = single(posted, "name-" + nameLanguage);
            if (name.isEmpty() || unfit(name, 200)) {
                errors.put("name-" + nameLanguage, "error_queue_name");
            }
        }
        String tier = single(posted, "tier");
        if (!TIERS.contains(tier)) {
            errors.put("tier", "error_setup_choose");
        }
        UUID calendar = choice(posted, "calendarId", errors);
        UUID policy = choice(posted, "slaPolicyId", errors);
        UUID area = choice(posted, "responsibilityArea", errors);
        if (shares.size() > 50 || shares.stream().anyMatch(s -> !s.matches("[A-Za-z0-9._-]{1,100}"))) {
            errors.put("sharedWith", "error_setup_choose");
        }
        String version = ifMatch(single(posted, "version"));
        if (id != null && version == null) {
            errors.put("form", "error_setup_generic");
        }
        if (!errors.isEmpty()) {
            return form(id, form, shares, errors, language, null, uri, 400);
        }
        SetupClient.QueueDraft draft = new SetupClient.QueueDraft(id == null ? code : null, single(posted, "name-fi"),
                single(posted, "name-sv"), single(posted, "name-en"), tier, calendar, policy, shares, area);
        try {
            if (id == null) {
                setup.createQueue(draft);
                return redirect("/supervise/queues?notice=queue_created");
            }
            setup.updateQueue(UUID.fromString(id), draft, version);
            return redirect("/supervise/queues?notice=queue_saved");
        } catch (WebApplicationException e) {
            return SetupSupport.refused(e, new SetupSupport.Refusal(
                    () -> current(id, Map.of("form", "error_setup_stale"), language, null, uri, 409),
                    refusal -> form(id, form, shares, refusal, language, null, uri, e.getResponse().getStatus()),
                    SetupQueuePages::fieldOf, "code",
                    () -> SetupSupport.missingOrUnavailable(e, frame, language, uri)));
        } catch (ProcessingException e) {
            return SetupSupport.unavailable(e, frame, language, uri);
        }
    }

    /** Routing's field as the form's: nameFi → name-fi; the others are named alike. */
    private static String fieldOf(String field) {
        return switch (field) {
            case "nameFi" -> "name-fi";
            case "nameSv" -> "name-sv";
            case "nameEn" -> "name-en";
            case "code", "tier", "calendarId", "slaPolicyId", "sharedWith", "responsibilityArea" -> field;
            default -> field.startsWith("sharedWith") ? "sharedWith" : "form";
        };
    }

    /** A select's chosen id, null for "none"; anything else is an error beside it. */
    private static UUID choice(MultivaluedMap<String, String> posted, String field, Map<String, String> errors) {
        String value = single(posted, field);
        UUID id = uuidOrNull(value);
        if (!value.isEmpty() && id == null) {
            errors.put(field, "error_setup_choose");
        }
        return id;
    }

    private Response form(String id, Map<String, String> form, Set<String> shares, Map<String, String> errors, String language,
                          String explicit, UriInfo uri, int status) {
        try {
            List<OrganisationClient.Organisation> catalogue = catalogueOrganisations();
            Known known = Known.of(setup, organisationNames(catalogue, language));
            Function<Map<UUID, String>, Function<String, List<Option>>> options = named -> chosen -> named.entrySet().stream()
                    .map(e -> new Option(e.getKey().toString(), e.getValue(), e.getKey().toString().equals(chosen))).toList();
            List<Option> tiers = TIERS.stream().map(t -> new Option(t, PageSupport.text(SetupMessages.class,
                    "queue_tier_" + t.toLowerCase(), language), t.equals(form.get("tier")))).toList();
            List<Option> organisationOptions = known.organisationNames().entrySet().stream()
                    .filter(o -> !o.getKey().equals(known.organisation()))
                    .map(o -> new Option(o.getKey(), o.getValue(), shares.contains(o.getKey()))).toList();
            return staffPage(Templates.queue(frame.context(language, uri), id, form, texts(SetupMessages.class, errors, language),
                    tiers, options.apply(known.calendars()).apply(form.get("calendarId")),
                    options.apply(known.policies()).apply(form.get("slaPolicyId")), organisationOptions,
                    options.apply(areaNames(catalogue, known.organisation(), language)).apply(form.get("responsibilityArea"))),
                    language, explicit, status);
        } catch (WebApplicationException | ProcessingException e) {
            return SetupSupport.unavailable(e, frame, language, uri);
        }
    }

    /** The catalogue's organisations and their units; none when it does not answer. */
    private List<OrganisationClient.Organisation> catalogueOrganisations() {
        try {
            return organisations.organisations();
        } catch (WebApplicationException | ProcessingException e) {
            LOG.warnf("catalogue unavailable: %s", e.getMessage());
            return List.of();
        }
    }

    /** The agencies by code, named in the language, sorted by name. */
    private static Map<String, String> organisationNames(List<OrganisationClient.Organisation> catalogue, String language) {
        return catalogue.stream().filter(o -> o.code() != null && o.agency())
                .map(o -> Map.entry(o.code(), nameOf(o, language)))
                .sorted(Map.Entry.comparingByValue())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /** The responsibility areas (units) of the organisation with this code by id, named in the language, sorted by name. */
    private static Map<UUID, String> areaNames(List<OrganisationClient.Organisation> catalogue, String organisation,
                                               String language) {
        Set<UUID> agency = catalogue.stream().filter(o -> o.agency() && o.code() != null && o.code().equals(organisation))
                .map(OrganisationClient.Organisation::id).collect(Collectors.toSet());
        return catalogue.stream().filter(o -> o.id() != null && agency.contains(o.parentId()))
                .map(o -> Map.entry(o.id(), nameOf(o, language)))
                .sorted(Map.Entry.comparingByValue())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    private static String nameOf(OrganisationClient.Organisation organisation, String language) {
        return organisation.name() == null ? organisation.code() : localized(names(organisation.name()), language, organisation.code());
    }

    private static Map<String, String> names(CatalogueClient.Texts name) {
        Map<String, String> names = new LinkedHashMap<>();
        if (name.fi() != null) {
            names.put("fi", name.fi());
        }
        if (name.sv() != null) {
            names.put("sv", name.sv());
        }
        if (name.en() != null) {
            names.put("en", name.en());
        }
        return names;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
