package fi.kohtaamo.catalogue.domain;

public enum OrganisationType {
    STATE,
    REGIONAL_STATE,
    MUNICIPALITY,
    REGION,
    COMPANY,
    ORGANIZATION,
    OTHER
}
