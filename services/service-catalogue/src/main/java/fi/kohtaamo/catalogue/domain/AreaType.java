package fi.kohtaamo.catalogue.domain;

/** Where a service is offered: PTV's Nationwide, NationwideExceptAlandIslands or LimitedType. */
public enum AreaType {
    NATIONWIDE,
    NATIONWIDE_EXCEPT_ALAND,
    LIMITED
}
