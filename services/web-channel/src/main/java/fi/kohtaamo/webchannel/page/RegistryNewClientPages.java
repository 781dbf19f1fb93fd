package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.RegistryAdminClient;
import fi.kohtaamo.webchannel.i18n.Language;
import fi.kohtaamo.webchannel.i18n.RegistryMessages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static fi.kohtaamo.webchannel.page.PageSupport.blankToNull;
import static fi.kohtaamo.webchannel.page.PageSupport.commaList;
import static fi.kohtaamo.webchannel.page.PageSupport.formValues;
import static fi.kohtaamo.webchannel.page.PageSupport.problem;
import static fi.kohtaamo.webchannel.page.PageSupport.redirect;
import static fi.kohtaamo.webchannel.page.PageSupport.staffPage;
import static fi.kohtaamo.webchannel.page.PageSupport.texts;

/**
 * Registering a client (a person, an organisation or a community) on a page: the fields the
 * registry's register API takes, POSTed (an identity code must never reach a URL). The registry
 * decides; its refusal is shown beside the field it names, and when it answers that the identity
 * code or business id is held already (409 with {@code existingId}), the page links to that client
 * so the administrator opens it rather than registering it twice. Before that, a client whose name is
 * like one the registry holds with the same e-mail or phone is asked about first
 * ({@code POST /api/v1/clients/candidates}, audited with {@link #CANDIDATES_PURPOSE}): "Is it one of
 * these?" links to each, and the administrator registers a new one anyway with the form's second
 * button ({@code confirmed}). Who may: {@link StaffPageGuard}.
 */
@Path("/registry/clients/new")
@Produces(MediaType.TEXT_HTML)
public class RegistryNewClientPages {

    private static final Logger LOG = Logger.getLogger(RegistryNewClientPages.class);
    static final List<String> KINDS = List.of("PERSON", "ORGANISATION", "COMMUNITY");
    /** What the registry records as the purpose of looking for similar clients before registering. */
    static final String CANDIDATES_PURPOSE = "Registry administration: similar clients before registering";
    static final List<String> SIZE_CLASSES = List.of("", "MICRO", "SMALL", "MEDIUM", "LARGE");
    /** The text fields and the longest value each may have, as the register API takes them. */
    private static final Map<String, Integer> FIELDS = fields();

    private final RegistryAdminClient registry;
    private final PageFrame frame;

    public RegistryNewClientPages(@RestClient RegistryAdminClient registry, PageFrame frame) {
        this.registry = registry;
        this.frame = frame;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance newClient(PageContext page, Map<String, String> form, List<String> kinds,
                                                 List<String> languages, List<String> sizeClasses, String existingId,
                                                 List<RegistryAdminClient.Candidate> candidates, Map<String, String> errors);
    }

    private static Map<String, Integer> fields() {
        Map<String, Integer> fields = new LinkedHashMap<>();
        fields.put("firstName", 100);
        fields.put("lastName", 100);
        fields.put("name", 200);
        fields.put("identityCode", 11);
        fields.put("businessId", 9);
        fields.put("organisationType", 50);
        fields.put("emails", 2000);
        fields.put("phones", 2000);
        fields.put("municipalityCode", 3);
        fields.put("industryCode", 5);
        return fields;
    }

