package fi.kohtaamo.routing.domain;

/**
 * A contact's life: queued until an agent takes it, assigned while someone works it, waiting for
 * the client while the service-level clock is paused, resolved (the client may still reopen it
 * for a while), then closed.
 */
public enum ContactStatus {
    QUEUED,
    ASSIGNED,
    WAITING_FOR_CLIENT,
    RESOLVED,
    CLOSED;

    public boolean open() {
        return this == QUEUED || this == ASSIGNED || this == WAITING_FOR_CLIENT;
    }
}
