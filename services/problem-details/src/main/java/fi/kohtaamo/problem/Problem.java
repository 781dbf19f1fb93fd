package fi.kohtaamo.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem details document. {@code violations} names each field that was wrong;
 * further members (such as the id of an existing record on a conflict) go in {@code extensions}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance,
                      List<Violation> violations, @com.fasterxml.jackson.annotation.JsonIgnore Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);
    private static final String TYPE_BASE = "https://kohtaamo.fi/problems/";

    public Problem {
        violations = violations == null ? List.of() : List.copyOf(violations);
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(URI.create(TYPE_BASE + slug), title, status, detail, null, List.of(), Map.of());
    }

    public Problem withViolations(List<Violation> fieldViolations) {
        return new Problem(type, title, status, detail, instance, fieldViolations, extensions);
    }

    public Problem with(String member, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(member, value);
        return new Problem(type, title, status, detail, instance, violations, more);
    }

    @JsonAnyGetter
    public Map<String, Object> members() {
        return extensions;
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }

    /** One wrong field: {@code field} is its JSON path in the request, e.g. {@code contact.email}. */
    public record Violation(String field, String message) {
    }
}
