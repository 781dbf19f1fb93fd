package fi.kohtaamo.testsupport;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiContractTest {

    private static final Map<String, Object> PROBLEM = Map.of("content",
            Map.of("application/problem+json", Map.of("schema", Map.of("$ref", "#/components/schemas/Problem"))));

    private static Map<String, Object> operation(String... requestTypes) {
        Map<String, Object> content = new java.util.LinkedHashMap<>();
        for (String type : requestTypes) {
            content.put(type, Map.of("schema", Map.of("type", "object")));
        }
        return Map.of("operationId", "close", "requestBody", Map.of("content", content),
                "responses", Map.of("204", Map.of(), "400", PROBLEM));
    }

    @Test
    void anExactlyDocumentedOperationPasses() {
        assertThat(OpenApiContract.violations(Map.of("/a", Map.of("post", operation("application/json"))))).isEmpty();
    }

    @Test
    void aBodyOfAnyTypeIsNamed() {
        List<String> violations = OpenApiContract.violations(Map.of("/a", Map.of("post", operation("application/json", "*/*"))));
        assertThat(violations).singleElement().asString().startsWith("POST /a").contains("exact @Consumes");
    }

    @Test
    void anOperationWithoutASuccessOrIdIsNamed() {
        assertThat(OpenApiContract.violations(Map.of("/b", Map.of("get", Map.of("responses", Map.of("400", PROBLEM))))))
                .singleElement().asString().contains("no operationId").contains("no success response");
    }
}
