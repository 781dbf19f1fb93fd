package fi.kohtaamo.catalogue.rest;

import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.catalogue.domain.CatalogueService;
import fi.kohtaamo.catalogue.domain.ChannelType;
import fi.kohtaamo.catalogue.domain.ServiceGroup;
import fi.kohtaamo.catalogue.repository.ServiceRepository;
import fi.kohtaamo.catalogue.repository.ServiceSearch;
import fi.kohtaamo.catalogue.service.Admins;
import fi.kohtaamo.catalogue.service.CatalogueAdmin;
import fi.kohtaamo.catalogue.service.CatalogueQueries;
import fi.kohtaamo.problem.RequestValues;
import fi.kohtaamo.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@Path("/api/v1/services")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Services")
public class ServiceResource {

    private final CatalogueQueries queries;
    private final CatalogueAdmin admin;
    private final Callers callers;

    public ServiceResource(CatalogueQueries queries, CatalogueAdmin admin, Callers callers) {
        this.queries = queries;
        this.admin = admin;
        this.callers = callers;
    }

    @GET
    @PermitAll
    @Operation(summary = "Search published services",
            description = "Text in any of the three languages (names, summaries, keywords); filters by group, target group "
                    + "and life event (PTV codes), organisation, municipality (Statistics Finland code; nationwide services "
                    + "match every municipality), channel type and channel language. Paged: X-Total-Count and Link headers. "
                    + "Accept-Language picks each item's title.")
    @APIResponse(responseCode = "200", description = "One page of services",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ServiceResponses.ServiceSummary.class)),
            headers = {
                    @Header(name = "X-Total-Count", description = "Services matching, on every page", schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = "Link", description = "rel=next and rel=prev pages, where there are", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.CONTENT_LANGUAGE, description = "The language of the titles", schema = @Schema(type = SchemaType.STRING))})
    public Response list(@QueryParam("q") String text, @QueryParam("group") String group,
                         @QueryParam("targetGroup") String targetGroup, @QueryParam("lifeEvent") String lifeEvent,
                         @QueryParam("organisation") String organisation, @QueryParam("municipality") String municipality,
                         @QueryParam("channelType") String channelType, @QueryParam("language") String language,
                         @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                         @QueryParam("size") @DefaultValue("100") @Min(1) @Max(500) int size,
                         @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage, @Context UriInfo uri) {
        if (language != null && !List.of("fi", "sv", "en").contains(language)) {
            throw ProblemException.invalid("language", "must be fi, sv or en");
        }
        if (municipality != null && !municipality.matches("\\d{3}")) {
            throw ProblemException.invalid("municipality", "a three-digit Statistics Finland municipality code");
        }
        ServiceSearch search = new ServiceSearch(text, parse(ServiceGroup.class, "group", group), blank(targetGroup),
                blank(lifeEvent), blank(organisation), municipality, parse(ChannelType.class, "channelType", channelType),
                language);
        ServiceRepository.Found found = queries.search(search, page, size);
        String labels = Languages.pick(acceptLanguage);
        Response.ResponseBuilder response = Response.ok(found.services().stream()
                        .map(service -> ServiceResponses.ServiceSummary.of(service, labels)).toList())
                .header("X-Total-Count", found.total())
                .header("Content-Language", labels);
        List<String> links = new java.util.ArrayList<>();
        if ((long) (page + 1) * size < found.total()) {
            links.add("<" + uri.getRequestUriBuilder().replaceQueryParam("page", page + 1).build() + ">; rel=\"next\"");
        }
        if (page > 0) {
            links.add("<" + uri.getRequestUriBuilder().replaceQueryParam("page", page - 1).build() + ">; rel=\"prev\"");
        }
        if (!links.isEmpty()) {
            response.header("Link", String.join(", ", links));
        }
        return response.build();
    }

    @GET
    @Path("/own")
    @RolesAllowed(Admins.ROLE)
    @Operation(summary = "Every service of the caller's organisation in any status, with the translations each lacks")
    @APIResponse(responseCode = "200", description = "The organisation's services by code",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ServiceResponses.ServiceSummary.class)))
    public List<ServiceResponses.ServiceSummary> own(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String labels = Languages.pick(acceptLanguage);
        return admin.ownServices(callers.current()).stream().map(service -> ServiceResponses.ServiceSummary.of(service, labels)).toList();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "A service with its channels, their hours and whether each is open now",
            description = "Drafts and withdrawn services are visible to catalogue admins of their organisation only. ETag = version.")
    @APIResponse(responseCode = "200", description = "The service",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceResponses.ServiceDetail.class)),
            headers = {
                    @Header(name = HttpHeaders.ETAG, description = "The service's version, for If-Match", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.CONTENT_LANGUAGE, description = "The language of title and texts", schema = @Schema(type = SchemaType.STRING))})
    public Response get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        CatalogueService service = queries.service(id, callers.current());
        return detail(service, acceptLanguage, Response.Status.OK);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Admins.ROLE)
    @Operation(summary = "Create a service of the caller's organisation as a draft")
    @APIResponse(responseCode = "201", description = "Created as a draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceResponses.ServiceDetail.class)),
            headers = {
                    @Header(name = HttpHeaders.LOCATION, description = "The new service", schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = HttpHeaders.ETAG, description = "The service's version, for If-Match", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.CONTENT_LANGUAGE, description = "The language of title and texts", schema = @Schema(type = SchemaType.STRING))})
    public Response create(@Valid @NotNull ServiceRequest request, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                           @Context UriInfo uri) {
        CatalogueService service = admin.create(request.toDraft(), callers.current());
        return Response.fromResponse(detail(service, acceptLanguage, Response.Status.CREATED))
                .location(uri.getAbsolutePathBuilder().path(service.id.toString()).build()).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Admins.ROLE)
    @Operation(summary = "Replace a service's content; If-Match with its ETag is required")
    @APIResponse(responseCode = "200", description = "The service as replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceResponses.ServiceDetail.class)),
            headers = {
                    @Header(name = HttpHeaders.ETAG, description = "The service's version, for If-Match", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.CONTENT_LANGUAGE, description = "The language of title and texts", schema = @Schema(type = SchemaType.STRING))})
    public Response update(@PathParam("id") UUID id, @Valid @NotNull ServiceRequest request,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        CatalogueService service = admin.update(id, RequestValues.requiredIfMatchVersion(ifMatch), request.toDraft(), callers.current());
        return detail(service, acceptLanguage, Response.Status.OK);
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Admins.ROLE)
    @Operation(summary = "Publish a draft or withdrawn service (If-Match optional)")
    @APIResponse(responseCode = "200", description = "The service, published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceResponses.ServiceDetail.class)),
            headers = {
                    @Header(name = HttpHeaders.ETAG, description = "The service's version, for If-Match", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.CONTENT_LANGUAGE, description = "The language of title and texts", schema = @Schema(type = SchemaType.STRING))})
    public Response publish(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        CatalogueService service = admin.publish(id, RequestValues.ifMatchVersion(ifMatch), callers.current());
        return detail(service, acceptLanguage, Response.Status.OK);
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed(Admins.ROLE)
    @Operation(summary = "Withdraw a published service (If-Match optional)")
    @APIResponse(responseCode = "200", description = "The service, withdrawn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceResponses.ServiceDetail.class)),
            headers = {
                    @Header(name = HttpHeaders.ETAG, description = "The service's version, for If-Match", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.CONTENT_LANGUAGE, description = "The language of title and texts", schema = @Schema(type = SchemaType.STRING))})
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        CatalogueService service = admin.withdraw(id, RequestValues.ifMatchVersion(ifMatch), callers.current());
        return detail(service, acceptLanguage, Response.Status.OK);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed(Admins.ROLE)
    @Operation(summary = "Every version of a service: who changed what, when")
    public List<CatalogueAdmin.HistoryEntry> history(@PathParam("id") UUID id) {
        return admin.history(id, callers.current());
    }

    private static Response detail(CatalogueService service, String acceptLanguage, Response.Status status) {
        String language = Languages.pick(acceptLanguage);
        return Response.status(status)
                .entity(ServiceResponses.ServiceDetail.of(service, language, Instant.now()))
                .tag(new EntityTag(String.valueOf(service.version)))
                .header("Content-Language", language)
                .build();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
