package fi.kohtaamo.e2e;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of every service's own OpenAPI document, through the gateway, by every demo
 * role of both organisations, the agency system and nobody, with real Keycloak tokens; judged
 * against what the document says of the operation:
 * <ul>
 *   <li>an operation that names roles answers 401 to no token, 403 to a caller without one of
 *   them, and neither to a caller with one (whose request, with unknown ids and empty bodies,
 *   may rightly be 400, 404, 409, 412 or 428);</li>
 *   <li>an operation that names none must be on {@link #PUBLIC}: a new endpoint that declares no
 *   roles and is not listed here as public fails this test;</li>
 *   <li>nothing ever answers 5xx;</li>
 *   <li>an object listed for one organisation's caller answers 404 to the same role of the other
 *   organisation (ids harvested from every list the first one reads).</li>
 * </ul>
 * Requests that could change state are made only where they cannot: with an unknown id in the
 * path or an empty body, or by callers the document says are refused.
 */
class AuthorizationMatrixIT {

    /** Operations anyone may call, signed in or not: each one a decision, not a default. */
    static final Set<String> PUBLIC = Set.of(
            // the service map, as the national catalogue publishes it
            "GET /api/v1/services", "GET /api/v1/services/{id}", "GET /api/v1/organisations", "GET /api/v1/organisations/{id}",
            "GET /api/v1/channels/{id}", "GET /api/v1/classifications",
            "GET /open311/v2/discovery.{format}", "GET /open311/v2/services.{format}", "GET /open311/v2/services/{code}.{format}",
            // citizens without an account: contacts, following them by tracking code and secret, feedback, surveys
            "POST /api/v1/contacts", "POST /api/v1/contacts/lookup", "POST /api/v1/contacts/lookup/messages",
            // the times a citizen may choose to be called back at (a service's hours: public anyway)
            "GET /api/v1/contacts/callback-slots",
            // their files by code and secret (the secret in the body, never the URL), and new secrets sent to their address
            "POST /api/v1/contacts/lookup/attachments", "POST /api/v1/contacts/lookup/attachments/query",
            "POST /api/v1/contacts/lookup/attachments/{attachmentId}", "POST /api/v1/contacts/lookup/recovery",
            "POST /api/v1/feedback", "GET /api/v1/survey-invitations/{token}", "POST /api/v1/survey-invitations/{token}/response",
            // a survey mail's opt-out link (its random token is the only key), and every organisation's published results
            "POST /api/v1/survey-opt-outs/{token}", "GET /api/v1/public-results",
            "GET /api/v1/service-hours/holidays/{year}",
            // self-service answers (internal articles are checked inside: 404 to others)
            "GET /api/v1/articles/{id}", "GET /api/v1/articles/{id}/translations/{language}",
            "POST /api/v1/articles/{id}/translations/{language}/feedback", "GET /api/v1/search", "GET /api/v1/search/suggestions",
            // Open311: api_key inside (its own 403); the public listing shows published requests only
            "GET /open311/v2/requests.{format}", "POST /open311/v2/requests.{format}", "GET /open311/v2/requests/{id}.{format}",
            "GET /open311/v2/tokens/{token}.{format}");

    /** Where the service's own rule answers 403 to a caller the roles let in, and why. */
    static final Map<String, String> REFUSED_BY_RULE = Map.ofEntries(
            Map.entry("POST /open311/v2/requests.{format}", "Open311 answers a missing or wrong api_key with its 403 error array"),
            // agency systems hold no realm role: any token is let in, and routing refuses all but client credentials
            Map.entry("GET /api/v1/contacts/changes", "the change feed is for agency systems; staff and citizens get 403"),
            Map.entry("POST /api/v1/contacts/batch", "batch intake is for agency systems; staff and citizens get 403"),
            webhooks("GET /api/v1/webhooks/event-types"), webhooks("GET /api/v1/webhooks/subscriptions"),
            webhooks("POST /api/v1/webhooks/subscriptions"), webhooks("GET /api/v1/webhooks/subscriptions/{id}"),
            webhooks("PUT /api/v1/webhooks/subscriptions/{id}"), webhooks("DELETE /api/v1/webhooks/subscriptions/{id}"),
            webhooks("POST /api/v1/webhooks/subscriptions/{id}/secret"),
            webhooks("GET /api/v1/webhooks/subscriptions/{id}/deliveries"),
            webhooks("GET /api/v1/webhooks/subscriptions/{id}/deliveries/{deliveryId}"),
            webhooks("POST /api/v1/webhooks/subscriptions/{id}/deliveries/{deliveryId}/redelivery"),
            webhooks("POST /api/v1/webhooks/subscriptions/{id}/test-events"));

    /** Webhooks: any signed-in caller passes the roles; the service then lets in only agency systems and catalogue-admins. */
    private static Map.Entry<String, String> webhooks(String operation) {
        return Map.entry(operation, "webhooks are the organisation's agency systems' and administrators' (catalogue-admin) alone");
    }

    record Caller(String name, String token, Set<String> roles, String organisation) {
        boolean holdsAny(List<String> wanted) {
            return wanted.stream().anyMatch(roles::contains);
        }
    }

    record Operation(String service, String method, String path, List<String> roles, boolean body, boolean form,
                     Map<String, String> pathTypes, boolean multipart) {
        String key() {
            return method + " " + path;
        }
    }

    static final List<Caller> CALLERS = new ArrayList<>();
    static final List<Operation> OPERATIONS = new ArrayList<>();

    @BeforeAll
    static synchronized void callersAndOperations() {
        if (!OPERATIONS.isEmpty()) {
            return; // read once per run; BadInputIT uses them too
        }
        CALLERS.add(new Caller("anonymous", null, Set.of(), null));
        for (String role : List.of("agent", "expert", "supervisor", "manager", "content-editor", "catalogue-admin",
                "registry-admin", "auditor", "feedback-handler")) {
            for (String organisation : List.of("uusimaa", "pirkanmaa")) {
                CALLERS.add(new Caller(role + "." + organisation, Platform.userToken(role + "." + organisation), Set.of(role),
                        "ely-" + organisation));
            }
        }
        CALLERS.add(new Caller("steering.1", Platform.userToken("steering.1"), Set.of("steering"), null));
        CALLERS.add(new Caller("citizen.1", Platform.userToken("citizen.1"), Set.of("citizen"), null));
        String agency = Platform.agencyToken();
        CALLERS.add(new Caller("demo-agency-system", agency, rolesOf(agency), "ely-uusimaa"));

        JsonPath index = Platform.gateway().when().get("/openapi").then().statusCode(200).extract().jsonPath();
        for (Map<String, Object> service : index.<Map<String, Object>>getList("services")) {
            String name = (String) service.get("name");
            @SuppressWarnings("unchecked")
            List<String> prefixes = (List<String>) service.get("prefixes");
            Map<String, Map<String, Map<String, Object>>> paths = Platform.gateway().when().get("/openapi/" + name)
                    .then().statusCode(200).extract().jsonPath().getMap("paths");
            paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
                if (Set.of("get", "post", "put", "delete", "patch").contains(method)
                        && prefixes.stream().anyMatch(path::startsWith)) {
                    OPERATIONS.add(operation(name, method.toUpperCase(), path, operation));
                }
            }));
        }
        assertThat(OPERATIONS).as("operations read from the services' OpenAPI documents").hasSizeGreaterThan(100);
    }

    @Test
    void everyOperationAnswersEveryCallerAsItsDocumentSays() {
        List<String> wrong = new ArrayList<>();
        Set<String> undeclared = new TreeSet<>();
        for (Operation operation : OPERATIONS) {
            boolean isPublic = operation.roles() == null;
            if (isPublic && !PUBLIC.contains(operation.key())) {
                undeclared.add(operation.service() + ": " + operation.key());
                continue;
            }
            for (Caller caller : CALLERS) {
                boolean allowed = isPublic || (caller.token() != null && (operation.roles().isEmpty() || caller.holdsAny(operation.roles())));
                if (allowed && !harmless(operation)) {
                    continue;
                }
                int status = send(operation, caller, samplePath(operation)).statusCode();
                String verdict = judge(operation, caller, isPublic, allowed, status);
                if (verdict != null) {
                    wrong.add(operation.key() + " as " + caller.name() + ": " + status + " (" + verdict + ")");
                }
            }
        }
        Set<String> documented = new TreeSet<>(OPERATIONS.stream().map(Operation::key).toList());
        Set<String> stale = new TreeSet<>(PUBLIC);
        stale.removeAll(documented);
        org.assertj.core.api.SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(undeclared).as("operations that name no roles and are not listed as public").isEmpty();
            softly.assertThat(stale).as("listed as public but no longer documented").isEmpty();
            softly.assertThat(wrong).as("answers that contradict the operation's documented roles").isEmpty();
        });
        System.out.printf("authorisation matrix: %d operations x %d callers%n", OPERATIONS.size(), CALLERS.size());
    }

    @Test
    void anObjectListedForOneOrganisationIsNotFoundForTheOther() {
        List<String> wrong = new ArrayList<>();
        int tried = 0;
        for (Operation list : OPERATIONS) {
            if (!list.method().equals("GET") || list.roles() == null || list.roles().isEmpty() || list.path().contains("{")) {
                continue;
            }
            Operation read = OPERATIONS.stream().filter(o -> o.method().equals("GET") && o.path().equals(list.path() + "/{id}")
                    && o.roles() != null && !o.roles().isEmpty()).findFirst().orElse(null);
            if (read == null) {
                continue;
            }
            for (String role : list.roles()) {
                Caller owner = caller(role + ".uusimaa");
                Caller other = caller(role + ".pirkanmaa");
                if (owner == null || other == null || !read.roles().contains(role)) {
                    continue;
                }
                Response listed = send(list, owner, list.path());
                if (listed.statusCode() != 200 || !listed.contentType().contains("json")) {
                    continue;
                }
                // A list, or a page of one ({"items": [...], "total": ...}, as a search answers).
                String body = listed.asString();
                List<Object> ids = body.startsWith("[") ? listed.jsonPath().getList("id")
                        : body.startsWith("{") && listed.jsonPath().get("items") != null ? listed.jsonPath().getList("items.id") : null;
                if (ids == null) {
                    continue;
                }
                for (Object id : ids.subList(0, Math.min(3, ids.size()))) {
                    String path = read.path().replace("{id}", String.valueOf(id));
                    tried++;
                    int mine = send(read, owner, path).statusCode();
                    int theirs = send(read, other, path).statusCode();
                    if (mine == 200 && theirs != 404) {
                        wrong.add(read.key() + " " + id + " listed for " + owner.name() + ": " + other.name() + " got " + theirs);
                    }
                }
            }
        }
        System.out.printf("cross-organisation reads: %d objects%n", tried);
        assertThat(tried).as("objects tried across organisations").isGreaterThan(0);
        assertThat(wrong).as("another organisation's objects must answer 404").isEmpty();
    }

    /** Null when the answer fits the document; otherwise what is wrong with it. */
    static String judge(Operation operation, Caller caller, boolean isPublic, boolean allowed, int status) {
        if (status >= 500) {
            return "a server error is never an answer";
        }
        if (isPublic) {
            return status == 401 || (status == 403 && !REFUSED_BY_RULE.containsKey(operation.key())) ? "public, yet refused" : null;
        }
        if (caller.token() == null) {
            return status == 401 ? null : "no token must be 401";
        }
        if (!allowed) {
            return status == 403 ? null : "a caller without the roles " + operation.roles() + " must get 403";
        }
        return status == 401 || (status == 403 && !REFUSED_BY_RULE.containsKey(operation.key()))
                ? "holds one of " + operation.roles() + ", yet refused" : null;
    }

    /** Whether a caller who may call it can do so here without changing anything. */
    static boolean harmless(Operation operation) {
        return operation.method().equals("GET") || operation.body() || operation.pathTypes().containsValue("uuid");
    }

    static Response send(Operation operation, Caller caller, String path) {
        RequestSpecification request = Platform.gateway();
        if (caller.token() != null) {
            request = request.auth().oauth2(caller.token());
        }
        if (operation.body()) {
            // The documented media type, as an integrator sends it: the answer is about the caller, not the type.
            request = operation.multipart() ? request.multiPart("x", "1")
                    : operation.form() ? request.contentType("application/x-www-form-urlencoded").formParam("x", "1")
                    : request.contentType("application/json").body("{}");
        }
        return request.when().request(operation.method(), path);
    }

    /** The path with each parameter replaced by a value of its type that names nothing that exists. */
    static String samplePath(Operation operation) {
        String path = operation.path();
        for (Map.Entry<String, String> parameter : operation.pathTypes().entrySet()) {
            String value = switch (parameter.getValue()) {
                case "uuid" -> UUID.randomUUID().toString();
                case "integer" -> "987654321";
                default -> switch (parameter.getKey()) {
                    case "format" -> "json";
                    case "language" -> "fi";
                    case "trackingCode" -> "KH-AAAA-AAAA";
                    default -> "no-such-" + parameter.getKey().toLowerCase();
                };
            };
            path = path.replace("{" + parameter.getKey() + "}", value);
        }
        return path;
    }

    @SuppressWarnings("unchecked")
    static Operation operation(String service, String method, String path, Map<String, Object> operation) {
        List<String> roles = null;
        List<Map<String, List<String>>> security = (List<Map<String, List<String>>>) operation.get("security");
        if (security != null && !security.isEmpty()) {
            roles = new ArrayList<>();
            for (Map<String, List<String>> requirement : security) {
                requirement.values().forEach(roles::addAll);
            }
        }
        Map<String, String> pathTypes = new LinkedHashMap<>();
        for (Map<String, Object> parameter : (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of())) {
            if ("path".equals(parameter.get("in"))) {
                Map<String, Object> schema = (Map<String, Object>) parameter.getOrDefault("schema", Map.of());
                Object type = schema.containsKey("format") && "uuid".equals(schema.get("format")) ? "uuid" : schema.get("type");
                pathTypes.put((String) parameter.get("name"), String.valueOf(type));
            }
        }
        Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
        Map<String, Object> content = body == null ? Map.of() : (Map<String, Object>) body.getOrDefault("content", Map.of());
        boolean form = content.keySet().stream().anyMatch(type -> type.contains("form-urlencoded")) && !content.containsKey("application/json");
        boolean multipart = content.keySet().stream().anyMatch(type -> type.contains("multipart/")) && !content.containsKey("application/json");
        return new Operation(service, method, path, roles, body != null, form, pathTypes, multipart);
    }

    static Caller caller(String name) {
        return CALLERS.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    /** The realm roles in an access token (its payload, read without verifying: the services verify). */
    @SuppressWarnings("unchecked")
    static Set<String> rolesOf(String token) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8);
        Map<String, Object> claims = JsonPath.from(payload).getMap("$");
        Object realmAccess = claims.get("realm_access");
        if (realmAccess instanceof Map<?, ?> access && access.get("roles") instanceof List<?> list) {
            return new java.util.HashSet<>((List<String>) list);
        }
        Object groups = claims.get("groups");
        return groups instanceof List<?> list ? new java.util.HashSet<>((List<String>) list) : Set.of();
    }
}
