package fi.kohtaamo.catalogue.domain;

/** How to reach a channel; the address is for service locations. */
public record ChannelContact(String email, String phone, String url, Address address) {

    public record Address(Localized street, String postalCode, String municipalityCode, Localized postOffice) {
    }
}