    @GET
    public Response form(@QueryParam("lang") String lang, @CookieParam(Language.COOKIE) String remembered,
                         @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        return page(Map.of("kind", "PERSON", "preferredLanguage", "fi"), null, List.of(), Map.of(), language, lang, uri, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(MultivaluedMap<String, String> form, @CookieParam(Language.COOKIE) String remembered,
                             @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        Map<String, String> values = formValues(form);
        Map<String, String> errors = check(values);
        if (!errors.isEmpty()) {
            return page(values, null, List.of(), errors, language, null, uri, 400);
        }
        boolean person = "PERSON".equals(values.get("kind"));
        try {
            List<RegistryAdminClient.Candidate> similar = "yes".equals(values.get("confirmed")) ? List.of() : candidates(values, person);
            if (!similar.isEmpty()) {
                return page(values, null, similar, Map.of(), language, null, uri, 200);
            }
            RegistryAdminClient.Client registered = registry.register(new RegistryAdminClient.Registration(values.get("kind"),
                    person ? blankToNull(values.get("firstName")) : null, person ? blankToNull(values.get("lastName")) : null,
                    person ? null : blankToNull(values.get("name")), person ? blankToNull(values.get("identityCode")) : null,
                    person ? null : blankToNull(values.get("businessId")),
                    person ? null : blankToNull(values.get("organisationType")), values.get("preferredLanguage"),
                    commaList(values.getOrDefault("emails", "")), commaList(values.getOrDefault("phones", "")),
                    blankToNull(values.get("municipalityCode")), person ? null : blankToNull(values.get("industryCode")),
                    person ? null : blankToNull(values.get("sizeClass"))));
            return redirect("/registry/clients/" + registered.id() + "?notice=client_registered");
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 400 || status == 409) {
                String field = problem(e).path("violations").path(0).path("field").asText("").replaceFirst("\\[\\d+]$", "");
                String named = FIELDS.containsKey(field) || field.equals("sizeClass") || field.equals("preferredLanguage")
                        ? field : "form";
                String existing = status == 409 && PageSupport.uuidOrNull(problem(e).path("existingId").asText("")) != null
                        ? problem(e).path("existingId").asText() : null;
                String key = status == 409 ? "reg_error_client_duplicate" : named.equals("form") ? "error_generic" : "reg_error_client_field";
                return page(values, existing, List.of(), Map.of(named, key), language, null, uri, status == 409 ? 409 : 400);
            }
            LOG.warnf("client registry: %s", e.getMessage());
            return PageSupport.unavailable(frame.context(language, uri), language);
        } catch (ProcessingException e) {
            LOG.warnf("client registry: %s", e.getMessage());
            return PageSupport.unavailable(frame.context(language, uri), language);
        }
    }

    /** What the page can tell before asking: a known kind, language and size, names of the kind, lengths, no NUL. */
    static Map<String, String> check(Map<String, String> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        String kind = values.getOrDefault("kind", "");
        if (!KINDS.contains(kind)) {
            errors.put("kind", "reg_error_client_field");
        }
        for (String field : "PERSON".equals(kind) ? List.of("firstName", "lastName") : List.of("name")) {
            if (values.getOrDefault(field, "").isBlank()) {
                errors.put(field, "reg_error_client_name");
            }
        }
        FIELDS.forEach((field, longest) -> {
            String value = values.getOrDefault(field, "");
            if (value.length() > longest || value.indexOf('\0') >= 0) {
                errors.putIfAbsent(field, field.startsWith("first") || field.startsWith("last") || field.equals("name")
                        ? "reg_error_client_name" : "reg_error_client_field");
            }
        });
        if (!values.getOrDefault("municipalityCode", "").matches("(\\d{3})?")) {
            errors.put("municipalityCode", "reg_error_client_municipality");
        }
        if (!Language.SUPPORTED.contains(values.getOrDefault("preferredLanguage", ""))) {
            errors.put("preferredLanguage", "reg_error_client_field");
        }
        if (!SIZE_CLASSES.contains(values.getOrDefault("sizeClass", ""))) {
            errors.put("sizeClass", "reg_error_client_field");
        }
        return errors;
    }

    /**
     * The clients the registry holds with a name like this one's and its first e-mail or phone; none
     * to ask about without an e-mail or phone, or when the registry finds the query itself wrong (the
     * registration then says which field).
     */
    private List<RegistryAdminClient.Candidate> candidates(Map<String, String> values, boolean person) {
        String email = commaList(values.getOrDefault("emails", "")).stream().findFirst().orElse(null);
        String phone = commaList(values.getOrDefault("phones", "")).stream().findFirst().orElse(null);
        if (email == null && phone == null) {
            return List.of();
        }
        try {
            return registry.candidates(new RegistryAdminClient.CandidateQuery(person ? values.get("firstName") : null,
                    person ? values.get("lastName") : null, person ? null : values.get("name"), email, phone, CANDIDATES_PURPOSE));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 400) {
                return List.of();
            }
            throw e;
        }
    }

    private Response page(Map<String, String> form, String existingId, List<RegistryAdminClient.Candidate> candidates,
                          Map<String, String> errors, String language, String explicit, UriInfo uri, int status) {
        return staffPage(Templates.newClient(frame.context(language, uri), form, KINDS, Language.SUPPORTED, SIZE_CLASSES,
                existingId, candidates, texts(RegistryMessages.class, errors, language)), language, explicit, status);
    }
}
