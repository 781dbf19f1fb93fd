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
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fi.kohtaamo.webchannel.page.PageSupport.blankToNull;
import static fi.kohtaamo.webchannel.page.PageSupport.commaList;
import static fi.kohtaamo.webchannel.page.PageSupport.formValues;
import static fi.kohtaamo.webchannel.page.PageSupport.notFound;
import static fi.kohtaamo.webchannel.page.PageSupport.problem;
import static fi.kohtaamo.webchannel.page.PageSupport.redirect;
import static fi.kohtaamo.webchannel.page.PageSupport.staffPage;
import static fi.kohtaamo.webchannel.page.PageSupport.text;
import static fi.kohtaamo.webchannel.page.PageSupport.texts;
import static fi.kohtaamo.webchannel.page.PageSupport.uuidOrNull;

/**
 * Registry administration's clients: a search (POSTed, since names, identity codes and e-mails
 * must never reach a URL, with the purpose the registry audits every hit with) and a client's page
 * with its details and a correction naming the version shown (If-Match). A stale correction shows
 * the current values with a notice. The client's page reads with a fixed purpose, so opening it is
 * audited as every read is. The page also shows the client's relations known to the administrator's
 * agency (each removed at the version shown, If-Match; one is added on {@link RegistryRelationPages})
 * and, for an organisation or community, its stakeholder roles towards that agency as check boxes,
 * saved at the version read (the roles' ETag). Who may open the pages: {@link StaffPageGuard}.
 */
@Path("/registry/clients")
@Produces(MediaType.TEXT_HTML)
public class RegistryClientPages {

    private static final Logger LOG = Logger.getLogger(RegistryClientPages.class);
    /** What the registry records as the purpose of opening a client's page. */
    static final String READ_PURPOSE = "Registry administration: the client's record";
    private static final List<String> CRITERIA = List.of("q", "identityCode", "businessId", "phone");
    private static final List<String> CORRECTED = List.of("firstName", "lastName", "name", "emails", "phones",
            "municipalityCode", "preferredLanguage");

    /** The notices a redirect after a change may name, by their texts. */
    private static final Map<String, String> NOTICES = Map.of("client_corrected", "reg_notice_client_corrected",
            "client_registered", "reg_notice_client_registered", "client_merged", "reg_notice_client_merged",
            "relation_added", "reg_notice_relation_added", "relation_removed", "reg_notice_relation_removed",
            "roles_set", "reg_notice_roles_set");

    /** The stakeholder roles the registry knows, in the order the check boxes show them. */
    static final List<String> ROLES = List.of("CLIENT", "PARTNER", "SERVICE_PRODUCER", "STEERING_BODY");

    private final RegistryAdminClient registry;
    private final PageFrame frame;
    private final JsonWebToken token;

    public RegistryClientPages(@RestClient RegistryAdminClient registry, PageFrame frame, JsonWebToken token) {
        this.registry = registry;
        this.frame = frame;
        this.token = token;
    }

    /**
     * What the client's page shows beside the record: its relations, and (for an organisation or
     * community, when the administrator's agency is known) its roles towards that agency with the
     * roles' version for If-Match; a notice of the relations' own.
     */
    public record Related(List<RelationRow> relations, boolean holdsRoles, String agency, List<RoleBox> roles,
                          String rolesVersion, String relationsNotice) {
    }

    /** A relation as the page shows it: the other party (linked), the kind, since when and until when, its version. */
    public record RelationRow(String id, String kind, String otherId, String otherName, String validFrom, String validUntil,
                              int version) {
    }

    /** A role's check box: held (and since when) or not. */
    public record RoleBox(String code, boolean held, String since) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance clients(PageContext page, Map<String, String> form, List<Found> found,
                                               Map<String, String> errors);

