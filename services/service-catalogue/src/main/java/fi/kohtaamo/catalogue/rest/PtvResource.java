package fi.kohtaamo.catalogue.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.catalogue.domain.ServiceGroup;
import fi.kohtaamo.catalogue.service.Admins;
import fi.kohtaamo.catalogue.service.PtvExchange;
import fi.kohtaamo.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import fi.kohtaamo.problem.NulCharacters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Exchange with the national service catalogue (Suomi.fi Palvelutietovaranto, open API v11 shapes). */
@Path("/api/v1/ptv")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "PTV")
@RolesAllowed(Admins.ROLE)
public class PtvResource {

    private final PtvExchange exchange;
    private final Callers callers;
    private final ObjectMapper mapper;

    public PtvResource(PtvExchange exchange, Callers callers, ObjectMapper mapper) {
        this.exchange = exchange;
        this.callers = callers;
        this.mapper = mapper;
    }

    @GET
    @Path("/export")
    @Operation(summary = "The caller's organisation, its service channels and services in PTV v11 JSON")
    @APIResponse(responseCode = "200", description = "The PTV document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PtvDocumentSchema.class)))
    public ObjectNode export() {
        return exchange.export(callers.current(), mapper);
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a document in the export's shape; only differences change anything",
            description = "New services need defaultGroup (one of the six service groups) and defaultQueue, which PTV does not carry. "
                    + "With dryRun=true nothing is written: the answer is the plan (new, changed with its fields, unchanged) "
                    + "that the same request without dryRun would carry out.")
    public PtvExchange.ImportResult importDocument(
            @RequestBody(required = true, description = "A PTV v11 document in the shape GET /api/v1/ptv/export gives",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PtvDocumentSchema.class)))
            @NotNull JsonNode document, @QueryParam("defaultGroup") String defaultGroup,
            @QueryParam("defaultQueue") String defaultQueue, @QueryParam("dryRun") String dryRun) {
        if (dryRun != null && !dryRun.matches("true|false")) {
            throw ProblemException.invalid("dryRun", "must be true or false");
        }
        requirePtvDocument(document);
        ServiceGroup group = null;
        if (defaultGroup != null) {
            try {
                group = ServiceGroup.valueOf(defaultGroup);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("defaultGroup", "must be one of the six service groups");
            }
        }
        if (defaultQueue != null && (defaultQueue.isBlank() || defaultQueue.length() > 100)) {
            throw ProblemException.invalid("defaultQueue", "1-100 characters");
        }
        return "true".equals(dryRun) ? exchange.preview(document, group, defaultQueue, callers.current())
                : exchange.importDocument(document, group, defaultQueue, callers.current());
    }

    /** An object with at least one of the three sections, each a list of objects, and no NUL. */
    static void requirePtvDocument(JsonNode document) {
        if (!document.isObject()) {
            throw ProblemException.invalid("body", "a JSON object with organizations, serviceChannels and services");
        }
        boolean any = false;
        for (String section : SECTIONS) {
            JsonNode items = document.get(section);
            if (items == null || items.isNull()) {
                continue;
            }
            any = true;
            if (!items.isArray()) {
                throw ProblemException.invalid(section, "must be a list of PTV objects");
            }
            for (int i = 0; i < items.size(); i++) {
                if (!items.get(i).isObject()) {
                    throw ProblemException.invalid(section + "[" + i + "]", "must be a PTV object");
                }
            }
        }
        if (!any) {
            throw ProblemException.invalid("body", "a PTV document has organizations, serviceChannels or services");
        }
        NulCharacters.refuseIn(document);
    }

    private static final java.util.List<String> SECTIONS = java.util.List.of("organizations", "serviceChannels", "services");
}
