package fi.kohtaamo.registry.domain;

/** An address of a client: what kind, street, postal code, post office and country (ISO 3166 alpha-2). */
public record Address(String kind, String street, String postalCode, String postOffice, String country) {
}
