package fi.kohtaamo.routing.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.problem.Problem;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.problem.ProblemMappers;
import fi.kohtaamo.routing.service.BatchIntake;
import io.quarkus.security.Authenticated;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Batch intake: an agency system's contacts, many in one request, each with its own key and result. */
@Path("/api/v1/contacts/batch")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts")
public class ContactBatchResource {

    private final BatchIntake batches;
    private final Callers callers;
    private final ObjectMapper json;
    private final Validator validator;

    public ContactBatchResource(BatchIntake batches, Callers callers, ObjectMapper json, Validator validator) {
        this.batches = batches;
        this.callers = callers;
        this.json = json;
        this.validator = validator;
    }

    /** An item's key: what the Idempotency-Key header is to a single contact. */
    public record ItemKey(
            @Schema(description = "Makes the item safe to send again: the same key and contact answer the first contact")
            @NotBlank @Size(max = 200) @Pattern(regexp = "[\\p{Graph}]+", message = "must be printable characters without spaces")
            String key) {
    }

    /**
     * Items are read one by one (a wrong type, a missing field or a bad value refuses that item, not
     * the batch), so the list holds them as JSON here and the document describes each.
     */
    public record BatchRequest(
            @NotNull @Size(min = 1, max = BatchIntake.MAX_CONTACTS)
            @Schema(type = SchemaType.ARRAY, maxItems = BatchIntake.MAX_CONTACTS,
                    implementation = BatchItemDocument.class)
            List<@NotNull JsonNode> contacts) {
    }

    /** Only for the OpenAPI document: an item is a contact as POST /api/v1/contacts takes it, with its key. */
    @Schema(name = "BatchContact", allOf = {ContactRequest.class, ItemKey.class})
    public interface BatchItemDocument {
    }

    /** One item's result: {@code status} 201 (received), 200 (its key was used before) or the problem's. */
    public record ItemResult(int index, String key, int status, ContactResponses.Created contact,
                             @Schema(ref = "Problem") Problem problem) {

        static ItemResult of(BatchIntake.Result result) {
            return new ItemResult(result.index(), result.key(), result.status(),
                    result.contact() == null ? null : ContactResponses.Created.of(result.contact(), result.accessSecret()),
                    result.problem());
        }
    }

    public record BatchResult(int created, int existing, int refused, List<ItemResult> results) {
    }

    @POST
    @Authenticated
    @Operation(summary = "Submit up to 100 contacts at once (agency systems)",
            description = "Each item is a contact as POST /api/v1/contacts takes it, with its own key (required), which "
                    + "is that operation's Idempotency-Key: each is received, routed, queued and announced exactly as "
                    + "one sent alone, in its own transaction, and answered by itself: 201 with the contact, 200 when "
                    + "its key was used before with the same contact, or a problem naming the item's fields "
                    + "(contacts[3].language); one refused item refuses no other. A batch that failed as a whole "
                    + "(503) is safe to send again. More than 100 items: 400 naming contacts.")
    @APIResponse(responseCode = "200", description = "Every item's result, in the order sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchResult.class)))
    public BatchResult submit(@Valid @NotNull BatchRequest request) {
        List<BatchIntake.Item> items = new ArrayList<>(request.contacts().size());
        for (JsonNode node : request.contacts()) {
            items.add(item(node));
        }
        List<ItemResult> results = batches.receiveAll(items, callers.current()).stream().map(ItemResult::of).toList();
        int created = (int) results.stream().filter(result -> result.status() == 201).count();
        int existing = (int) results.stream().filter(result -> result.status() == 200).count();
        return new BatchResult(created, existing, results.size() - created - existing, results);
    }

    /** Reads and checks one item as the single intake's resource would its body; a refusal goes into the item. */
    private BatchIntake.Item item(JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            return new BatchIntake.Item(null, null, ProblemException.invalid("", "must be a JSON object").problem());
        }
        String key = object.path("key").isTextual() ? object.get("key").textValue() : null;
        ObjectNode contact = object.deepCopy();
        contact.remove("key");
        try {
            ItemKey itemKey = json.treeToValue(object.has("key") ? json.createObjectNode().set("key", object.get("key"))
                    : json.createObjectNode(), ItemKey.class);
            ContactRequest request = json.treeToValue(contact, ContactRequest.class);
            Set<ConstraintViolation<?>> violations = new HashSet<>(validator.validate(itemKey));
            violations.addAll(validator.validate(request));
            if (!violations.isEmpty()) {
                return new BatchIntake.Item(key, null, ProblemMappers.invalid(violations));
            }
            return new BatchIntake.Item(key, request.toNewContact(), null);
        } catch (JsonProcessingException e) {
            return new BatchIntake.Item(key, null, ProblemMappers.unreadable(e));
        } catch (ProblemException e) {
            return new BatchIntake.Item(key, null, e.problem());
        }
    }
}
