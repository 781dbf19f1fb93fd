package fi.kohtaamo.catalogue.domain;

public enum ChargeType {
    FREE,
    CHARGED,
    OTHER
}
