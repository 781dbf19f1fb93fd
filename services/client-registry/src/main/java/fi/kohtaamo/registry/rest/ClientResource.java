package fi.kohtaamo.registry.rest;

import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.problem.RequestValues;
import fi.kohtaamo.registry.domain.Client;
import fi.kohtaamo.registry.service.ClientMerges;
import fi.kohtaamo.registry.service.ClientRegistry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/clients")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clients")
public class ClientResource {

    /** A revealed identity code is kept by no cache on the way. */
    private static final jakarta.ws.rs.core.CacheControl NO_STORE = jakarta.ws.rs.core.CacheControl.valueOf("no-store");

    private final ClientRegistry registry;
    private final ClientMerges merges;
    private final Callers callers;

    public ClientResource(ClientRegistry registry, ClientMerges merges, Callers callers) {
        this.registry = registry;
        this.merges = merges;
        this.callers = callers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"registry-admin", "agent", "expert"})
    @Operation(summary = "Register a client; a known identity code, business id or sign-in subject is a 409 (audited) naming the existing client's id to registry administration only; the identity code comes back masked")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientResponses.ClientDetail.class)),
            headers = {
                    @Header(name = HttpHeaders.LOCATION, description = "The new client", schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = HttpHeaders.ETAG, description = "The client's version, for If-Match", schema = @Schema(type = SchemaType.STRING))})
    public Response register(@Valid @NotNull ClientRequest request, @Context UriInfo uri) {
        ClientRegistry.ClientView view = registry.register(request.toNewClient(), callers.current());
        return Response.created(uri.getAbsolutePathBuilder().path(view.client().id.toString()).build())
                .tag(new EntityTag(String.valueOf(view.client().version)))
                .entity(ClientResponses.ClientDetail.of(view.client(), view.identityCode(), view.segments())).build();
    }

    /** A UUID in canonical text form: a query parameter typed UUID would answer a bad one with a bare 404. */
    static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    @GET
    @Path("/{id}")
    @RolesAllowed({"agent", "expert", "supervisor", "registry-admin"})
    @Operation(summary = "Read a client's personal data, the identity code masked; the read names the contact of the reader's "
            + "organisation it serves (contactId; registry-admin may name none) and its purpose, and is audited with both; "
            + "a contact that does not concern the client or is another organisation's is a 404")
    @APIResponse(responseCode = "200", description = "The client",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientResponses.ClientDetail.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The client's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response read(@PathParam("id") UUID id,
                         @QueryParam("contactId") @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String contactId,
                         @QueryParam("purpose") @NotBlank @Size(min = 5, max = 200) @NoNul String purpose) {
        ClientRegistry.ClientView view = registry.read(id, contactId == null ? null : UUID.fromString(contactId), purpose,
                callers.current());
        return Response.ok(ClientResponses.ClientDetail.of(view.client(), view.identityCode(), view.segments()))
                .tag(new EntityTag(String.valueOf(view.client().version))).build();
    }

    /** Why the whole identity code is needed, and for which contact of the reader's organisation. */
    public record RevealRequest(UUID contactId, @NotBlank @Size(min = 10, max = 500) @NoNul String reason) {
    }

    public record RevealedIdentityCode(String identityCode) {
    }

    @POST
    @Path("/{id}/identity-code")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"agent", "expert", "supervisor", "registry-admin"})
    @Operation(summary = "Reveal a client's whole identity code: the same need to know as a read (contactId), a reason "
            + "of its own, audited as its own entry that the citizen sees; 404 when the client has none")
    @APIResponseSchema(value = RevealedIdentityCode.class, responseCode = "200")
    public Response revealIdentityCode(@PathParam("id") UUID id, @Valid @NotNull RevealRequest request) {
        String code = registry.revealIdentityCode(id, request.contactId(), request.reason(), callers.current());
        return Response.ok(new RevealedIdentityCode(code)).cacheControl(NO_STORE).build();
    }

    /** What a search carries is personal data: it travels in a body, never in a URL that access logs keep. */
    public record SearchRequest(@Size(max = 200) String q, @Size(max = 20) String identityCode, @Size(max = 20) String businessId,
                                @Size(max = 30) String phone, UUID contactId,
                                @NotBlank @Size(min = 5, max = 200) @NoNul String purpose) {
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"agent", "expert", "supervisor", "registry-admin"})
    @Operation(summary = "Find clients by name or e-mail (q), identity code, business id or phone, for the contact of the "
            + "caller's organisation it serves (contactId; registry-admin may name none; another organisation's contact is a 404); "
            + "identity codes are never listed; at most 50; every client found is audited with the contact")
    public List<ClientResponses.ClientSummary> search(@Valid @NotNull SearchRequest request) {
        return registry.search(new ClientRegistry.SearchQuery(request.q(), request.identityCode(), request.businessId(),
                        request.phone()), request.contactId(), request.purpose(), callers.current())
                .stream().map(ClientResponses.ClientSummary::of).toList();
    }

    public record ErasureRequest(@NotBlank @Size(min = 5, max = 500) String reason) {
    }

    @POST
    @Path("/{id}/erasure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("registry-admin")
    @Operation(summary = "Erase a client's personal data here and, through client.erased, in every other service")
    @APIResponse(responseCode = "204", description = "Erased here; the other services follow client.erased")
    public Response erase(@PathParam("id") UUID id, @Valid @NotNull ErasureRequest request) {
        registry.erase(id, request.reason(), callers.current());
        return Response.noContent().build();
    }

    /** The duplicate and, when the caller saw it, its version (a stale one is a 412 like the survivor's If-Match). */
    public record MergeRequest(@NotNull UUID duplicateId, @jakarta.validation.constraints.PositiveOrZero Integer duplicateVersion,
                               @NotBlank @Size(min = 5, max = 500) @NoNul String reason) {
    }

    @POST
    @Path("/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("registry-admin")
    @Operation(summary = "Merge a duplicate into this client at the version read (If-Match required: 428 without, 412 stale; "
            + "duplicateVersion, when given, checked too; both rows locked); the duplicate answers 410 with mergedInto from then on, "
            + "and client.merged tells every service to re-point")
    @APIResponse(responseCode = "200", description = "The surviving client",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientResponses.ClientDetail.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The survivor's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response merge(@PathParam("id") UUID id, @Valid @NotNull MergeRequest request,
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Client survivor = merges.merge(id, RequestValues.requiredIfMatchVersion(ifMatch), request.duplicateId(),
                request.duplicateVersion(), request.reason(), callers.current());
        return Response.ok(ClientResponses.ClientDetail.of(survivor, null, registry.segmentsOf(survivor.id)))
                .tag(new EntityTag(String.valueOf(survivor.version))).build();
    }

    public record CandidateResponse(UUID id, String displayName, double score, List<String> matchedOn) {
    }

    /** A person's first and last name, or an organisation's or community's name; an e-mail or a phone to match on. */
    public record CandidatesRequest(@Size(max = 100) @NoNul String firstName, @Size(max = 100) @NoNul String lastName,
                                    @Size(max = 200) @NoNul String name,
                                    @jakarta.validation.constraints.Email @Size(max = 254) String email,
                                    @Size(max = 30) String phone, @NotBlank @Size(min = 5, max = 200) @NoNul String purpose) {
    }

    @POST
    @Path("/candidates")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"agent", "expert", "supervisor", "registry-admin"})
    @Operation(summary = "Possible duplicates of a person (firstName and lastName) or of an organisation or community (name): "
            + "a similar name and the same e-mail or phone (each audited)")
    public List<CandidateResponse> candidates(@Valid @NotNull CandidatesRequest request) {
        String organisation = request.name() == null || request.name().isBlank() ? null : request.name().strip();
        if (organisation == null) {
            for (String field : List.of("firstName", "lastName")) {
                String value = field.equals("firstName") ? request.firstName() : request.lastName();
                if (value == null || value.isBlank()) {
                    throw fi.kohtaamo.problem.ProblemException.invalid(field, "a person's names, or an organisation's name");
                }
            }
        }
        return registry.candidates(request.firstName(), request.lastName(), organisation, request.email(), request.phone(),
                        request.purpose(), callers.current()).stream()
                .map(c -> new CandidateResponse(c.client().id, c.client().displayName(), c.score(), c.matchedOn()))
                .toList();
    }

    @PUT
    @Path("/{id}/segments/{code}")
    @RolesAllowed("registry-admin")
    @Operation(summary = "Tag a client with a segment by hand")
    public List<String> tag(@PathParam("id") UUID id, @PathParam("code") String code) {
        return registry.tag(id, code, true);
    }

    @jakarta.ws.rs.DELETE
    @Path("/{id}/segments/{code}")
    @RolesAllowed("registry-admin")
    @Operation(summary = "Remove a manual segment tag")
    public List<String> untag(@PathParam("id") UUID id, @PathParam("code") String code) {
        return registry.tag(id, code, false);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("registry-admin")
    @Operation(summary = "Correct a client; If-Match with the version read is required")
    @APIResponse(responseCode = "200", description = "The client as corrected",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientResponses.ClientDetail.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The client's new version", schema = @Schema(type = SchemaType.STRING)))
    public Response update(@PathParam("id") UUID id, @Valid @NotNull ClientRequest request,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ClientRegistry.ClientView view = registry.update(id, RequestValues.requiredIfMatchVersion(ifMatch),
                request.toNewClient(), callers.current());
        return Response.ok(ClientResponses.ClientDetail.of(view.client(), view.identityCode(), view.segments()))
                .tag(new EntityTag(String.valueOf(view.client().version))).build();
    }
}
