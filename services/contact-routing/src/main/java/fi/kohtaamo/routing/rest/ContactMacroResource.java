package fi.kohtaamo.routing.rest;

import fi.kohtaamo.caller.Callers;
import fi.kohtaamo.problem.RequestValues;
import fi.kohtaamo.routing.automation.Macros;
import fi.kohtaamo.routing.domain.Contact;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** A macro of the organisation applied to a contact the caller holds, at the contact's version they saw. */
@Path("/api/v1/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Macros")
public class ContactMacroResource {

    private final Macros macros;
    private final Callers callers;

    public ContactMacroResource(Macros macros, Callers callers) {
        this.macros = macros;
        this.callers = callers;
    }

    @POST
    @Path("/{id}/macros/{macroId}")
    @RolesAllowed({"agent", "expert", "supervisor"})
    @Operation(summary = "Apply a macro of your organisation to a contact you hold; If-Match with the contact's version "
            + "(412 when it changed since, 428 without). Each action leaves a history line naming the macro and its version")
    @APIResponse(responseCode = "200", description = "The contact after the macro",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactResponses.StaffContact.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The contact's new version", schema = @Schema(type = SchemaType.STRING)))
    public Response apply(@PathParam("id") UUID id, @PathParam("macroId") UUID macroId, @HeaderParam("If-Match") String ifMatch) {
        Contact contact = macros.applyTo(callers.current(), id, macroId, RequestValues.requiredIfMatchVersion(ifMatch));
        return Response.ok(ContactResponses.StaffContact.of(contact, null)).tag(new EntityTag(String.valueOf(contact.version))).build();
    }
}
