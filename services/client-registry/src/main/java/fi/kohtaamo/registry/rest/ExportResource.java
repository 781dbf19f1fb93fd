package fi.kohtaamo.registry.rest;

import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.registry.domain.DataExport;
import fi.kohtaamo.registry.service.DataExports;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** GDPR exports of a client, by registry administration (a citizen asks through /api/v1/me/exports). */
@Path("/api/v1/clients/{id}/exports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "GDPR")
@RolesAllowed("registry-admin")
public class ExportResource {

    private final DataExports exports;
    private final Callers callers;

    public ExportResource(DataExports exports, Callers callers) {
        this.exports = exports;
        this.callers = callers;
    }

    @POST
    @Operation(summary = "Export everything the platform holds on the client: 202, then follow the Location until COMPLETE")
    @APIResponse(responseCode = "202", description = "Accepted: the export is being gathered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportResponses.ExportResponse.class)),
            headers = @Header(name = HttpHeaders.LOCATION, description = "The export, to follow until COMPLETE", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    public Response request(@PathParam("id") UUID clientId, @Context UriInfo uri) {
        DataExports.ExportView view = exports.request(clientId, DataExport.RequestedVia.ADMINISTRATION, callers.current());
        return Response.accepted(ExportResponses.ExportResponse.of(view))
                .location(uri.getAbsolutePathBuilder().path(view.export().id.toString()).build()).build();
    }

    @GET
    @Operation(summary = "The client's exports and their status")
    public List<ExportResponses.ExportResponse> list(@PathParam("id") UUID clientId) {
        return exports.exportsOf(clientId).stream().map(ExportResponses.ExportResponse::of).toList();
    }

    @GET
    @Path("/{exportId}")
    @Operation(summary = "An export with its document: the registry's part and every service's part received (audited)")
    public ExportResponses.ExportResponse read(@PathParam("id") UUID clientId, @PathParam("exportId") UUID exportId) {
        return ExportResponses.ExportResponse.of(exports.read(clientId, exportId, callers.current()));
    }
}
