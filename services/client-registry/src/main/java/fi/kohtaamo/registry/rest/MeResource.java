package fi.kohtaamo.registry.rest;

import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.registry.domain.Client;
import fi.kohtaamo.registry.domain.DataExport;
import fi.kohtaamo.registry.domain.ErasureRequest;
import fi.kohtaamo.registry.service.ClientRegistry;
import fi.kohtaamo.registry.service.DataExports;
import fi.kohtaamo.registry.service.ErasureRequests;
import fi.kohtaamo.registry.service.Relations;
import fi.kohtaamo.problem.RequestValues;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** A signed-in citizen's own record, and who has read it. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
@RolesAllowed("citizen")
public class MeResource {

    private final ClientRegistry registry;
    private final DataExports exports;
    private final ErasureRequests erasureRequests;
    private final Relations relations;
    private final Callers callers;

    public MeResource(ClientRegistry registry, DataExports exports, ErasureRequests erasureRequests, Relations relations,
                      Callers callers) {
        this.registry = registry;
        this.exports = exports;
        this.erasureRequests = erasureRequests;
        this.relations = relations;
        this.callers = callers;
    }

    private Client own() {
        return registry.requireOwnRecord(callers.current().subject());
    }

    @GET
    @Path("/relations")
    @Operation(summary = "The organisations I act for, in every agency's records")
    public List<RelationResource.RelationResponse> myRelations() {
        return relations.ownRelations(own().id).stream().map(RelationResource.RelationResponse::of).toList();
    }

    @POST
    @Path("/exports")
    @Operation(summary = "Ask for everything the platform holds on me: 202, then follow the Location until COMPLETE")
    @APIResponse(responseCode = "202", description = "Accepted: the export is being gathered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportResponses.ExportResponse.class)),
            headers = @Header(name = HttpHeaders.LOCATION, description = "The export, to follow until COMPLETE", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    public Response requestExport(@Context UriInfo uri) {
        DataExports.ExportView view = exports.request(own().id, DataExport.RequestedVia.SELF, callers.current());
        return Response.accepted(ExportResponses.ExportResponse.of(view))
                .location(uri.getAbsolutePathBuilder().path(view.export().id.toString()).build()).build();
    }

    @GET
    @Path("/exports")
    @Operation(summary = "My exports and their status")
    public List<ExportResponses.ExportResponse> myExports() {
        return exports.exportsOf(own().id).stream().map(ExportResponses.ExportResponse::of).toList();
    }

    @GET
    @Path("/exports/{exportId}")
    @Operation(summary = "One of my exports with its document")
    public ExportResponses.ExportResponse myExport(@PathParam("exportId") UUID exportId) {
        return ExportResponses.ExportResponse.of(exports.read(own().id, exportId, null));
    }

    public record ErasureRequestBody(@Size(max = 1000) @NoNul String reason) {
    }

    @POST
    @Path("/erasure-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask to be forgotten; registry administration decides and the outcome shows in GET")
    @APIResponse(responseCode = "202", description = "Accepted: registry administration decides",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExportResponses.ErasureRequestResponse.class)),
            headers = @Header(name = HttpHeaders.LOCATION, description = "The request", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    public Response requestErasure(@Valid ErasureRequestBody body, @Context UriInfo uri) {
        ErasureRequest request = erasureRequests.request(callers.current().subject(), body == null ? null : body.reason());
        return Response.accepted(ExportResponses.ErasureRequestResponse.of(request))
                .location(uri.getAbsolutePathBuilder().path(request.id.toString()).build()).build();
    }

    @GET
    @Path("/erasure-requests")
    @Operation(summary = "My erasure requests and their outcome (also after the erasure)")
    public List<ExportResponses.ErasureRequestResponse> myErasureRequests() {
        return erasureRequests.mine(callers.current().subject()).stream().map(ExportResponses.ErasureRequestResponse::of).toList();
    }

    @GET
    @Operation(summary = "My record (the identity code is never sent back, only the date of birth)",
            description = "segmentChannels: the channels my segments prefer, first segment (by code) first, each once.")
    @APIResponse(responseCode = "200", description = "My record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientResponses.ClientDetail.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response me() {
        Client client = own();
        return Response.ok(ClientResponses.ClientDetail.of(client, null, registry.segmentsOf(client.id), registry.segmentChannelsOf(client.id)))
                .tag(new EntityTag(String.valueOf(client.version))).build();
    }

    public record Correction(@NotNull @Pattern(regexp = "fi|sv|en", message = "must be fi, sv or en") String preferredLanguage,
                             List<@Pattern(regexp = "WEB|EMAIL|PHONE|LETTER|IN_PERSON|CHAT", message = "not a channel") String> preferredChannels,
                             @Size(max = 5) List<@Email @NotNull @Size(max = 254) String> emails,
                             @Size(max = 5) List<@Pattern(regexp = "\\+?[0-9][0-9 ()-]{4,24}", message = "must be a phone number") String> phones,
                             @Size(max = 5) List<@Valid @NotNull AddressRequest> addresses,
                             @Pattern(regexp = "\\d{3}", message = "a three-digit municipality code") String municipalityCode) {
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct my contact details and preferences; If-Match with the version read is required (428 without, 412 when stale)")
    @APIResponse(responseCode = "200", description = "My record as corrected",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientResponses.ClientDetail.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The record's new version", schema = @Schema(type = SchemaType.STRING)))
    public Response correct(@Valid @NotNull Correction correction, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Client client = registry.correctOwn(callers.current().subject(), RequestValues.requiredIfMatchVersion(ifMatch),
                correction.preferredLanguage(), orEmpty(correction.preferredChannels()), orEmpty(correction.emails()),
                orEmpty(correction.phones()), AddressRequest.toAddresses(correction.addresses()), correction.municipalityCode());
        return Response.ok(ClientResponses.ClientDetail.of(client, null, registry.segmentsOf(client.id), registry.segmentChannelsOf(client.id)))
                .tag(new EntityTag(String.valueOf(client.version))).build();
    }

    @GET
    @Path("/access-log")
    @Operation(summary = "Who has read my data: organisation, role, when and why")
    public List<ClientResponses.AccessRecord> accessLog() {
        return registry.readsOfOwnRecord(callers.current().subject()).stream().map(ClientResponses.AccessRecord::of).toList();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
