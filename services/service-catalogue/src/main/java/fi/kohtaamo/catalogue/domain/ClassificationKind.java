package fi.kohtaamo.catalogue.domain;

/** PTV's classifications of a service. */
public enum ClassificationKind {
    SERVICE_CLASS,
    TARGET_GROUP,
    LIFE_EVENT,
    KEYWORD
}
