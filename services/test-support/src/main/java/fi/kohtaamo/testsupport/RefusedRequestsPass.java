package fi.kohtaamo.testsupport;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Function;

import static io.restassured.RestAssured.given;

/**
 * The bad-input pass of a service's own tests, over every operation of its OpenAPI document,
 * against objects that exist (the test names them by path parameter): each property of the body
 * spoilt in turn ({@link BadInputs}), malformed JSON, a list for the body, each query parameter
 * spoilt, and a form or plain-text body where the operation does not document one. Besides
 * what the end-to-end pass checks (never a 5xx, every 4xx a problem document, a NUL or wrong type
 * never accepted), it compares the service's schema before and after every
 * request ({@link SchemaState}): a refused request must have changed nothing. That finds the class
 * of bugs where a refusal comes after a commit (a second transaction, a write kept by a caught
 * exception, a 4xx returned instead of thrown), reads included: a refused read must not leave an
 * audit line or a read receipt behind either.
 * <p>
 * The test runs it with a caller its roles let in everywhere ({@code @TestSecurity}); requests go
 * to the service under test (REST Assured's defaults).
 */
public final class RefusedRequestsPass {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** What was wrong with one answer. */
    public record Finding(String operation, String input, int status, String what) {
        @Override
        public String toString() {
            return operation + " with " + input + ": " + status + " " + what;
        }
    }

    /** Operations and requests sent, answers by status, and what was wrong. */
    public record Result(int operations, int requests, Map<String, Integer> statuses, List<Finding> findings) {
    }

    private record Attempt(String name, BadInputs.Spoilt spoilt, Function<RequestSpecification, Response> send) {
    }

    private final Map<String, Object> document;
    private final BiFunction<String, String, String> pathValues;
    private final Callable<SchemaState> state;
    private final Set<String> skipped;

    /**
     * @param pathValues a path parameter's value, given the operation's path and the parameter's
     *                   name: an object of the test's making (null: a random UUID)
     * @param state      reads the service's schema now
     * @param skipped    operations ({@code POST /api/v1/...}) the pass leaves out, each for a stated reason
     */
    public RefusedRequestsPass(Map<String, Object> document, BiFunction<String, String, String> pathValues, Callable<SchemaState> state,
                             Set<String> skipped) {
        this.document = document;
        this.pathValues = pathValues;
        this.state = state;
        this.skipped = skipped;
    }

    /** The running service's own document. */
    public static Map<String, Object> document() {
        return given().when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath().getMap("$");
    }

    @SuppressWarnings("unchecked")
    public Result run() throws Exception {
        List<Finding> findings = new ArrayList<>();
        Map<String, Integer> statuses = new TreeMap<>();
        int operations = 0;
        int requests = 0;
        for (Map.Entry<String, Object> item : ((Map<String, Object>) document.get("paths")).entrySet()) {
            for (Map.Entry<String, Object> method : ((Map<String, Object>) item.getValue()).entrySet()) {
                String key = method.getKey().toUpperCase() + " " + item.getKey();
                if (!METHODS.contains(method.getKey()) || skipped.contains(key)) {
                    continue;
                }
                operations++;
                for (Attempt attempt : attempts(method.getKey(), item.getKey(), (Map<String, Object>) method.getValue())) {
                    SchemaState before = state.call();
                    Response response = attempt.send().apply(given());
                    requests++;
                    statuses.merge(String.valueOf(response.statusCode()), 1, Integer::sum);
                    String wrong = judge(item.getKey(), attempt.spoilt(), response, before);
                    if (wrong != null) {
                        findings.add(new Finding(key, attempt.name(), response.statusCode(), wrong));
                    }
                }
            }
        }
        return new Result(operations, requests, statuses, findings);
    }

    /** Null when the answer is right for the spoilt input; otherwise what is wrong. */
    private String judge(String template, BadInputs.Spoilt spoilt, Response response, SchemaState before) throws Exception {
        int status = response.statusCode();
        if (status >= 500) {
            return "server error: " + abbreviated(response.asString());
        }
        if (status < 400) {
            return spoilt.mustBeRefused() && status < 300 ? "accepted" : null;
        }
        String type = String.valueOf(response.contentType());
        // Under /open311/ the specification's own error array, in the path's format, is the documented refusal.
        boolean open311 = template.startsWith("/open311/") && (type.contains("json") || type.contains("xml"));
        if (!type.startsWith("application/problem+json") && !open311) {
            return "a refusal without a problem document";
        }
        Set<String> changed = SchemaState.changedSince(before, state);
        return changed.isEmpty() ? null : "refused, but changed " + changed + ": " + abbreviated(response.asString());
    }

