package fi.kohtaamo.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Turns every error a resource can raise into problem details; never a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.problem().toResponse();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        return invalid(e.getConstraintViolations()).toResponse();
    }

    /**
     * The 400 for Bean Validation's violations, each named by its field; public for a resource that
     * validates parts of a request itself (a batch whose items are answered one by one).
     */
    public static Problem invalid(java.util.Collection<? extends ConstraintViolation<?>> constraintViolations) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> violation : constraintViolations) {
            violations.add(new Problem.Violation(fieldName(violation.getPropertyPath()), violation.getMessage()));
        }
        violations.sort(Comparator.comparing(Problem.Violation::field));
        return Problem.of(400, "validation", "Invalid request", "The request has invalid fields").withViolations(violations);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response invalidFormat(com.fasterxml.jackson.databind.exc.InvalidFormatException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response malformedJson(com.fasterxml.jackson.core.JsonParseException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        return unreadable(e).toResponse();
    }

    /** The 400 for JSON that could not be read, naming the field where it could not; public as {@link #invalid}. */
    public static Problem unreadable(JsonProcessingException e) {
        String field = "";
        if (e instanceof JsonMappingException mapping) {
            field = jsonPath(mapping.getPath());
        }
        String message = e.getOriginalMessage() == null ? "malformed JSON" : e.getOriginalMessage().split("\n")[0];
        Problem problem = Problem.of(400, "malformed-request", "Malformed request", "The request body could not be read");
        return field.isEmpty() ? problem : problem.withViolations(List.of(new Problem.Violation(field, message)));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.of(403, "forbidden", "Forbidden", "You lack the role or organisation this needs").toResponse();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Response original = e.getResponse();
        if (original.hasEntity() || original.getStatus() == 401) {
            return original;
        }
        String path = uri.getPath();
        if (path.startsWith("/open311/")) {
            // An Open311 client gets the specification's error array even where no resource matched
            // (a doubled slash, an unknown resource), in the format its path asks for.
            return (path.endsWith(".xml") ? Open311Format.XML : Open311Format.JSON)
                    .error(original.getStatus(), original.getStatusInfo().getReasonPhrase() + ": " + path);
        }
        Response.StatusType status = original.getStatusInfo();
        Response.ResponseBuilder builder = Response.fromResponse(Problem.of(status.getStatusCode(),
                slug(status.getReasonPhrase()), status.getReasonPhrase(), e.getMessage()).toResponse());
        original.getHeaders().forEach((name, values) -> {
            if (!"Content-Type".equalsIgnoreCase(name)) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    @Inject
    DatabaseAvailability database;

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (databaseUnreachable(e)) {
            // Not the request's fault and not a bug: the service's own database is away. The next
            // requests are refused at once until it is back (DatabaseAvailability).
            LOG.warnf("database unreachable: %s", rootMessage(e));
            database.markUnreachable();
            return databaseUnavailable();
        }
        if (uniqueViolation(e)) {
            // Two requests raced to create the same thing (an Idempotency-Key, an imported id):
            // the loser's transaction rolled back; repeating it finds the winner's result.
            return Problem.of(409, "conflict", "Conflict",
                    "A concurrent request created the same thing first; repeat the request to see its result").toResponse();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error, incident %s", incident);
        return Problem.of(500, "internal-error", "Internal error",
                "Something went wrong on our side; the incident id helps support find it").with("incident", incident)
                .toResponse();
    }

    /** A 503 that tells a client, an agency system above all, to retry. */
    static Response databaseUnavailable() {
        return Response.fromResponse(Problem.of(503, "service-unavailable", "Service unavailable",
                        "The service cannot reach its database just now; try again shortly (with the same Idempotency-Key, if you sent one)")
                .toResponse()).header("Retry-After", "5").build();
    }

    /**
     * Whether the failure is the database being unreachable: a JDBC connection failure anywhere in
     * the causes (SQLState class 08, a transient connection exception, or the pool giving up
     * waiting for a connection).
     */
    static boolean databaseUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            // Only JDBC's own connection failures: an outbound HTTP call that cannot connect is not the database.
            if (cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql) {
                String state = sql.getSQLState();
                if ((state != null && state.startsWith("08"))
                        || String.valueOf(sql.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a unique constraint refused the write (SQLState 23505) anywhere in the causes. */
    public static boolean uniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /**
     * {@code create.request.contact.email} → {@code contact.email}: drops the method and the body
     * parameter; a query, path or header parameter ({@code list.limit}) is named itself.
     */
    static String fieldName(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CROSS_PARAMETER) {
                names.clear();
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                names.clear();
                names.add(node.getName());
                continue;
            }
            String name = node.getName();
            if (node.getIndex() != null && !names.isEmpty()) {
                names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
            }
            if (name != null && !name.isEmpty() && !name.startsWith("<")) {
                names.add(name);
            }
        }
        if (names.size() > 1 && isParameter(path)) {
            names.remove(0); // the body parameter's own name means nothing to the client
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }

    private static boolean isParameter(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                return true;
            }
        }
        return false;
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String slug(String reason) {
        return reason == null ? "error" : reason.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}
