package fi.kohtaamo.catalogue.domain;

/** The six groups of the service map, as clients see the agencies' work (DOMAIN.md). */
public enum ServiceGroup {
    STRATEGIC_PLANNING,
    ADVICE_AND_INFORMATION,
    FINANCING_AND_PROMOTION,
    PERMITS_AND_NOTIFICATIONS,
    SUPERVISION_AND_INSPECTIONS,
    INFRASTRUCTURE
}
