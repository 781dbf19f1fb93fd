package fi.kohtaamo.problem;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemResponsesTest {

    @Test
    void bareErrorAnswersQuarkusAddsGetTheProblemSchema() {
        Operation operation = securedWithBody();
        operation.getResponses().addAPIResponse("400", OASFactory.createAPIResponse().description("Bad Request"));
        operation.getResponses().addAPIResponse("401", OASFactory.createAPIResponse().description("Not Authorized"));

        OpenAPI document = filtered("/api/v1/things", operation);

        for (String status : List.of("400", "401", "403", "500")) {
            assertThat(schemaRef(operation.getResponses().getAPIResponse(status), Problem.MEDIA_TYPE))
                    .as(status).isEqualTo("#/components/schemas/Problem");
        }
        assertThat(document.getComponents().getSchemas()).containsKey("Problem").doesNotContainKey("Open311Errors");
    }

    @Test
    void anErrorTheOperationNamesWithoutABodyGetsTheProblemSchemaAndKeepsItsDescription() {
        Operation operation = securedWithBody();
        operation.getResponses().addAPIResponse("409", OASFactory.createAPIResponse().description("A concurrent batch"));

        filtered("/api/v1/things", operation);

        APIResponse conflict = operation.getResponses().getAPIResponse("409");
        assertThat(schemaRef(conflict, Problem.MEDIA_TYPE)).isEqualTo("#/components/schemas/Problem");
        assertThat(conflict.getDescription()).isEqualTo("A concurrent batch");
    }

    @Test
    void anAnswerDocumentedWithABodyIsKept() {
        Operation operation = securedWithBody();
        APIResponse own = OASFactory.createAPIResponse().description("api_key not valid")
                .content(OASFactory.createContent().addMediaType("application/json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Open311Errors"))));
        operation.getResponses().addAPIResponse("403", own);

        filtered("/api/v1/things", operation);

        assertThat(operation.getResponses().getAPIResponse("403")).isSameAs(own);
    }

    @Test
    void open311ClientErrorsAreTheSpecificationsErrorArraysInBothFormats() {
        Operation operation = OASFactory.createOperation().responses(OASFactory.createAPIResponses());

        OpenAPI document = filtered("/open311/v2/services/{code}.{format}", operation);

        APIResponse notFound = operation.getResponses().getAPIResponse("404");
        assertThat(schemaRef(notFound, "application/json")).isEqualTo("#/components/schemas/Open311Errors");
        assertThat(schemaRef(notFound, "text/xml")).isEqualTo("#/components/schemas/Open311Errors");
        assertThat(schemaRef(operation.getResponses().getAPIResponse("500"), Problem.MEDIA_TYPE))
                .isEqualTo("#/components/schemas/Problem");
        assertThat(document.getComponents().getSchemas()).containsKey("Open311Errors");
    }

    private static Operation securedWithBody() {
        return OASFactory.createOperation()
                .requestBody(OASFactory.createRequestBody())
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("SecurityScheme", "agent"))
                .responses(OASFactory.createAPIResponses());
    }

    private static OpenAPI filtered(String path, Operation operation) {
        OpenAPI document = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem(path, OASFactory.createPathItem().GET(operation)));
        new ProblemResponses().filterOpenAPI(document);
        return document;
    }

    private static String schemaRef(APIResponse response, String mediaType) {
        return response.getContent().getMediaType(mediaType).getSchema().getRef();
    }
}
