package fi.kohtaamo.catalogue.rest;

import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.catalogue.domain.Channel;
import fi.kohtaamo.catalogue.service.Admins;
import fi.kohtaamo.catalogue.service.ChannelAdmin;
import fi.kohtaamo.problem.RequestValues;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import java.util.List;
import fi.kohtaamo.catalogue.service.CatalogueQueries;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.UUID;

@Path("/api/v1/channels")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Channels")
public class ChannelResource {

    private final CatalogueQueries queries;
    private final ChannelAdmin admin;
    private final Callers callers;

    public ChannelResource(CatalogueQueries queries, ChannelAdmin admin, Callers callers) {
        this.queries = queries;
        this.admin = admin;
        this.callers = callers;
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "A service channel with its hours and whether it is open now (Europe/Helsinki)")
    public ServiceResponses.ChannelView get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Channel channel = queries.channel(id);
        return ServiceResponses.ChannelView.of(channel, Languages.pick(acceptLanguage), Instant.now());
    }

    @GET
    @Path("/own")
    @RolesAllowed(Admins.ROLE)
    @Operation(summary = "The caller's organisation's channels with their version, hours and today's periods")
    @APIResponse(responseCode = "200", description = "The organisation's channels",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ServiceResponses.OwnChannel.class)))
    public List<ServiceResponses.OwnChannel> own(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String language = Languages.pick(acceptLanguage);
        Instant now = Instant.now();
        return admin.ownChannels(callers.current()).stream().map(c -> ServiceResponses.OwnChannel.of(c, language, now)).toList();
    }

    @GET
    @Path("/own/{id}")
    @RolesAllowed(Admins.ROLE)
    @Operation(summary = "One of the caller's organisation's channels; another organisation's is 404. ETag = version.")
    @APIResponse(responseCode = "200", description = "The channel",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceResponses.OwnChannel.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The channel's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response ownChannel(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return view(admin.ownChannel(id, callers.current()), acceptLanguage);
    }

    @PUT
    @Path("/{id}/hours")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Admins.ROLE)
    @Operation(summary = "Replace a channel's weekly hours and exceptional days; If-Match with its ETag is required",
            description = "The weekly periods become the one schedule in force; times HH:mm (24:00 = midnight), periods of a "
                    + "weekday may not overlap, at most 366 exceptional days. An exceptional day is closed, open from–to, or open "
                    + "in periods [{from, to}] (at most 6, not overlapping: exceptions[0].periods[1].from names a refused one). "
                    + "428 without If-Match, 412 when stale.")
    @APIResponse(responseCode = "200", description = "The channel as changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceResponses.OwnChannel.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The channel's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response changeHours(@PathParam("id") UUID id, @NotNull ChannelHoursRequest request,
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        int version = RequestValues.requiredIfMatchVersion(ifMatch);
        Channel channel = admin.changeHours(id, version, request.toHours(), callers.current());
        return view(channel, acceptLanguage);
    }

    private static Response view(Channel channel, String acceptLanguage) {
        return Response.ok(ServiceResponses.OwnChannel.of(channel, Languages.pick(acceptLanguage), Instant.now()))
                .tag(new EntityTag(String.valueOf(channel.version))).build();
    }
}
