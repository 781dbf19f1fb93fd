package fi.kohtaamo.problem;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents every operation's error answers as what they are: problem details
 * ({@code application/problem+json}, schema {@code Problem}). Each service names this filter
 * ({@code mp.openapi.filter}); an answer an operation documents itself is kept.
 * <ul>
 *   <li>400 for an operation with parameters or a body (a bad field, named);</li>
 *   <li>401 and 403 for one that names roles;</li>
 *   <li>404 for one with a path parameter (unknown, or another organisation's);</li>
 *   <li>500 for every one (an incident id, never a stack trace).</li>
 * </ul>
 */
public class ProblemResponses implements OASFilter {

    static final String SCHEMA = "Problem";
    private static final String REF = "#/components/schemas/" + SCHEMA;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(SCHEMA, problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            boolean hasPathParameter = path.getKey().contains("{");
            for (Operation operation : path.getValue().getOperations().values()) {
                document(operation, hasPathParameter);
            }
        }
    }

    static void document(Operation operation, boolean hasPathParameter) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        Map<String, String> answers = new LinkedHashMap<>();
        if (hasInput) {
            answers.put("400", "Bad input: the violations name each wrong field");
        }
        if (secured) {
            answers.put("401", "No valid token");
            answers.put("403", "The caller lacks the role this needs");
        }
        if (hasPathParameter) {
            answers.put("404", "Not found, or another organisation's");
        }
        answers.put("500", "An internal error, with an incident id");
        answers.forEach((status, description) -> {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, problem(description));
            }
        });
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF))));
    }

    private static Schema problemSchema() {
        Schema violation = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("The field's JSON path in the request, or the parameter's name"))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .required(List.of("field", "message"));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri"))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("incident", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("On a 500: the id support finds the incident by"))
                .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(violation))
                .required(List.of("type", "title", "status"));
    }
}
