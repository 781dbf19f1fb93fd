package fi.kohtaamo.catalogue.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The OpenAPI shapes of the catalogue's Open311 GeoReport v2 documents, with the specification's
 * field names. Documentation only: {@link Open311Resource} writes the same fields from maps, so
 * that one writer gives both JSON and XML (in XML each list's items are elements named after it
 * in the singular: {@code <services><service>}, {@code <attributes><attribute>}).
 */
public final class Open311Documents {

    private Open311Documents() {
    }

    @Schema(name = "Open311Discovery", description = "Endpoint discovery; XML root element discovery")
    public record Discovery(String changeset, String contact, String key_service, List<Endpoint> endpoints) {
    }

    @Schema(name = "Open311Endpoint")
    public record Endpoint(String specification, String url, String changeset, String type,
                           @Schema(description = "text/xml and application/json") List<String> formats) {
    }

    @Schema(name = "Open311Service", description = "A published service; the list's XML root element is services")
    public record Service(String service_code, String service_name, String description,
                          @Schema(description = "Whether the service has attributes: GET its definition") boolean metadata,
                          String type, @Schema(description = "Comma-separated") String keywords, String group) {
    }

    @Schema(name = "Open311ServiceDefinition", description = "XML root element service_definition")
    public record ServiceDefinition(String service_code, List<Attribute> attributes) {
    }

    @Schema(name = "Open311Attribute")
    public record Attribute(boolean variable, String code,
                            @Schema(enumeration = {"string", "number", "datetime", "text", "singlevaluelist", "multivaluelist"})
                            String datatype,
                            boolean required, String datatype_description, int order, String description,
                            @Schema(description = "The choices of a singlevaluelist or multivaluelist") List<Value> values) {
    }

    @Schema(name = "Open311AttributeValue")
    public record Value(String key, String name) {
    }
}
