package fi.kohtaamo.routing.repository;

import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduled jobs' queries against the real schema: with sequential scans priced out, the
 * planner finds each one's rows in an index by the job's moment, so that a run reads the rows it
 * changes and not the year of contacts around them. A table this small would be scanned anyway, so
 * a plan with a sequential scan here means no index could serve the query, and one without an index
 * condition means the index only narrowed the rows by status (as the service-level check's did:
 * it read every open contact every 30 seconds).
 */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
class JobQueriesTest {

    @Inject
    EntityManager entityManager;

    @ParameterizedTest
    @ValueSource(strings = {ContactRepository.DUE_FOR_SERVICE_LEVEL_CHECK, ContactRepository.RESOLVED_BEFORE,
            ContactRepository.CLOSED_ANONYMOUS_WITH_PERSONAL_DATA})
    void aJobsQueryIsServedByAnIndex(String query) {
        List<?> plan = QuarkusTransaction.requiringNew().call(() -> {
            entityManager.createNativeQuery("set local enable_seqscan = off").executeUpdate();
            return entityManager.createNativeQuery("explain " + query)
                    .setParameter(1, Instant.now()).setParameter(2, 100).getResultList();
        });
        assertThat(plan).isNotEmpty()
                .noneSatisfy(line -> assertThat(line.toString()).contains("Seq Scan"))
                .as("the index finds the rows by the job's moment, not only by their status")
                .anySatisfy(line -> assertThat(line.toString()).contains("Index Cond:"));
    }
}
