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

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fi.kohtaamo.webchannel.page.PageSupport.formValues;
import static fi.kohtaamo.webchannel.page.PageSupport.notFound;
import static fi.kohtaamo.webchannel.page.PageSupport.redirect;
import static fi.kohtaamo.webchannel.page.PageSupport.staffPage;
import static fi.kohtaamo.webchannel.page.PageSupport.text;
import static fi.kohtaamo.webchannel.page.PageSupport.texts;
import static fi.kohtaamo.webchannel.page.PageSupport.uuidOrNull;

/**
 * Merging a duplicate into the client whose page it starts from: the duplicate is chosen with the
 * client search (POSTed, with its audited purpose), the two records are shown side by side with
 * what happens to each, and the merge names both versions shown (the survivor's as If-Match, the
 * duplicate's as {@code duplicateVersion}), so a record changed meanwhile is a notice with the
 * current values rather than a merge decided on what is no longer there.
 */
@Path("/registry/clients/{id}/merge")
@Produces(MediaType.TEXT_HTML)
public class RegistryMergePages {

    private final RegistryAdminClient registry;
    private final PageFrame frame;

    public RegistryMergePages(@RestClient RegistryAdminClient registry, PageFrame frame) {
        this.registry = registry;
        this.frame = frame;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance merge(PageContext page, RegistryAdminClient.Client survivor, Map<String, String> form,
                                             List<RegistryClientPages.Found> found, Map<String, String> errors);

        static native TemplateInstance mergeConfirm(PageContext page, RegistryAdminClient.Client survivor,
                                                    RegistryAdminClient.Client duplicate, String reason, String notice,
                                                    Map<String, String> errors);
    }

    @GET
    public Response form(@PathParam("id") String id, @QueryParam("lang") String lang, @CookieParam(Language.COOKIE) String remembered,
                         @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(lang, remembered, accept);
        return answer(language, uri, () -> {
            RegistryAdminClient.Client survivor = read(id);
            return staffPage(Templates.merge(frame.context(language, uri), survivor, Map.of(), null, Map.of()), language, lang, 200);
        });
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response search(@PathParam("id") String id, MultivaluedMap<String, String> form, @CookieParam(Language.COOKIE) String remembered,
                           @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        Map<String, String> values = formValues(form);
        return answer(language, uri, () -> {
            RegistryAdminClient.Client survivor = read(id);
            RegistryClientPages.Searched searched = RegistryClientPages.search(registry, values);
            List<RegistryClientPages.Found> others = searched.found() == null ? null
                    : searched.found().stream().filter(f -> !f.id().equals(survivor.id().toString())).toList();
            return staffPage(Templates.merge(frame.context(language, uri), survivor, values, others,
                    texts(RegistryMessages.class, searched.errors(), language)), language, null, searched.errors().isEmpty() ? 200 : 400);
        });
    }

    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@PathParam("id") String id, MultivaluedMap<String, String> form, @CookieParam(Language.COOKIE) String remembered,
                            @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        Map<String, String> values = formValues(form);
        return answer(language, uri, () -> confirmation(id, values.get("duplicateId"), "", null, Map.of(), language, uri, 200));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response merge(@PathParam("id") String id, MultivaluedMap<String, String> form, @CookieParam(Language.COOKIE) String remembered,
                          @HeaderParam("Accept-Language") String accept, @Context UriInfo uri) {
        String language = Language.resolve(null, remembered, accept);
        Map<String, String> values = formValues(form);
        String reason = values.getOrDefault("reason", "");
        String duplicateId = values.get("duplicateId");
        return answer(language, uri, () -> {
            UUID survivorId = uuidOrNull(id);
            UUID duplicate = uuidOrNull(duplicateId);
            String version = values.getOrDefault("version", "");
            String duplicateVersion = values.getOrDefault("duplicateVersion", "");
            if (survivorId == null || duplicate == null || !version.matches("\\d{1,9}") || !duplicateVersion.matches("\\d{1,9}")) {
                return notFound(frame.context(language, uri), language);
            }
            if (reason.strip().length() < 5 || reason.length() > 500 || reason.indexOf('\0') >= 0) {
                return confirmation(id, duplicateId, reason, null, Map.of("reason", "reg_error_merge_reason"), language, uri, 400);
            }
            try {
                registry.merge(survivorId, new RegistryAdminClient.Merge(duplicate, Integer.valueOf(duplicateVersion), reason),
                        "\"" + version + "\"");
                return redirect("/registry/clients/" + survivorId + "?notice=client_merged");
            } catch (WebApplicationException e) {
                int status = e.getResponse().getStatus();
                if (status == 412 || status == 428) {
                    return confirmation(id, duplicateId, reason, "reg_merge_conflict", Map.of(), language, uri, 409);
                }
                if (status == 409) {
                    return confirmation(id, duplicateId, reason, "reg_merge_refused", Map.of(), language, uri, 409);
                }
                if (status == 400) {
                    return confirmation(id, duplicateId, reason, null, Map.of("reason", "reg_error_merge_reason"), language, uri, 400);
                }
                throw e;
            }
        });
    }

    /** Both records as the registry holds them now, side by side, with the versions the merge will name. */
    private Response confirmation(String id, String duplicateId, String reason, String notice, Map<String, String> errors,
                                  String language, UriInfo uri, int status) {
        RegistryAdminClient.Client survivor = read(id);
        RegistryAdminClient.Client duplicate = read(duplicateId);
        if (survivor.id().equals(duplicate.id())) {
            return notFound(frame.context(language, uri), language);
        }
        return staffPage(Templates.mergeConfirm(frame.context(language, uri), survivor, duplicate, reason,
                notice == null ? null : text(RegistryMessages.class, notice, language),
                texts(RegistryMessages.class, errors, language)), language, null, status);
    }

    /** A client by the id given; an id that is none, or a client the registry does not show, is the 404 page. */
    private RegistryAdminClient.Client read(String id) {
        UUID uuid = uuidOrNull(id);
        if (uuid == null) {
            throw new WebApplicationException(404);
        }
        return registry.client(uuid, RegistryClientPages.READ_PURPOSE);
    }

    private Response answer(String language, UriInfo uri, java.util.function.Supplier<Response> page) {
        return RegistryClientPages.answered(frame, language, uri, page);
    }
}
