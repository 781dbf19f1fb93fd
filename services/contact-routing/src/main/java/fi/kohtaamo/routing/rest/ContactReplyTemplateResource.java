package fi.kohtaamo.routing.rest;

import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.routing.service.ReplyTemplates;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** A reply template filled for one contact, for the agent answering it: reading only, so a GET. */
@Path("/api/v1/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reply templates")
public class ContactReplyTemplateResource {

    private final ReplyTemplates templates;
    private final Callers callers;

    public ContactReplyTemplateResource(ReplyTemplates templates, Callers callers) {
        this.templates = templates;
        this.callers = callers;
    }

    /**
     * The filled text: {@code language} is the contact's when the template has it, else the first of
     * fi, sv, en it has; {@code missing} names the placeholders the contact had no value for (left empty).
     */
    public record RenderedReply(UUID templateId, String name, String language, String text, List<String> missing) {
    }

    @GET
    @Path("/{id}/reply-templates/{templateId}")
    @RolesAllowed({"agent", "expert", "supervisor"})
    @Operation(summary = "A reply template of your organisation filled for a contact you see: in the contact's language "
            + "(else Finnish, Swedish, English), with the client's name, tracking code, service and your name")
    public RenderedReply render(@PathParam("id") UUID id, @PathParam("templateId") UUID templateId) {
        ReplyTemplates.Rendered rendered = templates.render(callers.current(), id, templateId);
        return new RenderedReply(rendered.template().id, rendered.template().name, rendered.language(), rendered.text(),
                rendered.missing());
    }
}
