package fi.kohtaamo.routing.rest;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.problem.Open311Format;
import fi.kohtaamo.problem.NulCharacters;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.routing.config.RoutingConfig;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactStatus;
import fi.kohtaamo.routing.domain.KnownService;
import fi.kohtaamo.routing.service.ContactIntake;
import fi.kohtaamo.routing.service.NewContact;
import fi.kohtaamo.routing.service.Open311Requests;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Open311 GeoReport v2 service requests (http://wiki.open311.org/GeoReport_v2): POST requests
 * (form-encoded, api_key required), GET requests with the specification's filters and defaults,
 * GET requests/{id} and GET tokens/{token}, each in .json and .xml, errors as Open311 error arrays.
 * Service discovery and definitions are the catalogue's.
 */
@Path("/open311/v2")
@PermitAll
@Tag(name = "Open311")
public class Open311RequestResource {

    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\]]+)\\](\\[\\])?");
    private static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final Map<String, String> ITEMS = Map.of("", "request");
    /** GeoReport v2: start_date and end_date "may not span more than 90 days". */
    static final Duration MAX_SPAN = Duration.ofDays(Open311Requests.DEFAULT_DAYS);

    private final Open311Requests requests;
    private final ContactIntake intake;
    private final RoutingConfig config;

    public Open311RequestResource(Open311Requests requests, ContactIntake intake, RoutingConfig config) {
        this.requests = requests;
        this.intake = intake;
        this.config = config;
    }

    @POST
    @Path("requests.{format}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Open311: create a service request (form-encoded; api_key, service_code, a location, description)")
    @APIResponse(responseCode = "200", description = "The created request: one item, in the path's format", content = {
            @Content(mediaType = Open311Format.JSON_MEDIA_TYPE, schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Documents.Created.class)),
            @Content(mediaType = Open311Format.XML_MEDIA_TYPE, schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Documents.Created.class))})
    @APIResponse(responseCode = "403", description = "api_key missing or not valid", content = {
            @Content(mediaType = Open311Format.JSON_MEDIA_TYPE, schema = @Schema(ref = "Open311Errors")),
            @Content(mediaType = Open311Format.XML_MEDIA_TYPE, schema = @Schema(ref = "Open311Errors"))})
    public Response create(@PathParam("format") String format,
                           @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                                   schema = @Schema(implementation = Open311Documents.NewRequest.class)))
                           MultivaluedMap<String, String> form,
                           @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Open311Format open311 = Open311Format.of(format);
        Response refused = refused(open311, form.getFirst("jurisdiction_id"));
        if (refused != null) {
            return refused;
        }
        // A form body is not JSON, so the problem-details request filter does not see it.
        String nul = NulCharacters.nulFieldIn(form, "form");
        if (nul != null) {
            return open311.error(400, nul + " must not contain the NUL character");
        }
        Optional<Caller> client = requests.client(form.getFirst("api_key"));
        if (client.isEmpty()) {
            return open311.error(403, "api_key missing or not valid");
        }
        String serviceCode = text(form, "service_code");
        if (serviceCode == null) {
            return open311.error(400, "service_code is required");
        }
        Optional<KnownService> service = requests.service(serviceCode).filter(KnownService::acceptsContacts);
        if (service.isEmpty()) {
            return open311.error(404, "service_code " + serviceCode + " not found");
        }
        BigDecimal latitude;
        BigDecimal longitude;
        try {
            latitude = coordinate(form, "lat", 90);
            longitude = coordinate(form, "long", 180);
        } catch (IllegalArgumentException e) {
            return open311.error(400, e.getMessage());
        }
        String address = text(form, "address_string");
        String addressId = text(form, "address_id");
        if ((latitude == null || longitude == null) && address == null && addressId == null) {
            return open311.error(400, "a location is required: lat and long, address_string or address_id");
        }
        // Optional in GeoReport v2: a service code, a location and the attributes may say it all.
        String description = Objects.requireNonNullElse(text(form, "description"), "");
        if (description.length() > 4000) {
            return open311.error(400, "description must be at most 4000 characters");
        }
        String name = String.join(" ", java.util.stream.Stream.of(text(form, "first_name"), text(form, "last_name"))
                .filter(java.util.Objects::nonNull).toList());
        NewContact contact = new NewContact(service.get().serviceId, description, language(acceptLanguage), null,
                name.isBlank() ? null : name, text(form, "email"), text(form, "phone"), null, attributes(form),
                new NewContact.Location(latitude, longitude, address, addressId, text(form, "media_url")),
                "true".equalsIgnoreCase(text(form, "publish")));
        ContactIntake.Received received;
        try {
            received = intake.receive(contact, client.get(), null);
        } catch (ProblemException e) {
            return open311.error(e.problem().status(), describe(e));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("service_request_id", received.contact().trackingCode);
        answer.put("token", received.contact().id.toString());
        answer.put("service_notice", null);
        answer.put("account_id", text(form, "account_id"));
        return open311.ok(List.of(answer), "service_requests", ITEMS);
    }

    @GET
    @Path("requests.{format}")
    @Operation(summary = "Open311: service requests (submitted through Open311) by id, service, dates and status; "
            + "by default the last 90 days, at most 1000")
    @APIResponse(responseCode = "200", description = "The requests found, in the path's format", content = {
            @Content(mediaType = Open311Format.JSON_MEDIA_TYPE, schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Documents.ServiceRequest.class)),
            @Content(mediaType = Open311Format.XML_MEDIA_TYPE, schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Documents.ServiceRequest.class))})
    public Response list(@PathParam("format") String format, @QueryParam("service_request_id") String ids,
                         @QueryParam("service_code") String serviceCodes, @QueryParam("start_date") String start,
                         @QueryParam("end_date") String end, @QueryParam("status") String status,
                         @QueryParam("jurisdiction_id") String jurisdiction, @QueryParam("api_key") String apiKey,
                         @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Open311Format open311 = Open311Format.of(format);
        Response refused = refused(open311, jurisdiction);
        if (refused != null) {
            return refused;
        }
        String fullFor = organisationOf(apiKey);
        List<ContactStatus> statuses = new ArrayList<>();
        for (String one : split(status)) {
            switch (one.toLowerCase(Locale.ROOT)) {
                case "open" -> statuses.addAll(List.of(ContactStatus.QUEUED, ContactStatus.ASSIGNED,
                        ContactStatus.WAITING_FOR_CLIENT));
                case "closed" -> statuses.addAll(List.of(ContactStatus.RESOLVED, ContactStatus.CLOSED));
                default -> {
                    return open311.error(400, "status must be open or closed");
                }
            }
        }
        Instant from;
        Instant to;
        try {
            from = date("start_date", start);
            to = date("end_date", end);
        } catch (IllegalArgumentException e) {
            return open311.error(400, e.getMessage());
        }
        if (from != null && to != null && from.isAfter(to)) {
            return open311.error(400, "start_date must not be after end_date");
        }
        // The specification's limit; an open end is now, so a start_date long ago needs an end_date.
        if (from != null && Duration.between(from, to != null ? to : Instant.now()).compareTo(MAX_SPAN) > 0) {
            return open311.error(400, "start_date and end_date may span at most " + MAX_SPAN.toDays() + " days");
        }
        // Tracking codes are upper case; requests/{id} finds one in any case, and so does the list.
        List<String> codes = split(ids).stream().map(id -> id.toUpperCase(Locale.ROOT)).toList();
        List<Contact> found = requests.list(new Open311Requests.Query(codes, split(serviceCodes), from, to, statuses, fullFor));
        return open311.ok(describe(found, language(acceptLanguage), fullFor), "service_requests", ITEMS);
    }

    @GET
    @Path("requests/{id}.{format}")
    @Operation(summary = "Open311: one service request")
    @APIResponse(responseCode = "200", description = "The request: one item, in the path's format", content = {
            @Content(mediaType = Open311Format.JSON_MEDIA_TYPE, schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Documents.ServiceRequest.class)),
            @Content(mediaType = Open311Format.XML_MEDIA_TYPE, schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Documents.ServiceRequest.class))})
    public Response get(@PathParam("id") String id, @PathParam("format") String format,
                        @QueryParam("jurisdiction_id") String jurisdiction, @QueryParam("api_key") String apiKey,
                        @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Open311Format open311 = Open311Format.of(format);
        Response refused = refused(open311, jurisdiction);
        if (refused != null) {
            return refused;
        }
        String fullFor = organisationOf(apiKey);
        List<Contact> found = requests.list(new Open311Requests.Query(List.of(id.toUpperCase(Locale.ROOT)), List.of(),
                null, null, List.of(), fullFor));
        if (found.isEmpty()) {
            return open311.error(404, "service_request_id " + id + " not found");
        }
        return open311.ok(describe(found, language(acceptLanguage), fullFor), "service_requests", ITEMS);
    }

    /** The organisation of a valid api_key, which sees its own requests whole; null for the public. */
    private String organisationOf(String apiKey) {
        return requests.client(apiKey).map(Caller::organisation).orElse(null);
    }

    @GET
    @Path("tokens/{token}.{format}")
    @Operation(summary = "Open311: the service_request_id of a token")
    @APIResponse(responseCode = "200", description = "The request's id: one item, in the path's format", content = {
            @Content(mediaType = Open311Format.JSON_MEDIA_TYPE, schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Documents.Token.class)),
            @Content(mediaType = Open311Format.XML_MEDIA_TYPE, schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Documents.Token.class))})
    public Response token(@PathParam("token") String token, @PathParam("format") String format,
                          @QueryParam("jurisdiction_id") String jurisdiction) {
        Open311Format open311 = Open311Format.of(format);
        Response refused = refused(open311, jurisdiction);
        if (refused != null) {
            return refused;
        }
        Optional<Contact> contact;
        try {
            contact = requests.byToken(UUID.fromString(token));
        } catch (IllegalArgumentException e) {
            contact = Optional.empty();
        }
        if (contact.isEmpty()) {
            return open311.error(404, "token " + token + " not found");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("service_request_id", contact.get().trackingCode);
        answer.put("token", token);
        return open311.ok(List.of(answer), "service_requests", ITEMS);
    }

    /** Each request; the resolution's justification only to the organisation that wrote it. */
    private List<Map<String, Object>> describe(List<Contact> contacts, String language, String fullFor) {
        Map<UUID, KnownService> services = requests.servicesOf(contacts);
        return contacts.stream().map(contact -> {
            KnownService service = contact.serviceId == null ? null : services.get(contact.serviceId);
            boolean closed = contact.status == ContactStatus.RESOLVED || contact.status == ContactStatus.CLOSED;
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("service_request_id", contact.trackingCode);
            item.put("status", closed ? "closed" : "open");
            boolean own = fullFor != null && fullFor.equals(contact.organisation);
            item.put("status_notes", closed && own ? contact.resolutionJustification : null);
            item.put("service_name", service == null ? null : name(service, language));
            item.put("service_code", service == null ? null : service.code);
            item.put("description", contact.description);
            item.put("agency_responsible", contact.organisation);
            item.put("service_notice", null);
            item.put("requested_datetime", w3c(contact.receivedAt));
            item.put("updated_datetime", w3c(contact.updatedAt != null ? contact.updatedAt : contact.receivedAt));
            item.put("expected_datetime", w3c(contact.resolutionDue));
            item.put("address", contact.addressString);
            item.put("address_id", contact.addressId);
            item.put("zipcode", null);
            item.put("lat", contact.latitude);
            item.put("long", contact.longitude);
            item.put("media_url", contact.mediaUrl);
            return item;
        }).toList();
    }

    /** attribute[code]=value, and attribute[code][]=value for multiple choices. */
    private static Map<String, Object> attributes(MultivaluedMap<String, String> form) {
        Map<String, Object> answers = new LinkedHashMap<>();
        form.forEach((key, values) -> {
            Matcher matcher = ATTRIBUTE.matcher(key);
            if (matcher.matches()) {
                answers.put(matcher.group(1), matcher.group(2) != null ? List.copyOf(values) : values.get(0));
            }
        });
        return answers;
    }

    private static String describe(ProblemException e) {
        if (e.problem().violations() == null || e.problem().violations().isEmpty()) {
            return e.problem().detail();
        }
        return String.join("; ", e.problem().violations().stream()
                .map(violation -> violation.field().replaceFirst("^attributes\\.", "attribute ") + " " + violation.message())
                .toList());
    }

    /** An unknown format or another jurisdiction: the error document to answer with; null when served here. */
    private Response refused(Open311Format open311, String jurisdiction) {
        if (open311 == null) {
            return Open311Format.unsupported();
        }
        if (jurisdiction != null && !jurisdiction.isBlank() && !jurisdiction.equals(config.open311Jurisdiction())) {
            return open311.error(404, "jurisdiction_id " + jurisdiction + " is not served here");
        }
        return null;
    }

    private static String text(MultivaluedMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static BigDecimal coordinate(MultivaluedMap<String, String> form, String field, int limit) {
        String value = text(form, field);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal coordinate = new BigDecimal(value);
            if (coordinate.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
                throw new IllegalArgumentException(field + " must be between -" + limit + " and " + limit);
            }
            return coordinate.setScale(6, java.math.RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " must be a decimal number (WGS84)");
        }
    }

    private static Instant date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " must be a w3c datetime such as 2026-11-28T09:00:00+02:00");
        }
    }

    private static List<String> split(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(value -> !value.isEmpty()).toList();
    }

    private static String w3c(Instant instant) {
        return instant == null ? null : W3C.format(instant.atZone(HELSINKI));
    }

    private static String language(String acceptLanguage) {
        if (acceptLanguage != null) {
            for (String part : acceptLanguage.split(",")) {
                String tag = part.split(";")[0].strip().toLowerCase(Locale.ROOT);
                String primary = tag.length() >= 2 ? tag.substring(0, 2) : tag;
                if (List.of("fi", "sv", "en").contains(primary)) {
                    return primary;
                }
            }
        }
        return "fi";
    }

    private static String name(KnownService service, String language) {
        String name = switch (language) {
            case "sv" -> service.nameSv;
            case "en" -> service.nameEn;
            default -> service.nameFi;
        };
        return name != null ? name : service.nameFi;
    }
}
