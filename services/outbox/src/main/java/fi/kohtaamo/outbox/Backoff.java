package fi.kohtaamo.outbox;

import java.time.Duration;

/** Exponential back-off: {@code first}, twice that, … capped at {@code max}. */
public final class Backoff {

    private Backoff() {
    }

    /** The delay after the {@code failures}-th failure in a row (1 for the first). */
    public static Duration after(int failures, Duration first, Duration max) {
        Duration delay = first.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 30));
        return delay.compareTo(max) > 0 || delay.isNegative() ? max : delay;
    }
}
