package fi.kohtaamo.registry.rest;

import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.registry.domain.Client;
import fi.kohtaamo.registry.service.ClientRegistry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** A signed-in citizen's own record, and who has read it. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
@RolesAllowed("citizen")
public class MeResource {

    private final ClientRegistry registry;
    private final Callers callers;

    public MeResource(ClientRegistry registry, Callers callers) {
        this.registry = registry;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "My record (the identity code is never sent back, only the date of birth)")
    public ClientResponses.ClientDetail me() {
        Client client = registry.ownRecord(callers.current().subject())
                .orElseThrow(() -> ProblemException.notFound("Client record of", "you"));
        return ClientResponses.ClientDetail.of(client, null, registry.segmentsOf(client.id));
    }

    public record Correction(@NotNull @Pattern(regexp = "fi|sv|en", message = "must be fi, sv or en") String preferredLanguage,
                             List<@Pattern(regexp = "WEB|EMAIL|PHONE|LETTER|IN_PERSON|CHAT", message = "not a channel") String> preferredChannels,
                             @Size(max = 5) List<@Email @NotNull String> emails,
                             @Size(max = 5) List<@Pattern(regexp = "\\+?[0-9][0-9 ()-]{4,24}", message = "must be a phone number") String> phones,
                             @Pattern(regexp = "\\d{3}", message = "a three-digit municipality code") String municipalityCode) {
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct my contact details and preferences")
    public ClientResponses.ClientDetail correct(@Valid @NotNull Correction correction) {
        Client client = registry.correctOwn(callers.current().subject(), correction.preferredLanguage(),
                orEmpty(correction.preferredChannels()), orEmpty(correction.emails()), orEmpty(correction.phones()),
                correction.municipalityCode());
        return ClientResponses.ClientDetail.of(client, null, registry.segmentsOf(client.id));
    }

    @GET
    @Path("/access-log")
    @Operation(summary = "Who has read my data: organisation, role, when and why")
    public List<ClientResponses.AccessRecord> accessLog() {
        return registry.readsOfOwnRecord(callers.current().subject()).stream().map(ClientResponses.AccessRecord::of).toList();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
