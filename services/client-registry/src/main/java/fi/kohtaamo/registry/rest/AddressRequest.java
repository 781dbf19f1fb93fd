package fi.kohtaamo.registry.rest;

import fi.kohtaamo.registry.domain.Address;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** An address as given: a Finnish postal code has five digits; other countries' are checked for shape only. */
public record AddressRequest(
        @Pattern(regexp = "POSTAL|HOME|VISITING", message = "must be POSTAL, HOME or VISITING") String kind,
        @NotBlank @Size(max = 200) @NoNul String street,
        @NotBlank @Pattern(regexp = "[0-9A-Za-z][0-9A-Za-z -]{1,9}", message = "must be a postal code") String postalCode,
        @NotBlank @Size(max = 100) @NoNul String postOffice,
        @Pattern(regexp = "[A-Z]{2}", message = "an ISO 3166 country code such as FI") String country) {

    Address toAddress() {
        String countryCode = country == null ? "FI" : country;
        return new Address(kind == null ? "POSTAL" : kind, street.strip(), postalCode.strip(), postOffice.strip(), countryCode);
    }

    static List<Address> toAddresses(List<AddressRequest> addresses) {
        if (addresses == null) {
            return List.of();
        }
        for (int i = 0; i < addresses.size(); i++) {
            AddressRequest address = addresses.get(i);
            if ((address.country() == null || address.country().equals("FI")) && !address.postalCode().strip().matches("\\d{5}")) {
                throw fi.kohtaamo.problem.ProblemException.invalid("addresses[" + i + "].postalCode",
                        "a Finnish postal code has five digits");
            }
        }
        return addresses.stream().map(AddressRequest::toAddress).toList();
    }
}
