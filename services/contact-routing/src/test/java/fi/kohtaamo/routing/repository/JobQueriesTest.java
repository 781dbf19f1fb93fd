package fi.kohtaamo.routing.repository;

import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduled jobs' queries against the real schema: with sequential scans priced out, the
 * planner finds each one's rows in its index by the job's moment, so that a run reads the rows it
 * changes and not the year of contacts around them. A table this small would be scanned anyway, so
 * a plan with a sequential scan here means no index could serve the query, and one without the
 * index's condition means the index only narrowed the rows by status (as the service-level check's
 * did: it read every open contact every 30 seconds).
 */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
class JobQueriesTest {

    /** The service-level check's condition before V48, four moments in an OR: the reference. */
    private static final String FOUR_MOMENTS = """
            (first_responded_at is null and not first_response_breached and first_response_due <= now)
             or (not resolution_breached and resolution_due <= now)
             or (sla_state = 'ON_TIME'
                 and ((first_responded_at is null and first_response_at_risk <= now) or resolution_at_risk <= now))""";

    @Inject
    EntityManager entityManager;

    @ParameterizedTest
    @CsvSource({"DUE_FOR_SERVICE_LEVEL_CHECK, contact_service_level_next_idx", "RESOLVED_BEFORE, contact_resolved_idx",
            "CLOSED_ANONYMOUS_WITH_PERSONAL_DATA, contact_retention_idx",
            // the held half; for the offered half an empty table lets the planner pick any index on
            // queued contacts (on a year's contacts it takes contact_offer_holder_idx: 790 ms became 3.9)
            "LOADS_OF, contact_held_idx"})
    void aJobsQueryFindsItsRowsInItsIndex(String name, String index) throws ReflectiveOperationException {
        String query = (String) ContactRepository.class.getDeclaredField(name).get(null);
        List<String> plan = QuarkusTransaction.requiringNew().call(() -> {
            entityManager.createNativeQuery("set local enable_seqscan = off").executeUpdate();
            var explain = entityManager.createNativeQuery("explain " + query);
            if (query.contains("?2")) {
                explain.setParameter(1, Instant.now()).setParameter(2, 100);
            } else {
                explain.setParameter(1, List.of("agent-1", "agent-2"));
            }
            return explain.getResultList().stream().map(String::valueOf).toList();
        });
        assertThat(plan).noneSatisfy(line -> assertThat(line).contains("Seq Scan"));
        assertThat(String.join("\n", plan)).as("the rows come from %s by the job's moment", index)
                .containsPattern("(Index|Index Only|Bitmap Index) Scan (using " + index + " on contact|on " + index + ")"
                        + " [^\\n]*\\n\\s*Index Cond:");
    }

    @Test
    void theNextMomentIsDueExactlyWhenOneOfTheFourMomentsIs() {
        // every combination of answered or not, breached or not, a moment absent, passed or ahead
        String combinations = """
                select * from (values (null::timestamptz), (now() - interval '1 hour')) responded(first_responded_at),
                  (values (true), (false)) frb(first_response_breached),
                  (values (null::timestamptz), (now() - interval '1 minute'), (now() + interval '1 minute')) frd(first_response_due),
                  (values (true), (false)) rb(resolution_breached),
                  (values (null::timestamptz), (now() - interval '1 minute'), (now() + interval '1 minute')) rd(resolution_due),
                  (values ('ON_TIME'), ('AT_RISK'), ('BREACHED')) state(sla_state),
                  (values (null::timestamptz), (now() - interval '1 minute'), (now() + interval '1 minute')) fra(first_response_at_risk),
                  (values (null::timestamptz), (now() - interval '1 minute'), (now() + interval '1 minute')) rar(resolution_at_risk),
                  (values (now())) moment(now)""";
        String nextMoment = ContactRepository.DUE_FOR_SERVICE_LEVEL_CHECK
                .replaceFirst("(?s).* and (least\\(.*\\)) <= \\?1 order by .*", "$1");
        Object[] counts = (Object[]) QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select count(*), count(*) filter (where coalesce(" + FOUR_MOMENTS + ", false)),"
                        + " count(*) filter (where coalesce(" + FOUR_MOMENTS + ", false) is distinct from coalesce("
                        + nextMoment + " <= now, false))"
                        + " from (" + combinations + ") c").getSingleResult());
        assertThat(((Number) counts[0]).longValue()).isEqualTo(2 * 2 * 3 * 2 * 3 * 3 * 3 * 3);
        assertThat(((Number) counts[1]).longValue()).as("some are due").isPositive();
        assertThat(((Number) counts[2]).longValue()).as("combinations where the two disagree").isZero();
    }
}
