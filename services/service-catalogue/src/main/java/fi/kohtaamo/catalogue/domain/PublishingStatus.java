package fi.kohtaamo.catalogue.domain;

public enum PublishingStatus {
    DRAFT,
    PUBLISHED,
    WITHDRAWN
}
