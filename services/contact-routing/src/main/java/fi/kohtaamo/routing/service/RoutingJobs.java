package fi.kohtaamo.routing.service;

import fi.kohtaamo.routing.config.RoutingConfig;
import io.quarkus.scheduler.Scheduled;
import fi.kohtaamo.routing.domain.KnownClient;
import fi.kohtaamo.routing.domain.KnownService;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.domain.SlaPolicy;
import fi.kohtaamo.routing.domain.WorkCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Cache;
import jakarta.persistence.EntityManagerFactory;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;

/** The service-level check, push-mode offers and the closing of contacts past their reopen period. */
@ApplicationScoped
public class RoutingJobs {

    private static final Logger LOG = Logger.getLogger(RoutingJobs.class);

    private final ServiceLevels serviceLevels;
    private final ContactWork work;
    private final RoutingConfig config;
    private final Offers offers;
    private final ClientNotices notices;
    private final StaffNotices staffNotices;
    private final SmsNotices sms;
    private final EntityManagerFactory entityManagerFactory;

    public RoutingJobs(ServiceLevels serviceLevels, ContactWork work, RoutingConfig config, Offers offers,
                       ClientNotices notices, StaffNotices staffNotices, SmsNotices sms,
                       EntityManagerFactory entityManagerFactory) {
        this.staffNotices = staffNotices;
        this.sms = sms;
        this.entityManagerFactory = entityManagerFactory;
        this.offers = offers;
        this.notices = notices;
        this.serviceLevels = serviceLevels;
        this.work = work;
        this.config = config;
    }

    @Scheduled(identity = "routing-service-levels", every = "${kohtaamo.routing.sla-check-every:30s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void serviceLevels() {
        int changed;
        do {
            changed = serviceLevels.check(Instant.now(), config.slaCheckBatch());
            if (changed > 0) {
                LOG.infof("service-level check flagged %d contacts", changed);
            }
        } while (changed >= config.slaCheckBatch());
    }

    @Scheduled(identity = "routing-offers", every = "${kohtaamo.routing.offer-every:2s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void offers() {
        int offered = offers.offer(Instant.now());
        if (offered > 0) {
            LOG.debugf("offered %d contacts to agents in push mode", offered);
        }
    }

    @Scheduled(identity = "routing-client-notices", every = "${kohtaamo.routing.notice-every:10s}", delayed = "15s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void clientNotices() {
        int sent = notices.deliver(Instant.now(), 50) + staffNotices.deliver(Instant.now(), 50) + sms.deliver(Instant.now(), 50);
        if (sent > 0) {
            LOG.debugf("sent %d notices (e-mail to clients and staff, SMS)", sent);
        }
    }

    /**
     * Hibernate's second-level cache is per replica: a queue, calendar, policy or copy of a service
     * or client changed through another replica would stay stale while it is read often. Emptying
     * those regions every 10 seconds bounds how stale they can be.
     */
    @Scheduled(identity = "routing-cache-refresh", every = "10s", delayed = "10s")
    void refreshCaches() {
        if (!entityManagerFactory.isOpen()) {
            return; // shutting down
        }
        Cache cache = entityManagerFactory.getCache();
        for (Class<?> cached : List.of(Queue.class, WorkCalendar.class, SlaPolicy.class, KnownService.class, KnownClient.class)) {
            cache.evict(cached);
        }
    }

    @Scheduled(identity = "routing-close-resolved", every = "10m", delayed = "60s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void closeResolved() {
        int closed;
        do {
            closed = work.closeExpired(Instant.now(), 500);
            if (closed > 0) {
                LOG.infof("closed %d contacts past their reopen period", closed);
            }
        } while (closed >= 500);
    }
}
