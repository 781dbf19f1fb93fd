package fi.kohtaamo.routing.domain;

public enum Presence {
    AVAILABLE,
    AWAY,
    OFFLINE
}
