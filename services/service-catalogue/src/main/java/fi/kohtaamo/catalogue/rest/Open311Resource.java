package fi.kohtaamo.catalogue.rest;

import fi.kohtaamo.catalogue.domain.AttributeDefinition;
import fi.kohtaamo.catalogue.domain.CatalogueService;
import fi.kohtaamo.catalogue.domain.ClassificationKind;
import fi.kohtaamo.catalogue.domain.Localized;
import fi.kohtaamo.catalogue.domain.PublishingStatus;
import fi.kohtaamo.catalogue.repository.ServiceRepository;
import fi.kohtaamo.problem.Open311Format;
import io.smallrye.config.ConfigMapping;
import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Open311 GeoReport v2 service discovery and service definitions (http://wiki.open311.org/GeoReport_v2),
 * in {@code .json} and {@code .xml}, with the specification's field names, datatypes and error
 * documents. Service requests themselves belong to contact routing.
 */
@Path("/open311/v2")
@PermitAll
@Tag(name = "Open311")
@Transactional(Transactional.TxType.SUPPORTS)
public class Open311Resource {

    private static final DateTimeFormatter CHANGESET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final ServiceRepository services;
    private final Open311Config config;

    public Open311Resource(ServiceRepository services, Open311Config config) {
        this.services = services;
        this.config = config;
    }

    @ConfigMapping(prefix = "kohtaamo.open311")
    public interface Open311Config {
        /** The one jurisdiction this endpoint serves; requests naming another get a 404 error document. */
        String jurisdictionId();

        /** The public base URL of the endpoint, as discovery announces it. */
        String endpointUrl();

        String contact();
    }

    @GET
    @Path("discovery.{format}")
    @Operation(summary = "Open311 endpoint discovery")
    @APIResponse(responseCode = "200", description = "The discovery document, in the path's format", content = {
            @Content(mediaType = Open311Format.JSON_MEDIA_TYPE, schema = @Schema(implementation = Open311Documents.Discovery.class)),
            @Content(mediaType = Open311Format.XML_MEDIA_TYPE, schema = @Schema(implementation = Open311Documents.Discovery.class))})
    public Response discovery(@PathParam("format") String format) {
        Open311Format open311 = Open311Format.of(format);
        if (open311 == null) {
            return unsupportedFormat();
        }
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
        endpoint.put("url", config.endpointUrl());
        endpoint.put("changeset", changeset());
        endpoint.put("type", "production");
        endpoint.put("formats", List.of("text/xml", "application/json"));
        Map<String, Object> discovery = new LinkedHashMap<>();
        discovery.put("changeset", changeset());
        discovery.put("contact", config.contact());
        discovery.put("key_service", "Agency systems sign in with OAuth 2.0 client credentials; api_key is issued by the agency");
        discovery.put("endpoints", List.of(endpoint));
        return open311.ok(discovery, "discovery", Map.of("endpoints", "endpoint", "formats", "format"));
    }

    @GET
    @Path("services.{format}")
    @Operation(summary = "Open311 service list: every published service")
    @APIResponse(responseCode = "200", description = "Every published service, in the path's format", content = {
            @Content(mediaType = Open311Format.JSON_MEDIA_TYPE, schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Documents.Service.class)),
            @Content(mediaType = Open311Format.XML_MEDIA_TYPE, schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Documents.Service.class))})
    public Response services(@PathParam("format") String format, @QueryParam("jurisdiction_id") String jurisdiction,
                             @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Open311Format open311 = Open311Format.of(format);
        if (open311 == null) {
            return unsupportedFormat();
        }
        if (unknownJurisdiction(jurisdiction)) {
            return open311.error(404, "jurisdiction_id " + jurisdiction + " is not served here");
        }
        String language = Languages.pick(acceptLanguage);
        List<Map<String, Object>> list = services.listPublished(null).stream().map(service -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("service_code", service.code);
            item.put("service_name", Localized.of(service.name).inOrFallback(language));
            item.put("description", Localized.of(service.summary).inOrFallback(language));
            item.put("metadata", !service.attributes.isEmpty());
            item.put("type", "realtime");
            item.put("keywords", service.classifications(ClassificationKind.KEYWORD).stream()
                    .map(keyword -> keyword.label().inOrFallback(language)).collect(Collectors.joining(", ")));
            item.put("group", service.group.name());
            return item;
        }).toList();
        return open311.ok(list, "services", Map.of("", "service"));
    }

    @GET
    @Path("services/{code}.{format}")
    @Operation(summary = "Open311 service definition: the extra attributes a request for this service carries")
    @APIResponse(responseCode = "200", description = "The service definition, in the path's format", content = {
            @Content(mediaType = Open311Format.JSON_MEDIA_TYPE, schema = @Schema(implementation = Open311Documents.ServiceDefinition.class)),
            @Content(mediaType = Open311Format.XML_MEDIA_TYPE, schema = @Schema(implementation = Open311Documents.ServiceDefinition.class))})
    public Response definition(@PathParam("code") String code, @PathParam("format") String format,
                               @QueryParam("jurisdiction_id") String jurisdiction,
                               @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Open311Format open311 = Open311Format.of(format);
        if (open311 == null) {
            return unsupportedFormat();
        }
        if (unknownJurisdiction(jurisdiction)) {
            return open311.error(404, "jurisdiction_id " + jurisdiction + " is not served here");
        }
        CatalogueService service = services.findByCode(code)
                .filter(found -> found.status == PublishingStatus.PUBLISHED).orElse(null);
        if (service == null) {
            return open311.error(404, "service_code " + code + " not found");
        }
        String language = Languages.pick(acceptLanguage);
        List<Map<String, Object>> attributes = service.attributes.stream()
                .sorted(Comparator.comparingInt(AttributeDefinition::order)).map(attribute -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("variable", true);
                    item.put("code", attribute.code());
                    item.put("datatype", attribute.datatype().open311());
                    item.put("required", attribute.required());
                    item.put("datatype_description", attribute.datatype() == AttributeDefinition.Datatype.DATE
                            ? "ISO 8601 date, e.g. 2026-11-28" : null);
                    item.put("order", attribute.order());
                    item.put("description", attribute.description() == null ? "" : attribute.description().inOrFallback(language));
                    if (attribute.datatype().hasChoices()) {
                        item.put("values", attribute.values().stream().map(choice -> {
                            Map<String, Object> value = new LinkedHashMap<>();
                            value.put("key", choice.key());
                            value.put("name", choice.name() == null ? choice.key() : choice.name().inOrFallback(language));
                            return value;
                        }).toList());
                    }
                    return item;
                }).toList();
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("service_code", service.code);
        definition.put("attributes", attributes);
        return open311.ok(definition, "service_definition", Map.of("attributes", "attribute", "values", "value"));
    }

    private boolean unknownJurisdiction(String jurisdiction) {
        return jurisdiction != null && !jurisdiction.isBlank() && !jurisdiction.equals(config.jurisdictionId());
    }

    private static Response unsupportedFormat() {
        return Open311Format.unsupported();
    }

    /**
     * The discovery document's "last time this document was changed": when the GeoReport API these
     * endpoints serve last changed. A constant, so that a client comparing changesets refetches only
     * after a real change; raise it with every change of the Open311 endpoints or their behaviour.
     */
    static final Instant API_CHANGED = Instant.parse("2026-12-05T00:00:00Z");

    private static String changeset() {
        return CHANGESET.format(API_CHANGED.atOffset(ZoneOffset.UTC));
    }
}
