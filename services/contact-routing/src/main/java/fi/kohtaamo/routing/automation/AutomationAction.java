package fi.kohtaamo.routing.automation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * One thing an automation rule or a macro does to a contact. Which of the fields it needs depends
 * on the type (checked with the organisation's queues, templates and people when it is saved):
 * {@code priority} for SET_PRIORITY, {@code tag} for ADD_TAG, {@code queue} (a code) for TRANSFER
 * and NOTIFY_QUEUE, {@code templateId} for SEND_REPLY_TEMPLATE and ASK_CLIENT_TEMPLATE (the
 * template's text is asked of the client and the contact waits for them), {@code person} (a
 * username) for NOTIFY_PERSON, {@code subscriptionId} for CALL_WEBHOOK: one of the organisation's
 * webhook subscriptions, which the webhooks service owns, so routing checks only that it is a UUID;
 * the webhooks service delivers to it only when it is the contact's organisation's and active.
 */
public record AutomationAction(@NotNull Type type,
                               @Min(1) @Max(5) Integer priority,
                               @Size(max = 50) @Pattern(regexp = Tags.PATTERN, message = Tags.MESSAGE) String tag,
                               @Size(max = 100) String queue,
                               UUID templateId,
                               @Size(max = 100) String person,
                               UUID subscriptionId) {

    public enum Type {
        SET_PRIORITY, ADD_TAG, TRANSFER, SEND_REPLY_TEMPLATE, ASK_CLIENT_TEMPLATE, NOTIFY_PERSON, NOTIFY_QUEUE, CALL_WEBHOOK
    }

    /** The action in words, for the simulator. */
    public String describe() {
        return switch (type) {
            case SET_PRIORITY -> "set priority to " + priority;
            case ADD_TAG -> "add tag \"" + tag + "\"";
            case TRANSFER -> "transfer to queue " + queue;
            case SEND_REPLY_TEMPLATE -> "reply with template " + templateId;
            case ASK_CLIENT_TEMPLATE -> "ask the client with template " + templateId + " and wait for them";
            case NOTIFY_PERSON -> "notify " + person;
            case NOTIFY_QUEUE -> "notify the members of queue " + queue;
            case CALL_WEBHOOK -> "call webhook " + subscriptionId;
        };
    }

    /** What a tag may be: letters, digits, spaces, '-' and '_', starting with a letter or digit. */
    public static final class Tags {
        public static final String PATTERN = "[\\p{L}\\p{N}][\\p{L}\\p{N} _-]*";
        public static final String MESSAGE = "letters, digits, spaces, '-' and '_', starting with a letter or digit";

        private Tags() {
        }
    }
}
