package fi.kohtaamo.routing.rest;

import com.fasterxml.jackson.annotation.JsonFormat;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.routing.domain.CallBack;
import fi.kohtaamo.routing.domain.Channel;
import fi.kohtaamo.routing.service.NewContact;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A new contact. {@code serviceId} may be left out when the client does not know which service
 * their matter belongs to: it then goes to triage. {@code clientId} is the client registry's id,
 * when the submitter (staff or an agency system) knows it. {@code attributes} answers the
 * service's extra questions by their codes. {@code callback} makes it a call-back request (channel PHONE).
 */
public record ContactRequest(
        UUID serviceId,
        @NotBlank @Size(max = 5000) String description,
        @NotNull @Pattern(regexp = "fi|sv|en", message = "must be fi, sv or en") String language,
        Channel channel,
        @Valid ContactDetails contact,
        UUID clientId,
        @Size(max = 50) Map<String, Object> attributes,
        @Valid CallBackRequest callback) {

    private static final String PHONE = "\\+?[0-9][0-9 ()-]{4,24}";

    /**
     * Asks to be called back: the number to call (it becomes the contact's phone) and the times the
     * caller can take the call, each within the service's hours (intake checks them against the
     * calendar of the queue the contact is routed to).
     */
    public record CallBackRequest(
            @NotBlank @Pattern(regexp = PHONE, message = "must be a phone number") String phone,
            @NotNull @Size(min = 1, max = CallBack.MAX_WINDOWS) List<@NotNull @Valid Window> windows) {
    }

    /** A time the caller can take the call, in the service's local time (Europe/Helsinki); times as HH:mm. */
    public record Window(@NotNull LocalDate date,
                         @NotNull @JsonFormat(pattern = "HH:mm") @Schema(type = SchemaType.STRING, example = "09:00") LocalTime from,
                         @NotNull @JsonFormat(pattern = "HH:mm") @Schema(type = SchemaType.STRING, example = "11:00") LocalTime to) {

        static Window of(CallBack.Window window) {
            return new Window(window.date(), window.from(), window.to());
        }

        CallBack.Window toDomain() {
            return new CallBack.Window(date, from, to);
        }
    }

    public record ContactDetails(
            @Size(max = 200) String name,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = PHONE, message = "must be a phone number") String phone) {
    }

    NewContact toNewContact() {
        ContactDetails details = contact == null ? new ContactDetails(null, null, null) : contact;
        String phone = blankToNull(details.phone());
        List<CallBack.Window> windows = null;
        if (callback != null) {
            if (phone != null && !phone.equals(callback.phone().strip())) {
                throw ProblemException.invalid("contact.phone", "differs from callback.phone; give the number once");
            }
            phone = callback.phone().strip();
            windows = callback.windows().stream().map(Window::toDomain).toList();
        }
        return new NewContact(serviceId, description, language, channel, blankToNull(details.name()),
                blankToNull(details.email()), phone, clientId, attributes, null, false, windows);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
