package fi.kohtaamo.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The exactness a service's published OpenAPI document owes its integrators, who generate clients
 * from it: every operation has an operationId, each success answer says the schema of its body
 * (204 and a bodiless 202 aside), and the errors are documents with a schema (problem details, or Open311's own error
 * list), at least one of them a 4xx wherever the caller can get one wrong (input or a role). A raw JAX-RS {@code Response} without an {@code @APIResponse}
 * is documented as a schemaless 200, and a generated client then answers {@code Object}; a body
 * of any type ({@code *}{@code /*}) lets a form of another site post to the operation. This
 * catches them in the service's own tests, naming every such operation at once.
 */
public final class OpenApiContract {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private OpenApiContract() {
    }

    /** Reads the running service's document and fails naming every inexact operation. */
    public static void assertEveryOperationExact() {
        Map<String, Object> paths = given().when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        List<String> violations = violations(paths);
        if (!violations.isEmpty()) {
            fail(violations.size() + " operations are not exactly documented:\n  " + String.join("\n  ", violations));
        }
    }

    /** @param paths the document's {@code paths} object, as parsed JSON */
    @SuppressWarnings("unchecked")
    public static List<String> violations(Map<String, Object> paths) {
        List<String> violations = new ArrayList<>();
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, value) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            Map<String, Object> operation = (Map<String, Object>) value;
            List<String> wrong = new ArrayList<>();
            if (operation.get("operationId") == null) {
                wrong.add("no operationId");
            }
            Map<String, Object> responses = (Map<String, Object>) operation.getOrDefault("responses", Map.of());
            boolean success = false;
            boolean clientError = false;
            for (Map.Entry<String, Object> response : responses.entrySet()) {
                String status = response.getKey();
                boolean schema = hasSchema((Map<String, Object>) response.getValue());
                if (status.startsWith("2")) {
                    success = true;
                    if (!schema && !bodiless(status, (Map<String, Object>) response.getValue())) {
                        wrong.add(status + " without a body schema");
                    }
                } else if ((status.startsWith("4") || status.startsWith("5")) && !schema) {
                    wrong.add(status + " without an error document schema");
                }
                clientError |= status.startsWith("4") && schema;
            }
            if (!success) {
                wrong.add("no success response");
            }
            boolean canBeRefused = operation.get("requestBody") != null || operation.get("security") != null
                    || !((List<?>) operation.getOrDefault("parameters", List.of())).isEmpty();
            if (canBeRefused && !clientError) {
                wrong.add("no 4xx error document");
            }
            Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
            if (body != null && ((Map<String, Object>) body.getOrDefault("content", Map.of())).keySet().stream()
                    .anyMatch(type -> type.contains("*"))) {
                wrong.add("a request body of any type (give it an exact @Consumes)");
            }
            if (!wrong.isEmpty()) {
                violations.add(method.toUpperCase() + " " + path + ": " + String.join(", ", wrong));
            }
        }));
        return violations;
    }

    /** 204, or a 202 documented without a body (accepted, nothing to show yet). */
    private static boolean bodiless(String status, Map<String, Object> response) {
        return status.equals("204") || (status.equals("202") && response.get("content") == null);
    }

    /** Every media type of the response names a schema (an empty {@code {}} says nothing). */
    @SuppressWarnings("unchecked")
    private static boolean hasSchema(Map<String, Object> response) {
        Map<String, Object> content = (Map<String, Object>) response.get("content");
        if (content == null || content.isEmpty()) {
            return false;
        }
        return content.values().stream().allMatch(mediaType -> {
            Object schema = ((Map<String, Object>) mediaType).get("schema");
            return schema instanceof Map<?, ?> map && !map.isEmpty();
        });
    }
}
