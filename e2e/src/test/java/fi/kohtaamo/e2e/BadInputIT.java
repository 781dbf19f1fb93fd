package fi.kohtaamo.e2e;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bad-input pass over every operation of every service's OpenAPI document, through the gateway,
 * each by a caller its roles let in: malformed JSON, invalid UTF-8, wrong types, nulls, NUL
 * characters, 100,000-character strings, bad enums, bad UUIDs, huge and negative numbers and
 * traversal strings in bodies, query and path parameters. Every answer must be below 500, and
 * every 4xx a problem document (Open311's own error array on its paths); a NUL, a wrong type, a bad
 * enum or a bad UUID must never be accepted.
 * <p>
 * Each request starts from a body the schema allows (every property given a plain value of its
 * type) and spoils one thing, so that the spoilt value is what the service meets.
 */
class BadInputIT {

    static final String LONG = "a".repeat(100_000);

    record Spoilt(String what, Object value, boolean mustBeRefused) {
    }

    record Finding(String operation, String input, int status, String answer) {
        @Override
        public String toString() {
            return operation + " with " + input + ": " + status + " " + answer;
        }
    }

    static final Map<String, Map<String, Object>> DOCUMENTS = new LinkedHashMap<>();

    @BeforeAll
    static void documents() {
        AuthorizationMatrixIT.callersAndOperations();
        for (AuthorizationMatrixIT.Operation operation : AuthorizationMatrixIT.OPERATIONS) {
            DOCUMENTS.computeIfAbsent(operation.service(), name -> Platform.gateway().when().get("/openapi/" + name)
                    .then().statusCode(200).extract().jsonPath().getMap("$"));
        }
    }

    @Test
    void noBadInputIsA5xxAndEveryRefusalIsAProblemDocument() {
        List<Finding> wrong = new ArrayList<>();
        Map<String, Integer> statuses = new TreeMap<>();
        int requests = 0;
        for (AuthorizationMatrixIT.Operation operation : AuthorizationMatrixIT.OPERATIONS) {
            AuthorizationMatrixIT.Caller caller = callerFor(operation);
            if (caller == null) {
                continue;
            }
            Map<String, Object> document = DOCUMENTS.get(operation.service());
            Map<String, Object> spec = operationSpec(document, operation);
            for (Attempt attempt : attempts(document, operation, spec)) {
                Response response;
                try {
                    response = attempt.send().apply(request(caller));
                } catch (RuntimeException e) {
                    wrong.add(new Finding(operation.key(), attempt.name(), 0, "no answer: " + e));
                    continue;
                }
                requests++;
                statuses.merge(response.statusCode() / 100 + "xx", 1, Integer::sum);
                String verdict = judge(operation, attempt.spoilt(), response);
                if (verdict != null) {
                    String body = response.asString();
                    wrong.add(new Finding(operation.key(), attempt.name(), response.statusCode(),
                            verdict + (body.length() > 160 ? body.substring(0, 160) : body)));
                }
            }
        }
        System.out.printf("bad-input pass: %d operations, %d requests, %s%n", AuthorizationMatrixIT.OPERATIONS.size(), requests, statuses);
        assertThat(requests).isGreaterThan(1000);
        assertThat(wrong).as("bad input answered with a server error, without a problem document, or accepted").isEmpty();
    }

    /** Null when the answer is right for the spoilt input; otherwise what is wrong. */
    static String judge(AuthorizationMatrixIT.Operation operation, Spoilt spoilt, Response response) {
        int status = response.statusCode();
        String type = String.valueOf(response.contentType());
        if (status >= 500) {
            return "server error: ";
        }
        if (status >= 400) {
            boolean open311 = operation.path().startsWith("/open311/");
            boolean documented = type.startsWith("application/problem+json") || (open311 && (type.contains("json") || type.contains("xml")));
            // Limits of the HTTP server itself (URI or header too long) come before any resource.
            return documented || status == 414 || status == 431 ? null : "a refusal without a problem document: ";
        }
        return spoilt.mustBeRefused() && status < 300 ? "accepted: " : null;
    }

    record Attempt(String name, Spoilt spoilt, Function<RequestSpecification, Response> send) {
    }

    /** Each spoilt request of one operation: body properties, the whole body, query and path parameters. */
    @SuppressWarnings("unchecked")
    static List<Attempt> attempts(Map<String, Object> document, AuthorizationMatrixIT.Operation operation, Map<String, Object> spec) {
        List<Attempt> attempts = new ArrayList<>();
        String path = AuthorizationMatrixIT.samplePath(operation);
        Map<String, Object> query = new LinkedHashMap<>();
        List<Map<String, Object>> queryParameters = new ArrayList<>();
        for (Map<String, Object> parameter : (List<Map<String, Object>>) spec.getOrDefault("parameters", List.of())) {
            if ("query".equals(parameter.get("in"))) {
                queryParameters.add(parameter);
            }
        }
        Map<String, Object> bodySchema = bodySchema(document, spec);
        boolean json = bodySchema != null && !operation.form();
        Object baseline = json ? sample(document, bodySchema, 0) : null;

        if (json && baseline instanceof Map<?, ?> map) {
            Map<String, Object> schema = resolve(document, bodySchema);
            Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
            for (Map.Entry<String, Object> property : properties.entrySet()) {
                Map<String, Object> propertySchema = resolve(document, (Map<String, Object>) property.getValue());
                for (Spoilt spoilt : spoilings(propertySchema)) {
                    Map<String, Object> body = new LinkedHashMap<>((Map<String, Object>) map);
                    body.put(property.getKey(), spoilt.value());
                    attempts.add(new Attempt("body." + property.getKey() + " " + spoilt.what(), spoilt,
                            r -> r.contentType("application/json").body(body).when().request(operation.method(), path)));
                }
            }
        }
        if (operation.body() && !operation.form()) {
            Spoilt malformed = new Spoilt("malformed JSON", null, true);
            attempts.add(new Attempt("malformed JSON body", malformed,
                    r -> r.contentType("application/json").body("{\"a\": ").when().request(operation.method(), path)));
            byte[] invalidUtf8 = "{\"text\": \"\u00e4\"}".getBytes(StandardCharsets.ISO_8859_1);
            attempts.add(new Attempt("invalid UTF-8 body", new Spoilt("invalid UTF-8", null, false),
                    r -> r.contentType("application/json; charset=utf-8").body(invalidUtf8).when().request(operation.method(), path)));
            attempts.add(new Attempt("a list for the body", new Spoilt("a list", null, !"array".equals(bodySchema == null ? null
                    : resolve(document, bodySchema).get("type"))),
                    r -> r.contentType("application/json").body("[1]").when().request(operation.method(), path)));
        }
        for (Map<String, Object> parameter : queryParameters) {
            String name = (String) parameter.get("name");
            Map<String, Object> schema = resolve(document, (Map<String, Object>) parameter.getOrDefault("schema", Map.of()));
            for (Spoilt spoilt : spoilings(schema)) {
                if (spoilt.value() == null || spoilt.value() instanceof Map || spoilt.value() instanceof List) {
                    continue;
                }
                // A 100,000-character query would pass no HTTP server's line limit (414 before any
                // service): the longest a URL may carry in practice is what reaches the service.
                String value = spoilt.value() == LONG ? LONG.substring(0, 3_000) : String.valueOf(spoilt.value());
                attempts.add(new Attempt("query " + name + " " + spoilt.what(), spoilt, r -> withBody(r, operation, baseline)
                        .queryParam(name, value).when().request(operation.method(), path)));
            }
        }
        for (String name : operation.pathTypes().keySet()) {
            for (String[] bad : new String[][]{{"not-a-uuid", "bad UUID"}, {"a%00b", "NUL"}, {"..%2F..%2Fetc%2Fpasswd", "traversal"},
                    {"-1", "negative"}, {"99999999999999999999999", "huge number"}}) {
                String spoiltPath = AuthorizationMatrixIT.samplePath(new AuthorizationMatrixIT.Operation(operation.service(),
                        operation.method(), operation.path().replace("{" + name + "}", bad[0]), operation.roles(),
                        operation.body(), operation.form(), operation.pathTypes()));
                boolean mustBeRefused = "uuid".equals(operation.pathTypes().get(name));
                attempts.add(new Attempt("path " + name + " " + bad[1], new Spoilt(bad[1], bad[0], mustBeRefused),
                        r -> withBody(r, operation, baseline).urlEncodingEnabled(false).when().request(operation.method(), spoiltPath)));
            }
        }
        return attempts;
    }

    static RequestSpecification withBody(RequestSpecification request, AuthorizationMatrixIT.Operation operation, Object baseline) {
        if (!operation.body()) {
            return request;
        }
        if (operation.form()) {
            return request.contentType("application/x-www-form-urlencoded").formParam("x", "1");
        }
        return request.contentType("application/json").body(baseline == null ? Map.of() : baseline);
    }

    /** The bad values for a value of this schema; those marked must never be accepted. */
    @SuppressWarnings("unchecked")
    static List<Spoilt> spoilings(Map<String, Object> schema) {
        String type = String.valueOf(schema.get("type"));
        List<Spoilt> bad = new ArrayList<>();
        bad.add(new Spoilt("null", null, false));
        switch (type) {
            case "string" -> {
                bad.add(new Spoilt("NUL", "a\u0000b", true));
                bad.add(new Spoilt("100,000 characters", LONG, false));
                bad.add(new Spoilt("an object", Map.of("a", 1), true));
                bad.add(new Spoilt("traversal", "../../../etc/passwd", false));
                if (schema.get("enum") != null) {
                    bad.add(new Spoilt("bad enum", "NO_SUCH_VALUE", true));
                }
                if ("uuid".equals(schema.get("format"))) {
                    bad.add(new Spoilt("bad UUID", "not-a-uuid", true));
                }
                if ("date-time".equals(schema.get("format")) || "date".equals(schema.get("format"))) {
                    bad.add(new Spoilt("bad date", "31.13.2026", true));
                }
            }
            case "integer", "number" -> {
                bad.add(new Spoilt("text", "abc", true));
                bad.add(new Spoilt("huge", new java.math.BigDecimal("1e30"), false));
                bad.add(new Spoilt("negative", -1, false));
            }
            case "boolean" -> bad.add(new Spoilt("text", "maybe", true));
            case "array" -> {
                bad.add(new Spoilt("not a list", "x", false));
                Map<String, Object> items = (Map<String, Object>) schema.getOrDefault("items", Map.of());
                if ("string".equals(items.get("type"))) {
                    bad.add(new Spoilt("a NUL item", List.of("a\u0000b"), true));
                }
            }
            case "object" -> bad.add(new Spoilt("a number", 42, true));
            default -> bad.add(new Spoilt("NUL", "a\u0000b", false));
        }
        return bad;
    }

    /** A plain value the schema allows, to start each request from. */
    @SuppressWarnings("unchecked")
    static Object sample(Map<String, Object> document, Map<String, Object> raw, int depth) {
        Map<String, Object> schema = resolve(document, raw);
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return values.get(0);
        }
        String type = String.valueOf(schema.get("type"));
        String format = String.valueOf(schema.get("format"));
        return switch (type) {
            case "string" -> switch (format) {
                case "uuid" -> UUID.randomUUID().toString();
                case "date-time" -> "2026-01-05T10:00:00Z";
                case "date" -> "2026-01-05";
                case "email" -> "someone@example.org";
                default -> "Kokeilu";
            };
            case "integer", "number" -> 1;
            case "boolean" -> false;
            case "array" -> List.of();
            default -> {
                Map<String, Object> object = new LinkedHashMap<>();
                if (depth < 3) {
                    ((Map<String, Object>) schema.getOrDefault("properties", Map.of()))
                            .forEach((name, property) -> object.put(name, sample(document, (Map<String, Object>) property, depth + 1)));
                }
                yield object;
            }
        };
    }

    /** A schema with its {@code $ref} (or a single allOf/oneOf member) followed. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> resolve(Map<String, Object> document, Map<String, Object> schema) {
        Map<String, Object> current = schema == null ? Map.of() : schema;
        for (int hops = 0; hops < 5; hops++) {
            if (current.get("$ref") instanceof String ref && ref.startsWith("#/components/schemas/")) {
                Map<String, Object> components = (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas");
                current = (Map<String, Object>) components.get(ref.substring("#/components/schemas/".length()));
            } else if (current.get("allOf") instanceof List<?> all && all.size() == 1) {
                current = (Map<String, Object>) all.get(0);
            } else if (current.get("oneOf") instanceof List<?> one && !one.isEmpty()) {
                current = (Map<String, Object>) one.get(0);
            } else {
                return current;
            }
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> bodySchema(Map<String, Object> document, Map<String, Object> spec) {
        Map<String, Object> body = (Map<String, Object>) spec.get("requestBody");
        if (body == null) {
            return null;
        }
        Map<String, Object> content = (Map<String, Object>) body.getOrDefault("content", Map.of());
        Map<String, Object> media = (Map<String, Object>) content.get("application/json");
        return media == null ? null : (Map<String, Object>) media.get("schema");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> operationSpec(Map<String, Object> document, AuthorizationMatrixIT.Operation operation) {
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        Map<String, Object> item = (Map<String, Object>) paths.get(operation.path());
        return (Map<String, Object>) item.get(operation.method().toLowerCase());
    }

    /** Someone the operation's roles let in: Uusimaa's staff first, else the citizen or the agency system; null: nobody. */
    static AuthorizationMatrixIT.Caller callerFor(AuthorizationMatrixIT.Operation operation) {
        if (operation.roles() == null) {
            return AuthorizationMatrixIT.caller("anonymous");
        }
        if (operation.roles().isEmpty()) {
            return AuthorizationMatrixIT.caller("agent.uusimaa");
        }
        for (String role : operation.roles()) {
            AuthorizationMatrixIT.Caller staff = AuthorizationMatrixIT.caller(role + ".uusimaa");
            if (staff != null) {
                return staff;
            }
        }
        return AuthorizationMatrixIT.CALLERS.stream().filter(caller -> caller.token() != null && caller.holdsAny(operation.roles()))
                .findFirst().orElse(null);
    }

    static RequestSpecification request(AuthorizationMatrixIT.Caller caller) {
        RequestSpecification request = Platform.gateway();
        return caller.token() == null ? request : request.auth().oauth2(caller.token());
    }
}
