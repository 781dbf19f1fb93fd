package fi.kohtaamo.registry.rest;

import fi.kohtaamo.registry.domain.Client;
import fi.kohtaamo.registry.service.NewClient;
import fi.kohtaamo.problem.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A client as staff register or correct it. Identifiers are validated by their official rules. */
public record ClientRequest(
        @NotNull Client.Kind kind,
        @Size(max = 100) String firstName,
        @Size(max = 100) String lastName,
        @Size(max = 200) String name,
        @Size(max = 11) String identityCode,
        @Size(max = 9) String businessId,
        @Size(max = 50) String organisationType,
        @Pattern(regexp = "fi|sv|en", message = "must be fi, sv or en") String preferredLanguage,
        List<@Pattern(regexp = "WEB|EMAIL|PHONE|LETTER|IN_PERSON|CHAT", message = "not a channel") String> preferredChannels,
        @Size(max = 5) List<@Email @NotNull String> emails,
        @Size(max = 5) List<@Pattern(regexp = "\\+?[0-9][0-9 ()-]{4,24}", message = "must be a phone number") String> phones,
        @Size(max = 5) List<@Valid @NotNull AddressRequest> addresses,
        @Pattern(regexp = "\\d{3}", message = "a three-digit municipality code") String municipalityCode,
        @Size(max = 100) String keycloakSubject,
        @Pattern(regexp = "\\d{2,5}", message = "a TOL 2008 industry code (2-5 digits)") String industryCode,
        @Pattern(regexp = "MICRO|SMALL|MEDIUM|LARGE", message = "must be MICRO, SMALL, MEDIUM or LARGE") String sizeClass) {

    NewClient toNewClient() {
        if (kind == Client.Kind.PERSON && (isBlank(firstName) || isBlank(lastName))) {
            throw ProblemException.invalid(isBlank(firstName) ? "firstName" : "lastName", "a person has a first and last name");
        }
        if (kind != Client.Kind.PERSON && isBlank(name)) {
            throw ProblemException.invalid("name", "an organisation or community has a name");
        }
        if (kind != Client.Kind.PERSON && identityCode != null) {
            throw ProblemException.invalid("identityCode", "only persons have identity codes");
        }
        if (kind == Client.Kind.PERSON && businessId != null) {
            throw ProblemException.invalid("businessId", "persons have no business id");
        }
        return new NewClient(kind, trim(firstName), trim(lastName), trim(name), trim(identityCode), trim(businessId),
                trim(organisationType), preferredLanguage == null ? "fi" : preferredLanguage, orEmpty(preferredChannels),
                orEmpty(emails), orEmpty(phones), AddressRequest.toAddresses(addresses), municipalityCode, trim(keycloakSubject), trim(industryCode), sizeClass);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return isBlank(value) ? null : value.strip();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
