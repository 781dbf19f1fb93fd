package fi.kohtaamo.routing.rest;

import fi.kohtaamo.problem.Problem;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Two people changed one thing at once: the later one is told to reload, never shown a 500. */
public class ConcurrencyProblems {

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e) {
        return conflict();
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e) {
        return conflict();
    }

    private static Response conflict() {
        return Problem.of(409, "concurrent-change", "Changed meanwhile",
                "Someone changed this at the same time; reload it and try again").toResponse();
    }
}