        static native TemplateInstance client(PageContext page, RegistryAdminClient.Client client, Map<String, String> form,
                                              List<String> languages, String notice, Map<String, String> errors, Related related);
    }

    /** A client found, as the result table shows it. */
    public record Found(String id, String kind, String name, String municipality) {
    }

    @GET
    public Response searchForm(@QueryParam("lang") String lang, @CookieParam(Language.COOKIE) String remembered,
                               @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        return staffPage(Templates.clients(frame.context(language, uri), Map.of(), null, Map.of()), language, lang, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response search(MultivaluedMap<String, String> form, @CookieParam(Language.COOKIE) String remembered,
                           @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        Map<String, String> values = formValues(form);
        try {
            Searched searched = search(registry, values);
            return searchPage(values, searched.found(), searched.errors(), language, uri, searched.errors().isEmpty() ? 200 : 400);
        } catch (WebApplicationException | ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    /** A search's clients found, or (found null) the refusals to show beside the fields. */
    record Searched(List<Found> found, Map<String, String> errors) {
    }

    /**
     * The search as this page and the merge's choice of a duplicate make it: the criteria and the
     * purpose checked, then the registry asked; its 400 is a refusal beside the field it names.
     */
    static Searched search(RegistryAdminClient registry, Map<String, String> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (CRITERIA.stream().allMatch(field -> values.getOrDefault(field, "").isEmpty())) {
            errors.put("q", "reg_error_client_criteria");
        }
        CRITERIA.forEach(field -> {
            String value = values.getOrDefault(field, "");
            if (value.length() > (field.equals("q") ? 200 : 30) || value.indexOf('\0') >= 0) {
                errors.put(field, "reg_error_client_criterion");
            }
        });
        String purpose = values.getOrDefault("purpose", "");
        if (purpose.length() < 5 || purpose.length() > 200 || purpose.indexOf('\0') >= 0) {
            errors.put("purpose", "reg_error_client_purpose");
        }
        if (!errors.isEmpty()) {
            return new Searched(null, errors);
        }
        try {
            return new Searched(registry.search(new RegistryAdminClient.Search(blankToNull(values.get("q")),
                            blankToNull(values.get("identityCode")), blankToNull(values.get("businessId")),
                            blankToNull(values.get("phone")), purpose)).stream()
                    .map(f -> new Found(f.id().toString(), f.kind(), f.displayName(), f.municipalityCode())).toList(), Map.of());
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() != 400) {
                throw e;
            }
            String field = problem(e).path("violations").path(0).path("field").asText("");
            String named = CRITERIA.contains(field) || field.equals("purpose") ? field : "q";
            return new Searched(null, Map.of(named, "reg_error_client_criterion"));
        }
    }

    private Response searchPage(Map<String, String> values, List<Found> found, Map<String, String> errors, String language,
                                UriInfo uri, int status) {
        return staffPage(Templates.clients(frame.context(language, uri), values, found,
                texts(RegistryMessages.class, errors, language)), language, null, status);
    }

    @GET
    @Path("/{id}")
    public Response client(@PathParam("id") String id, @QueryParam("notice") String notice, @QueryParam("lang") String lang,
                           @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                           @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        String noticeText = notice != null && NOTICES.containsKey(notice) ? text(RegistryMessages.class, NOTICES.get(notice), language) : null;
        return shown(uuidOrNull(id), noticeText, language, lang, uri, 200);
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response correct(@PathParam("id") String id, MultivaluedMap<String, String> form,
                            @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                            @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        UUID clientId = uuidOrNull(id);
        Map<String, String> values = formValues(form);
        String version = values.getOrDefault("version", "");
        if (clientId == null) {
            return notFound(frame.context(language, uri), language);
        }
        try {
            RegistryAdminClient.Client current = registry.client(clientId, READ_PURPOSE);
            Map<String, String> errors = check(current, values, version);
            if (!errors.isEmpty()) {
                return page(current, values, null, errors, language, null, uri, 400);
            }
            registry.correct(clientId, correction(current, values), "\"" + version + "\"");
            return redirect("/registry/clients/" + clientId + "?notice=client_corrected");
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 412 || status == 428) {
                return shown(clientId, text(RegistryMessages.class, "reg_client_conflict", language), language, null, uri, 409);
            }
            if (status == 400) {
                return refused(clientId, values, fieldOf(e), language, uri);
            }
            return failed(e, language, uri);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    /** What the page can tell before asking: the fields of the client's kind, a version, no NUL. */
    private static Map<String, String> check(RegistryAdminClient.Client current, Map<String, String> values, String version) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!version.matches("\\d{1,9}")) {
            errors.put("form", "error_generic");
        }
        boolean person = "PERSON".equals(current.kind());
        for (String field : person ? List.of("firstName", "lastName") : List.of("name")) {
            String value = values.getOrDefault(field, "");
            if (value.isEmpty() || value.length() > (person ? 100 : 200)) {
                errors.put(field, "reg_error_client_name");
            }
        }
        if (!values.getOrDefault("municipalityCode", "").matches("(\\d{3})?")) {
            errors.put("municipalityCode", "reg_error_client_municipality");
        }
        if (!Language.SUPPORTED.contains(values.getOrDefault("preferredLanguage", ""))) {
            errors.put("preferredLanguage", "reg_error_client_field");
        }
        for (String field : CORRECTED) {
            String value = values.getOrDefault(field, "");
            if (value.indexOf('\0') >= 0 || value.length() > 2000) {
                errors.put(field, "reg_error_client_field");
            }
        }
        return errors;
    }

    /** The record as held, with the corrected fields of the form; the identity code (null) stays as it is. */
    private static RegistryAdminClient.Correction correction(RegistryAdminClient.Client current, Map<String, String> values) {
        boolean person = "PERSON".equals(current.kind());
        return new RegistryAdminClient.Correction(current.kind(), person ? values.get("firstName") : null,
                person ? values.get("lastName") : null, person ? null : values.get("name"), current.businessId(),
                current.organisationType(), values.get("preferredLanguage"), current.preferredChannels(),
                commaList(values.getOrDefault("emails", "")), commaList(values.getOrDefault("phones", "")),
                current.addresses(), blankToNull(values.get("municipalityCode")), current.industryCode(), current.sizeClass());
    }

    /** The registry's refusal beside the field it names: emails[1] → emails. */
    private static String fieldOf(WebApplicationException e) {
        String bare = problem(e).path("violations").path(0).path("field").asText("").replaceFirst("\\[\\d+]$", "");
        return CORRECTED.contains(bare) ? bare : "form";
    }

    private Response refused(UUID id, Map<String, String> values, String field, String language, UriInfo uri) {
        RegistryAdminClient.Client current = registry.client(id, READ_PURPOSE);
        return page(current, values, null, Map.of(field, field.equals("form") ? "error_generic" : "reg_error_client_field"),
                language, null, uri, 400);
    }

    private Response shown(UUID id, String notice, String language, String explicit, UriInfo uri, int status) {
        if (id == null) {
            return notFound(frame.context(language, uri), language);
        }
        try {
            RegistryAdminClient.Client client = registry.client(id, READ_PURPOSE);
            return page(client, currentForm(client), notice, Map.of(), language, explicit, uri, status);
        } catch (WebApplicationException e) {
            int code = e.getResponse().getStatus();
            return failed(e, language, uri);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    private Response page(RegistryAdminClient.Client client, Map<String, String> form, String notice, Map<String, String> errors,
                          String language, String explicit, UriInfo uri, int status) {
        return page(client, form, notice, errors, null, language, explicit, uri, status);
    }

    private Response page(RegistryAdminClient.Client client, Map<String, String> form, String notice, Map<String, String> errors,
                          String relationsNotice, String language, String explicit, UriInfo uri, int status) {
        Map<String, String> shownForm = new LinkedHashMap<>(form);
        shownForm.put("version", form.getOrDefault("version", String.valueOf(client.version())));
        return staffPage(Templates.client(frame.context(language, uri), client, shownForm, Language.SUPPORTED, notice,
                texts(RegistryMessages.class, errors, language), related(client, relationsNotice, language)), language, explicit, status);
    }

    /** The client's relations and roles as the registry shows them to the administrator's agency. */
    private Related related(RegistryAdminClient.Client client, String relationsNotice, String language) {
        boolean person = "PERSON".equals(client.kind());
        String agency = organisation();
        if (agency == null) {
            // The registry shows relations and roles of one's own agency only: an account naming none sees none.
            return new Related(List.of(), !person, null, List.of(), null,
                    relationsNotice == null ? null : text(RegistryMessages.class, relationsNotice, language));
        }
        List<RelationRow> rows = registry.relations(client.id(), READ_PURPOSE).stream()
                .map(r -> person
                        ? new RelationRow(r.id().toString(), r.kind(), r.organisationId().toString(), r.organisationName(),
                        dateOf(r.validFrom()), dateOf(r.validUntil()), r.version())
                        : new RelationRow(r.id().toString(), r.kind(), r.personId().toString(), r.personName(),
                        dateOf(r.validFrom()), dateOf(r.validUntil()), r.version()))
                .toList();
        if (person) {
            return new Related(rows, !person, agency, List.of(), null,
                    relationsNotice == null ? null : text(RegistryMessages.class, relationsNotice, language));
        }
        Response answer = registry.roles(client.id());
        List<RegistryAdminClient.Role> held = answer.readEntity(new jakarta.ws.rs.core.GenericType<List<RegistryAdminClient.Role>>() {
        });
        String version = versionOf(answer.getHeaderString("ETag"));
        List<RoleBox> boxes = ROLES.stream().map(code -> held.stream().filter(r -> r.role().equals(code)).findFirst()
                .map(r -> new RoleBox(code, true, dateOf(r.since()))).orElse(new RoleBox(code, false, ""))).toList();
        return new Related(rows, true, agency, boxes, version,
                relationsNotice == null ? null : text(RegistryMessages.class, relationsNotice, language));
    }

    /** The version in an ETag ({@code "3"} or {@code W/"3"}); "" when there is none. */
    private static String versionOf(String etag) {
        return etag == null ? "" : etag.replaceFirst("^W/", "").replace("\"", "");
    }

    private static String dateOf(java.time.LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** The administrator's own agency, whose roles and relations the page shows; null when the token names none. */
    private String organisation() {
        Object org = token.getClaim("org");
        return org == null || org.toString().isBlank() ? null : org.toString();
    }

    @POST
    @Path("/{id}/roles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setRoles(@PathParam("id") String id, MultivaluedMap<String, String> form,
                             @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                             @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        UUID clientId = uuidOrNull(id);
        String version = formValues(form).getOrDefault("version", "");
        List<String> chosen = form.getOrDefault("role", List.of());
        String agency = organisation();
        if (clientId == null || agency == null) {
            return notFound(frame.context(language, uri), language);
        }
        try {
            if (!version.matches("\\d{1,9}") || !ROLES.containsAll(chosen)) {
                return shownWith(clientId, Map.of("roles", "reg_error_relation_field"), null, language, uri, 400);
            }
            registry.setRoles(clientId, agency, new RegistryAdminClient.Roles(chosen.stream().distinct().toList()),
                    "\"" + version + "\"");
            return redirect("/registry/clients/" + clientId + "?notice=roles_set");
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 412 || status == 428) {
                return shownWith(clientId, Map.of("roles", "reg_roles_conflict"), null, language, uri, 409);
            }
            if (status == 400) {
                return shownWith(clientId, Map.of("roles", "reg_error_relation_field"), null, language, uri, 400);
            }
            return failed(e, language, uri);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    /** A relation removed, named by the form ({@code relationId}, {@code version}) at the version shown. */
    @POST
    @Path("/{id}/relation-removal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeRelation(@PathParam("id") String id, MultivaluedMap<String, String> form,
                                   @CookieParam(Language.COOKIE) String remembered, @HeaderParam("Accept-Language") String accept,
                                   @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        UUID clientId = uuidOrNull(id);
        Map<String, String> values = formValues(form);
        UUID relation = uuidOrNull(values.get("relationId"));
        String version = values.getOrDefault("version", "");
        if (clientId == null || relation == null || !version.matches("\\d{1,9}")) {
            return notFound(frame.context(language, uri), language);
        }
        try {
            registry.unrelate(clientId, relation, "\"" + version + "\"");
            return redirect("/registry/clients/" + clientId + "?notice=relation_removed");
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            // Changed or removed meanwhile: the relations as they are now, with a notice; the client's own 404 follows in shownWith.
            if (status == 412 || status == 428 || status == 404) {
                return shownWith(clientId, Map.of(), "reg_relation_conflict", language, uri, 409);
            }
            return failed(e, language, uri);
        } catch (ProcessingException e) {
            return unavailable(e, language, uri);
        }
    }

    /** The client's page as the registry holds it now, with refusals or a notice of the relations'. */
    private Response shownWith(UUID id, Map<String, String> errors, String relationsNotice, String language, UriInfo uri, int status) {
        try {
            RegistryAdminClient.Client client = registry.client(id, READ_PURPOSE);
            return page(client, currentForm(client), null, errors, relationsNotice, language, null, uri, status);
        } catch (WebApplicationException e) {
            int code = e.getResponse().getStatus();
            return failed(e, language, uri);
        }
    }

    /** The correction form filled with the record as held. */
    private static Map<String, String> currentForm(RegistryAdminClient.Client client) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("firstName", orBlank(client.firstName()));
        form.put("lastName", orBlank(client.lastName()));
        form.put("name", orBlank(client.name()));
        form.put("emails", String.join(", ", orEmpty(client.emails())));
        form.put("phones", String.join(", ", orEmpty(client.phones())));
        form.put("municipalityCode", orBlank(client.municipalityCode()));
        form.put("preferredLanguage", client.preferredLanguage() == null ? "fi" : client.preferredLanguage());
        form.put("version", String.valueOf(client.version()));
        return form;
    }

    private static String orBlank(String value) {
        return value == null ? "" : value;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** A client the registry does not show (404, 403, 410) is the 404 page; anything else, the registry unavailable. */
    private Response failed(WebApplicationException e, String language, UriInfo uri) {
        int code = e.getResponse().getStatus();
        return code == 404 || code == 403 || code == 410 ? notFound(frame.context(language, uri), language) : unavailable(e, language, uri);
    }

    /**
     * A page of a client's own (adding a relation) built from the client the id names: an id that
     * is none or a client the registry does not show is the 404 page, an unreachable registry the
     * unavailable page.
     */
    static Response ofClient(RegistryAdminClient registry, PageFrame frame, String id, String language, UriInfo uri,
                             java.util.function.Function<RegistryAdminClient.Client, Response> page) {
        return answered(frame, language, uri, () -> {
            UUID uuid = uuidOrNull(id);
            if (uuid == null) {
                throw new WebApplicationException(404);
            }
            return page.apply(registry.client(uuid, READ_PURPOSE));
        });
    }

    /** A page that asks the registry: a client it does not show (404, 403, 410) is the 404 page, no answer the unavailable page. */
    static Response answered(PageFrame frame, String language, UriInfo uri, java.util.function.Supplier<Response> page) {
        try {
            return page.get();
        } catch (WebApplicationException e) {
            int code = e.getResponse().getStatus();
            if (code == 404 || code == 403 || code == 410) {
                return notFound(frame.context(language, uri), language);
            }
            LOG.warnf("client registry: %s", e.getMessage());
            return PageSupport.unavailable(frame.context(language, uri), language);
        } catch (ProcessingException e) {
            LOG.warnf("client registry: %s", e.getMessage());
            return PageSupport.unavailable(frame.context(language, uri), language);
        }
    }

    private Response unavailable(RuntimeException e, String language, UriInfo uri) {
        LOG.warnf("client registry: %s", e.getMessage());
        return PageSupport.unavailable(frame.context(language, uri), language);
    }
}
