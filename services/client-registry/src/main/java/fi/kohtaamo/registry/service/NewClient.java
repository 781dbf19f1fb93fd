package fi.kohtaamo.registry.service;

import fi.kohtaamo.registry.domain.Address;
import fi.kohtaamo.registry.domain.Client;

import java.util.List;

/** A client as registered or corrected, already checked for shape by the REST layer. */
public record NewClient(Client.Kind kind, String firstName, String lastName, String name, String identityCode,
                        String businessId, String organisationType, String preferredLanguage,
                        List<String> preferredChannels, List<String> emails, List<String> phones,
                        List<Address> addresses, String municipalityCode, String keycloakSubject, String industryCode, String sizeClass) {
}
