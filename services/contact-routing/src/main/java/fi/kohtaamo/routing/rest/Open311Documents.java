package fi.kohtaamo.routing.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * The OpenAPI shapes of the Open311 GeoReport v2 service request documents, with the
 * specification's field names. Documentation only: {@link Open311RequestResource} writes the same
 * fields from maps, so that one writer gives both JSON and XML (in XML a list is
 * {@code <service_requests><request>}).
 */
public final class Open311Documents {

    private Open311Documents() {
    }

    @Schema(name = "Open311ServiceRequest", description = "A service request; status_notes only to the organisation that resolved it")
    public record ServiceRequest(String service_request_id, @Schema(enumeration = {"open", "closed"}) String status,
                                 String status_notes, String service_name, String service_code, String description,
                                 String agency_responsible, String service_notice,
                                 @Schema(description = "W3C datetime") String requested_datetime,
                                 @Schema(description = "W3C datetime") String updated_datetime,
                                 @Schema(description = "W3C datetime") String expected_datetime,
                                 String address, String address_id, String zipcode, BigDecimal lat,
                                 @Schema(name = "long") BigDecimal longitude, String media_url) {
    }

    @Schema(name = "Open311CreatedRequest", description = "The answer to a POST: the request's id and token")
    public record Created(String service_request_id, String token, String service_notice, String account_id) {
    }

    @Schema(name = "Open311RequestToken", description = "The service_request_id a token stands for")
    public record Token(String service_request_id, String token) {
    }

    @Schema(name = "Open311NewRequest", description = "A POST's form fields. Each answer to the service definition's "
            + "attributes is a field of its own, attribute[code]=value, and attribute[code][]=value repeated for a "
            + "multivaluelist; the document cannot name them, as they differ by service.")
    public record NewRequest(@Schema(required = true) String api_key, String jurisdiction_id,
                             @Schema(required = true) String service_code,
                             @Schema(description = "WGS84; lat and long, address_string or address_id is required") BigDecimal lat,
                             @Schema(name = "long", description = "WGS84") BigDecimal longitude,
                             String address_string, String address_id, String email, String account_id,
                             String first_name, String last_name, String phone,
                             @Schema(maxLength = 4000) String description, String media_url,
                             @Schema(description = "true to show the request in public lists") Boolean publish) {
    }
}
