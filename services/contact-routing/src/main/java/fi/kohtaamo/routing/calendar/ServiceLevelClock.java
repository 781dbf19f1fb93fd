package fi.kohtaamo.routing.calendar;

import java.time.Duration;
import java.time.Instant;

/**
 * Service-level arithmetic in business time: when a target falls due, when it becomes at risk
 * (a share of its business time used), and how a pause while waiting for the client moves it.
 */
public final class ServiceLevelClock {

    /** A target's due instant, and the instant from which it is at risk. */
    public record Deadline(Instant atRisk, Instant due) {
    }

    private final BusinessCalendar calendar;
    private final double atRiskShare;

    /** @param atRiskShare the share of a target's business time after which it is at risk, in (0, 1] */
    public ServiceLevelClock(BusinessCalendar calendar, double atRiskShare) {
        if (!(atRiskShare > 0 && atRiskShare <= 1)) {
            throw new IllegalArgumentException("at-risk share must be in (0, 1]");
        }
        this.calendar = calendar;
        this.atRiskShare = atRiskShare;
    }

    public Deadline start(Instant start, Duration target) {
        Duration untilRisk = Duration.ofSeconds(Math.round(target.toSeconds() * atRiskShare));
        return new Deadline(calendar.plusBusinessTime(start, untilRisk), calendar.plusBusinessTime(start, target));
    }

    /**
     * The deadline after a pause from {@code pausedAt} to {@code resumedAt}: the business time
     * that was left at the pause is left again at the resumption. A deadline already passed when
     * the pause began stays where it was.
     */
    public Deadline resume(Deadline deadline, Instant pausedAt, Instant resumedAt) {
        return new Deadline(moved(deadline.atRisk(), pausedAt, resumedAt), moved(deadline.due(), pausedAt, resumedAt));
    }

    /** Business time used between two instants. */
    public Duration used(Instant from, Instant to) {
        return calendar.businessTimeBetween(from, to);
    }

    private Instant moved(Instant instant, Instant pausedAt, Instant resumedAt) {
        if (!instant.isAfter(pausedAt)) {
            return instant;
        }
        return calendar.plusBusinessTime(resumedAt, calendar.businessTimeBetween(pausedAt, instant));
    }
}
