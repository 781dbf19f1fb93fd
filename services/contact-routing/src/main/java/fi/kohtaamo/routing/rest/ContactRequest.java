package fi.kohtaamo.routing.rest;

import fi.kohtaamo.routing.domain.Channel;
import fi.kohtaamo.routing.service.NewContact;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Map;
import java.util.UUID;

/**
 * A new contact. {@code serviceId} may be left out when the client does not know which service
 * their matter belongs to: it then goes to triage. {@code clientId} is the client registry's id,
 * when the submitter (staff or an agency system) knows it. {@code attributes} answers the
 * service's extra questions by their codes.
 */
public record ContactRequest(
        UUID serviceId,
        @NotBlank @Size(max = 5000) String description,
        @NotNull @Pattern(regexp = "fi|sv|en", message = "must be fi, sv or en") String language,
        Channel channel,
        @Valid ContactDetails contact,
        UUID clientId,
        @Size(max = 50) Map<String, Object> attributes) {

    public record ContactDetails(
            @Size(max = 200) String name,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = "\\+?[0-9][0-9 ()-]{4,24}", message = "must be a phone number") String phone) {
    }

    NewContact toNewContact() {
        ContactDetails details = contact == null ? new ContactDetails(null, null, null) : contact;
        return new NewContact(serviceId, description, language, channel, blankToNull(details.name()),
                blankToNull(details.email()), blankToNull(details.phone()), clientId, attributes);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
