package fi.kohtaamo.problem;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Remembers that the service's database is unreachable, so that requests are refused with a 503
 * at once instead of each waiting for the pool's acquisition timeout (seconds) before failing.
 *
 * <p>A request that finds the database unreachable (see {@link ProblemMappers}) marks it down; from
 * then on every request is answered 503 before its resource method runs, and one background probe
 * asks the pool for a connection and runs {@code select 1} every {@link #PROBE_EVERY} until it
 * works. A probe's failed query also lets the pool drop the connection it broke on, so the
 * connections handed out after recovery are fresh ones.
 */
@ApplicationScoped
public class DatabaseAvailability {

    private static final Logger LOG = Logger.getLogger(DatabaseAvailability.class);
    static final Duration PROBE_EVERY = Duration.ofMillis(250);

    private final BooleanSupplier probe;
    private final Duration probeEvery;
    private final AtomicBoolean down = new AtomicBoolean();

    @Inject
    public DatabaseAvailability(Instance<AgroalDataSource> dataSources) {
        this(() -> dataSources.isResolvable() && answers(dataSources.get()), PROBE_EVERY);
    }

    /** @param probe whether the database answers now; called on the probe's own thread */
    DatabaseAvailability(BooleanSupplier probe, Duration probeEvery) {
        this.probe = probe;
        this.probeEvery = probeEvery;
    }

    /** Whether requests may try the database (not known to be unreachable). */
    public boolean reachable() {
        return !down.get();
    }

    /** A request found the database unreachable: refuse the next ones at once until a probe gets through. */
    void markUnreachable() {
        if (down.compareAndSet(false, true)) {
            LOG.warn("database unreachable: answering 503 until a probe gets through");
            Thread.ofVirtual().name("database-probe").start(this::probeUntilReachable);
        }
    }

    @ServerRequestFilter(preMatching = true)
    public Response refuseWhileUnreachable() {
        return reachable() ? null : ProblemMappers.databaseUnavailable();
    }

    private void probeUntilReachable() {
        while (down.get()) {
            try {
                Thread.sleep(probeEvery);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                down.set(false);
                return;
            }
            if (probe.getAsBoolean()) {
                LOG.info("database reachable again");
                down.set(false);
            }
        }
    }

    private static boolean answers(AgroalDataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("select 1");
            return true;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
