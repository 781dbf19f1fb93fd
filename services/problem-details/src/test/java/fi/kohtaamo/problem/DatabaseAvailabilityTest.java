package fi.kohtaamo.problem;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseAvailabilityTest {

    @Test
    void aDatabaseNotKnownToBeDownLetsRequestsThrough() {
        DatabaseAvailability database = new DatabaseAvailability(() -> true, Duration.ofMillis(10));

        assertThat(database.reachable()).isTrue();
        assertThat(database.refuseWhileUnreachable()).isNull();
    }

    @Test
    void onceMarkedDownRequestsGetA503AtOnceUntilAProbeGetsThrough() throws Exception {
        AtomicBoolean answers = new AtomicBoolean(false);
        AtomicInteger probes = new AtomicInteger();
        DatabaseAvailability database = new DatabaseAvailability(() -> {
            probes.incrementAndGet();
            return answers.get();
        }, Duration.ofMillis(10));

        database.markUnreachable();
        database.markUnreachable(); // a second failing request starts no second probe

        var refused = database.refuseWhileUnreachable();
        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeaderString("Retry-After")).isEqualTo("5");
        assertThat(((Problem) refused.getEntity()).type().toString()).endsWith("service-unavailable");
        waitUntil(() -> probes.get() >= 3);
        assertThat(database.reachable()).isFalse();

        answers.set(true);
        waitUntil(database::reachable);
        assertThat(database.refuseWhileUnreachable()).isNull();
        int probesWhenBack = probes.get();
        Thread.sleep(100);
        assertThat(probes.get()).as("no probing while the database answers").isEqualTo(probesWhenBack);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 5 s").isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
