package fi.kohtaamo.webhooks.rest;

import fi.kohtaamo.webhooks.service.Subscriptions;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A subscription as its administrator sets it. */
public record SubscriptionRequest(
        @Schema(description = "Where to send: https, not a local or private address (unless an operator allowed its range)",
                examples = "https://system.example.fi/kohtaamo/webhooks")
        @NotBlank @Size(max = 2000) String url,
        @Schema(description = "What the subscription is for, shown to administrators") @Size(max = 200) String description,
        @Schema(description = "contact.received, contact.routed, contact.assigned, contact.message-added, contact.waiting-for-client, "
                + "contact.resolved, contact.reopened, contact.closed, feedback.answered, service.published, service.withdrawn")
        @NotEmpty @Size(max = 20) List<@NotNull @Size(max = 100) String> eventTypes,
        @Schema(description = "false pauses the subscription (events meanwhile are not delivered later); true resumes, also after a receiver ended it with 410; default true")
        Boolean active) {

    Subscriptions.Settings settings() {
        return new Subscriptions.Settings(url.strip(), description == null || description.isBlank() ? null : description.strip(),
                eventTypes, active == null || active);
    }
}
