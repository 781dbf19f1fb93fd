package fi.kohtaamo.routing.domain;

public enum SlaState {
    ON_TIME,
    AT_RISK,
    BREACHED
}
