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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fi.kohtaamo.webchannel.page.PageSupport.formValues;
import static fi.kohtaamo.webchannel.page.PageSupport.problem;
import static fi.kohtaamo.webchannel.page.PageSupport.redirect;
import static fi.kohtaamo.webchannel.page.PageSupport.staffPage;
import static fi.kohtaamo.webchannel.page.PageSupport.texts;
import static fi.kohtaamo.webchannel.page.PageSupport.uuidOrNull;

/**
 * Adding a relation to the client whose page it starts from: the other party (an organisation or
 * community for a person, a person for an organisation) is chosen with the client search (POSTed,
 * with its audited purpose; no id is typed by hand), then the kind and the validity period. The
 * registry records it in the administrator's own agency; one recorded already (409) and the
 * registry's 400 are shown beside the field they concern, with the search's results again.
 */
@Path("/registry/clients/{id}/relations")
@Produces(MediaType.TEXT_HTML)
public class RegistryRelationPages {

    static final List<String> KINDS = List.of("REPRESENTATIVE", "CONTACT_PERSON", "EMPLOYEE", "OWNER", "BOARD_MEMBER");

    private final RegistryAdminClient registry;
    private final PageFrame frame;

    public RegistryRelationPages(@RestClient RegistryAdminClient registry, PageFrame frame) {
        this.registry = registry;
        this.frame = frame;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance relation(PageContext page, RegistryAdminClient.Client client, Map<String, String> form,
                                                List<RegistryClientPages.Found> found, List<String> kinds,
                                                Map<String, String> errors);
    }

    @GET
    public Response form(@PathParam("id") String id, @QueryParam("lang") String lang, @CookieParam(Language.COOKIE) String remembered,
                         @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        return RegistryClientPages.ofClient(registry, frame, id, language, uri,
                client -> page(client, Map.of(), null, Map.of(), language, lang, uri, 200));
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response search(@PathParam("id") String id, MultivaluedMap<String, String> form, @CookieParam(Language.COOKIE) String remembered,
                           @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        Map<String, String> values = formValues(form);
        return RegistryClientPages.ofClient(registry, frame, id, language, uri, client -> {
            RegistryClientPages.Searched searched = RegistryClientPages.search(registry, values);
            return page(client, values, otherParties(client, searched), searched.errors(), language, null, uri,
                    searched.errors().isEmpty() ? 200 : 400);
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("id") String id, MultivaluedMap<String, String> form, @CookieParam(Language.COOKIE) String remembered,
                        @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        Map<String, String> values = formValues(form);
        return RegistryClientPages.ofClient(registry, frame, id, language, uri, client -> {
            Map<String, String> errors = check(values);
            if (errors.isEmpty()) {
                UUID other = UUID.fromString(values.get("otherId"));
                boolean person = "PERSON".equals(client.kind());
                try {
                    registry.relate(person ? client.id() : other, new RegistryAdminClient.NewRelation(person ? other : client.id(),
                            values.get("kind"), date(values.get("validFrom")), date(values.get("validUntil"))));
                    return redirect("/registry/clients/" + client.id() + "?notice=relation_added");
                } catch (WebApplicationException e) {
                    int status = e.getResponse().getStatus();
                    if (status == 409) {
                        errors.put("otherId", "reg_relation_exists");
                    } else if (status == 400) {
                        errors.put(fieldOf(e), "reg_error_relation_field");
                    } else {
                        throw e;
                    }
                }
            }
            return researched(client, values, errors, language, uri, errors.containsValue("reg_relation_exists") ? 409 : 400);
        });
    }

    /** What the page can tell before asking: a party chosen, a known kind, dates in order. */
    private static Map<String, String> check(Map<String, String> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (uuidOrNull(values.get("otherId")) == null) {
            errors.put("otherId", "reg_error_relation_party");
        }
        if (!KINDS.contains(values.getOrDefault("kind", ""))) {
            errors.put("kind", "reg_error_relation_kind");
        }
        LocalDate from = null;
        for (String field : List.of("validFrom", "validUntil")) {
            try {
                LocalDate date = date(values.get(field));
                if (field.equals("validFrom")) {
                    from = date;
                } else if (date != null && from != null && date.isBefore(from)) {
                    errors.put(field, "reg_error_relation_date");
                }
            } catch (DateTimeParseException e) {
                errors.put(field, "reg_error_relation_date");
            }
        }
        return errors;
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }

    /** The registry's refusal beside the field it names: either party's id is the party chosen. */
    private static String fieldOf(WebApplicationException e) {
        String field = problem(e).path("violations").path(0).path("field").asText("");
        return switch (field) {
            case "organisationId", "personId" -> "otherId";
            case "kind", "validFrom", "validUntil" -> field;
            default -> "form";
        };
    }

    /** The page again after a refusal, with the search's results as they are now (searched again with the same purpose). */
    private Response researched(RegistryAdminClient.Client client, Map<String, String> values, Map<String, String> errors,
                                String language, UriInfo uri, int status) {
        RegistryClientPages.Searched searched = RegistryClientPages.search(registry, values);
        Map<String, String> all = new LinkedHashMap<>(searched.errors());
        all.putAll(errors);
        return page(client, values, otherParties(client, searched), all, language, null, uri, status);
    }

    /** The clients found that can be the other party: organisations and communities for a person, persons for the others. */
    private static List<RegistryClientPages.Found> otherParties(RegistryAdminClient.Client client, RegistryClientPages.Searched searched) {
        boolean person = "PERSON".equals(client.kind());
        return searched.found() == null ? null : searched.found().stream()
                .filter(f -> !f.id().equals(client.id().toString()) && "PERSON".equals(f.kind()) != person).toList();
    }

    private Response page(RegistryAdminClient.Client client, Map<String, String> form, List<RegistryClientPages.Found> found,
                          Map<String, String> errors, String language, String explicit, UriInfo uri, int status) {
        return staffPage(Templates.relation(frame.context(language, uri), client, form, found, KINDS,
                texts(RegistryMessages.class, errors, language)), language, explicit, status);
    }
}
