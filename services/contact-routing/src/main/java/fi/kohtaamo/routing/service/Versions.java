package fi.kohtaamo.routing.service;

import fi.kohtaamo.problem.Problem;
import fi.kohtaamo.problem.ProblemException;

/**
 * The If-Match check of a supervisor's change: the version they read must still be the row's.
 * Callers read the row under a write lock first, so a second change naming the same version waits
 * for the first to commit and is then refused (412), never applied over it.
 */
final class Versions {

    private Versions() {
    }

    static void require(int actual, int expected, String what) {
        if (actual != expected) {
            throw new ProblemException(Problem.of(412, "version-mismatch", "Precondition failed",
                    "The " + what + " is at version " + actual + ", not " + expected + "; reload it and retry"));
        }
    }
}
