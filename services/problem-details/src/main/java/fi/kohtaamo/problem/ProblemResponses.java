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
 * ({@code mp.openapi.filter}); an answer an operation documents itself is kept, but one without a
 * body (Quarkus adds a bare 400, 401 and 403 to validated and secured operations) gets the problem.
 * <ul>
 *   <li>400 for an operation with parameters or a body (a bad field, named);</li>
 *   <li>401 and 403 for one that names roles;</li>
 *   <li>404 for one with a path parameter (unknown, or another organisation's);</li>
 *   <li>500 for every one (an incident id, never a stack trace);</li>
 *   <li>any other error answer the operation names itself without a body ({@code @APIResponse(responseCode = "409")}).</li>
 * </ul>
 * Under {@code /open311/} the 4xx answers are the specification's error arrays (schema
 * {@code Open311Errors}) in the path's format, JSON or XML; a bad parameter the shared mechanisms
 * refuse (a NUL) is still a problem, so both are documented.
 */
public class ProblemResponses implements OASFilter {

    static final String SCHEMA = "Problem";
    static final String OPEN311_SCHEMA = "Open311Errors";
    private static final String REF = "#/components/schemas/" + SCHEMA;
    private static final String OPEN311_REF = "#/components/schemas/" + OPEN311_SCHEMA;
    private static final String OPEN311_PATHS = "/open311/";

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
            boolean open311 = path.getKey().startsWith(OPEN311_PATHS);
            for (Operation operation : path.getValue().getOperations().values()) {
                document(operation, hasPathParameter, open311);
            }
            if (open311) {
                openAPI.getComponents().addSchema(OPEN311_SCHEMA, open311Schema());
            }
        }
    }

    static void document(Operation operation, boolean hasPathParameter, boolean open311) {
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
        if (responses.getAPIResponses() != null) {
            // An answer the operation names itself (a 409, a 422) without a body is a problem too.
            responses.getAPIResponses().forEach((status, documented) -> {
                if ((status.startsWith("4") || status.startsWith("5")) && !answers.containsKey(status)) {
                    answers.put(status, documented.getDescription());
                }
            });
        }
        answers.forEach((status, description) -> {
            APIResponse documented = responses.getAPIResponse(status);
            if (documented == null || documented.getContent() == null
                    || documented.getContent().getMediaTypes() == null || documented.getContent().getMediaTypes().isEmpty()) {
                responses.addAPIResponse(status, open311 && status.startsWith("4")
                        ? open311Error(description) : problem(description));
            }
        });
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF))));
    }

    /** An Open311 error array in JSON or XML, or a problem where a shared mechanism refused first. */
    private static APIResponse open311Error(String description) {
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent()
                        .addMediaType(Open311Format.JSON_MEDIA_TYPE, OASFactory.createMediaType().schema(OASFactory.createSchema().ref(OPEN311_REF)))
                        .addMediaType(Open311Format.XML_MEDIA_TYPE, OASFactory.createMediaType().schema(OASFactory.createSchema().ref(OPEN311_REF)))
                        .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF))));
    }

    /** GeoReport v2's error document: {@code [{"code": 404, "description": "..."}]}, in XML {@code <errors><error>}. */
    private static Schema open311Schema() {
        Schema error = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("code", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .description("The HTTP status"))
                .addProperty("description", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .required(List.of("code", "description"));
        return OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(error)
                .description("Open311 GeoReport v2 errors");
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
