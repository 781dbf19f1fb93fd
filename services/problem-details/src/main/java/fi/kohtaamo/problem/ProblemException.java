package fi.kohtaamo.problem;

/** Thrown by a use case to answer with a specific problem (404, 409, 412 …). */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.title() + ": " + problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(Problem.of(404, "not-found", "Not found", what + " " + id + " does not exist"));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "forbidden", "Forbidden", detail));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, "conflict", "Conflict", detail));
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.of(400, "validation", "Invalid request", "The request has invalid fields")
                .withViolations(java.util.List.of(new Problem.Violation(field, message))));
    }
}
