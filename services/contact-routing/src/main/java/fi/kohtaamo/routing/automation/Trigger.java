package fi.kohtaamo.routing.automation;

/**
 * The contact events an automation rule runs on: the ones routing itself produces (intake, a
 * message from either side, asking the client, a transfer, resolution, reopening, and the
 * service-level job's at-risk and breached).
 */
public enum Trigger {
    RECEIVED, MESSAGE_ADDED, WAITING_FOR_CLIENT, TRANSFERRED, RESOLVED, REOPENED, SLA_AT_RISK, SLA_BREACHED
}