    @SuppressWarnings("unchecked")
    private List<Attempt> attempts(String method, String template, Map<String, Object> spec) {
        String path = template;
        for (Map<String, Object> parameter : (List<Map<String, Object>>) spec.getOrDefault("parameters", List.of())) {
            if ("path".equals(parameter.get("in"))) {
                String name = (String) parameter.get("name");
                String value = pathValues.apply(template, name);
                path = path.replace("{" + name + "}", value == null ? UUID.randomUUID().toString() : value);
            }
        }
        String target = path;
        String etag = currentEtag(method, template, target);
        List<Attempt> attempts = new ArrayList<>();
        Map<String, Object> bodySchema = BadInputs.bodySchema(spec);
        Object baseline = bodySchema == null ? null : BadInputs.sample(document, bodySchema, 0);
        if (baseline instanceof Map<?, ?> map) {
            Map<String, Object> properties = (Map<String, Object>) BadInputs.resolve(document, bodySchema)
                    .getOrDefault("properties", Map.of());
            for (Map.Entry<String, Object> property : properties.entrySet()) {
                for (BadInputs.Spoilt spoilt : BadInputs.spoilings(BadInputs.resolve(document, (Map<String, Object>) property.getValue()))) {
                    Map<String, Object> body = new LinkedHashMap<>((Map<String, Object>) map);
                    body.put(property.getKey(), spoilt.value());
                    attempts.add(new Attempt("body." + property.getKey() + " " + spoilt.what(), spoilt,
                            r -> ifMatch(r, etag).contentType("application/json").body(body).when().request(method, target)));
                }
            }
        }
        if (bodySchema != null) {
            attempts.add(new Attempt("malformed JSON body", new BadInputs.Spoilt("malformed JSON", null, true),
                    r -> ifMatch(r, etag).contentType("application/json").body("{\"a\": ").when().request(method, target)));
            boolean list = "array".equals(BadInputs.resolve(document, bodySchema).get("type"));
            attempts.add(new Attempt("a list for the body", new BadInputs.Spoilt("a list", null, !list),
                    r -> ifMatch(r, etag).contentType("application/json").body("[1]").when().request(method, target)));
        }
        for (Map<String, Object> parameter : (List<Map<String, Object>>) spec.getOrDefault("parameters", List.of())) {
            if (!"query".equals(parameter.get("in"))) {
                continue;
            }
            String name = (String) parameter.get("name");
            for (BadInputs.Spoilt spoilt : BadInputs.spoilings(BadInputs.resolve(document,
                    (Map<String, Object>) parameter.getOrDefault("schema", Map.of())))) {
                if (spoilt.value() == null || spoilt.value() instanceof Map || spoilt.value() instanceof List) {
                    continue;
                }
                String value = spoilt.value() == BadInputs.LONG ? BadInputs.LONG.substring(0, 3_000) : String.valueOf(spoilt.value());
                attempts.add(new Attempt("query " + name + " " + spoilt.what(), spoilt, r -> (baseline == null ? ifMatch(r, etag)
                        : ifMatch(r, etag).contentType("application/json").body(baseline)).queryParam(name, value).when().request(method, target)));
            }
        }
        if (!method.equals("get")) {
            attempts.addAll(crossSiteForms(method, spec, target, etag));
        }
        return attempts;
    }

    /**
     * A change sent as a body any page of another site can post without a CORS preflight (a form,
     * plain text): refused unless the operation documents that type, whatever it takes otherwise.
     * Last, so that one accepted by mistake (a contact closed) shows as a finding without
     * spoiling the attempts before it.
     */
    @SuppressWarnings("unchecked")
    private static List<Attempt> crossSiteForms(String method, Map<String, Object> spec, String target, String etag) {
        Map<String, Object> body = (Map<String, Object>) spec.get("requestBody");
        Set<String> declared = body == null ? Set.of() : ((Map<String, Object>) body.getOrDefault("content", Map.of())).keySet();
        List<Attempt> attempts = new ArrayList<>();
        for (String type : List.of("application/x-www-form-urlencoded", "text/plain")) {
            if (!declared.contains(type)) {
                attempts.add(new Attempt("a cross-site " + type + " body", new BadInputs.Spoilt(type, null, true),
                        r -> ifMatch(r, etag).contentType(type).body("note=x").when().request(method, target)));
            }
        }
        return attempts;
    }

    /**
     * The ETag of the object an update or delete targets, read from the same path's GET, so that
     * a spoilt request passes the If-Match check and meets the object's own rules; null without one.
     */
    @SuppressWarnings("unchecked")
    private String currentEtag(String method, String template, String target) {
        Map<String, Object> item = (Map<String, Object>) ((Map<String, Object>) document.get("paths")).get(template);
        if (method.equals("post") || method.equals("get") || !item.containsKey("get")) {
            return null;
        }
        return given().when().get(target).header("ETag");
    }

    private static RequestSpecification ifMatch(RequestSpecification request, String etag) {
        return etag == null ? request : request.header("If-Match", etag);
    }

    private static String abbreviated(String body) {
        return body.length() > 200 ? body.substring(0, 200) : body;
    }
}
