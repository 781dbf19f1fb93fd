package fi.kohtaamo.problem;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemMappersTest {

    @Test
    void anUnreachableDatabaseIsA503WithRetryAfter() {
        var refused = new RuntimeException("could not open", new SQLException("Connection to 127.0.0.1:5433 refused", "08001"));
        var mappers = mappers(new DatabaseAvailability(() -> false, Duration.ofSeconds(1)));
        var response = mappers.unexpected(new IllegalStateException(refused));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
        assertThat(mappers.database.reachable()).as("the next requests are refused at once").isFalse();
        assertThat(ProblemMappers.databaseUnreachable(new SQLTransientConnectionException("timeout"))).isTrue();
        assertThat(ProblemMappers.databaseUnreachable(new SQLException("Sorry, acquisition timeout!"))).isTrue();
        // Agroal's own words, as Hibernate wraps them: once a 500 under load (the capital A)
        assertThat(ProblemMappers.databaseUnreachable(new RuntimeException("Unable to acquire JDBC Connection",
                new SQLException("Acquisition timeout while waiting for new connection")))).isTrue();
    }

    private static ProblemMappers mappers(DatabaseAvailability database) {
        ProblemMappers mappers = new ProblemMappers();
        mappers.database = database;
        return mappers;
    }

    @Test
    void aUniqueViolationIsA409ForTheRequestThatLostTheRace() {
        var duplicate = new RuntimeException("could not execute statement",
                new SQLException("duplicate key value violates unique constraint", "23505"));
        var response = mappers(new DatabaseAvailability(() -> true, Duration.ofSeconds(1))).unexpected(duplicate);
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(ProblemMappers.uniqueViolation(new SQLException("check failed", "23514"))).isFalse();
    }

    @Test
    void anyOtherFailureIsA500WithAnIncident() {
        assertThat(ProblemMappers.databaseUnreachable(new SQLException("duplicate key", "23505"))).isFalse();
        // an outbound call that cannot connect is not the database being away
        assertThat(ProblemMappers.databaseUnreachable(new RuntimeException(new java.net.ConnectException("PTV refused")))).isFalse();
        var mappers = mappers(new DatabaseAvailability(() -> false, Duration.ofSeconds(1)));
        var response = mappers.unexpected(new IllegalStateException("bug"));
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(mappers.database.reachable()).isTrue();
        assertThat(((Problem) response.getEntity()).members()).containsKey("incident");
    }
}
