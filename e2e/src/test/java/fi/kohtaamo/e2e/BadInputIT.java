package fi.kohtaamo.e2e;

import fi.kohtaamo.testsupport.BadInputs;
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
 * type) and spoils one thing, so that the spoilt value is what the service meets. A request goes
 * to an object that exists where the caller can list one. That a refused request changed no row
 * is checked per service ({@code RefusedRequestsTest}, with {@code SchemaState} from test-support),
 * where no background job or other test writes meanwhile: on the whole running platform, offers,
 * notices and service-level timers change rows on their own and made such a check here flaky.
 * The bad values live in test-support.
 */
class BadInputIT {

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
            for (Attempt attempt : attempts(document, operation, spec, targetPath(operation, caller))) {
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
    static String judge(AuthorizationMatrixIT.Operation operation, BadInputs.Spoilt spoilt, Response response) {
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

    record Attempt(String name, BadInputs.Spoilt spoilt, Function<RequestSpecification, Response> send) {
    }

    /** Each spoilt request of one operation: body properties, the whole body, query and path parameters. */
    @SuppressWarnings("unchecked")
    static List<Attempt> attempts(Map<String, Object> document, AuthorizationMatrixIT.Operation operation, Map<String, Object> spec,
                                  String path) {
        List<Attempt> attempts = new ArrayList<>();
        Map<String, Object> query = new LinkedHashMap<>();
        List<Map<String, Object>> queryParameters = new ArrayList<>();
        for (Map<String, Object> parameter : (List<Map<String, Object>>) spec.getOrDefault("parameters", List.of())) {
            if ("query".equals(parameter.get("in"))) {
                queryParameters.add(parameter);
            }
        }
        Map<String, Object> bodySchema = BadInputs.bodySchema(spec);
        boolean json = bodySchema != null && !operation.form();
        Object baseline = json ? BadInputs.sample(document, bodySchema, 0) : null;

        if (json && baseline instanceof Map<?, ?> map) {
            Map<String, Object> schema = BadInputs.resolve(document, bodySchema);
            Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
            for (Map.Entry<String, Object> property : properties.entrySet()) {
                Map<String, Object> propertySchema = BadInputs.resolve(document, (Map<String, Object>) property.getValue());
                for (BadInputs.Spoilt spoilt : BadInputs.spoilings(propertySchema)) {
                    Map<String, Object> body = new LinkedHashMap<>((Map<String, Object>) map);
                    body.put(property.getKey(), spoilt.value());
                    attempts.add(new Attempt("body." + property.getKey() + " " + spoilt.what(), spoilt,
                            r -> r.contentType("application/json").body(body).when().request(operation.method(), path)));
                }
            }
        }
        if (operation.body() && !operation.form()) {
            BadInputs.Spoilt malformed = new BadInputs.Spoilt("malformed JSON", null, true);
            attempts.add(new Attempt("malformed JSON body", malformed,
                    r -> r.contentType("application/json").body("{\"a\": ").when().request(operation.method(), path)));
            byte[] invalidUtf8 = "{\"text\": \"\u00e4\"}".getBytes(StandardCharsets.ISO_8859_1);
            attempts.add(new Attempt("invalid UTF-8 body", new BadInputs.Spoilt("invalid UTF-8", null, false),
                    r -> r.contentType("application/json; charset=utf-8").body(invalidUtf8).when().request(operation.method(), path)));
            attempts.add(new Attempt("a list for the body", new BadInputs.Spoilt("a list", null, !"array".equals(bodySchema == null ? null
                    : BadInputs.resolve(document, bodySchema).get("type"))),
                    r -> r.contentType("application/json").body("[1]").when().request(operation.method(), path)));
        }
        for (Map<String, Object> parameter : queryParameters) {
            String name = (String) parameter.get("name");
            Map<String, Object> schema = BadInputs.resolve(document, (Map<String, Object>) parameter.getOrDefault("schema", Map.of()));
            for (BadInputs.Spoilt spoilt : BadInputs.spoilings(schema)) {
                if (spoilt.value() == null || spoilt.value() instanceof Map || spoilt.value() instanceof List) {
                    continue;
                }
                // A 100,000-character query would pass no HTTP server's line limit (414 before any
                // service): the longest a URL may carry in practice is what reaches the service.
                String value = spoilt.value() == BadInputs.LONG ? BadInputs.LONG.substring(0, 3_000) : String.valueOf(spoilt.value());
                attempts.add(new Attempt("query " + name + " " + spoilt.what(), spoilt, r -> withBody(r, operation, baseline)
                        .queryParam(name, value).when().request(operation.method(), path)));
            }
        }
        for (String name : operation.pathTypes().keySet()) {
            for (String[] bad : new String[][]{{"not-a-uuid", "bad UUID"}, {"a%00b", "NUL"}, {"..%2F..%2Fetc%2Fpasswd", "traversal"},
                    {"-1", "negative"}, {"99999999999999999999999", "huge number"}}) {
                String spoiltPath = AuthorizationMatrixIT.samplePath(new AuthorizationMatrixIT.Operation(operation.service(),
                        operation.method(), operation.path().replace("{" + name + "}", bad[0]), operation.roles(),
                        operation.body(), operation.form(), operation.pathTypes(), operation.multipart()));
                boolean mustBeRefused = "uuid".equals(operation.pathTypes().get(name));
                attempts.add(new Attempt("path " + name + " " + bad[1], new BadInputs.Spoilt(bad[1], bad[0], mustBeRefused),
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

    static Map<String, Object> operationSpec(Map<String, Object> document, AuthorizationMatrixIT.Operation operation) {
        return BadInputs.operation(document, operation.method(), operation.path());
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

    /**
     * The operation's path on an object that exists where the caller can list one (the first of
     * {@code GET /api/v1/feedback} for {@code /api/v1/feedback/{id}/reply}), so that a spoilt request
     * meets a real object and a refusal that still changed it shows; a random id elsewhere.
     */
    static String targetPath(AuthorizationMatrixIT.Operation operation, AuthorizationMatrixIT.Caller caller) {
        String path = operation.path();
        for (Map.Entry<String, String> parameter : operation.pathTypes().entrySet()) {
            String placeholder = "{" + parameter.getKey() + "}";
            String list = path.substring(0, Math.max(0, path.indexOf(placeholder) - 1));
            if (!"uuid".equals(parameter.getValue()) || list.contains("{")) {
                continue;
            }
            String id = LISTED.computeIfAbsent(caller.name() + " " + list, key -> firstListed(list, caller));
            if (!id.isEmpty()) {
                path = path.replace(placeholder, id);
            }
        }
        return AuthorizationMatrixIT.samplePath(new AuthorizationMatrixIT.Operation(operation.service(), operation.method(), path,
                operation.roles(), operation.body(), operation.form(), operation.pathTypes(), operation.multipart()));
    }

    static final Map<String, String> LISTED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The id of the first object the caller gets from a list operation; "" when none (a random id is used). */
    @SuppressWarnings("unchecked")
    static String firstListed(String list, AuthorizationMatrixIT.Caller caller) {
        boolean listable = AuthorizationMatrixIT.OPERATIONS.stream().anyMatch(o -> o.method().equals("GET") && o.path().equals(list));
        Response response = listable ? request(caller).when().get(list) : null;
        if (response == null || response.statusCode() != 200 || !String.valueOf(response.contentType()).contains("json")) {
            return "";
        }
        Object body = response.jsonPath().get("$");
        List<Object> items = body instanceof List<?> l ? (List<Object>) l : null;
        if (body instanceof Map<?, ?> page) {
            items = page.values().stream().filter(value -> value instanceof List<?> l && !l.isEmpty())
                    .map(value -> (List<Object>) value).findFirst().orElse(null);
        }
        if (items != null && !items.isEmpty() && items.get(0) instanceof Map<?, ?> first && first.get("id") instanceof String id) {
            return id;
        }
        return "";
    }

    static RequestSpecification request(AuthorizationMatrixIT.Caller caller) {
        RequestSpecification request = Platform.gateway();
        return caller.token() == null ? request : request.auth().oauth2(caller.token());
    }
}
