package fi.kohtaamo.routing.domain;

public enum ContactStatus {
    RECEIVED
}
