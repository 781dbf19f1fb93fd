package fi.kohtaamo.webchannel.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The client registry as the client 360 page uses it beside the record itself
 * ({@link ClientRecordClient}): finding the client a contact concerns (named with the contact,
 * each hit audited), registering one from the contact's details under the registry's own rules,
 * and the client's relations and stakeholder roles towards the reader's agency.
 */
@RegisterRestClient(configKey = "registry")
@RegisterClientHeaders
@Path("/api/v1/clients")
public interface ClientFinderClient {

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    List<Found> search(Search search);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Registered register(Registration registration);

    @GET
    @Path("/{id}/relations")
    List<Relation> relations(@PathParam("id") UUID id, @QueryParam("purpose") String purpose);

    @GET
    @Path("/{id}/stakeholder-roles")
    List<Role> roles(@PathParam("id") UUID id);

    record Search(String q, String identityCode, String businessId, String phone, UUID contactId, String purpose) {
    }

    record Found(UUID id, String kind, String displayName, String businessId, LocalDate birthDate, String municipalityCode) {
    }

    record Registration(String kind, String firstName, String lastName, String name, String identityCode, String businessId,
                        String preferredLanguage, List<String> emails, List<String> phones) {
    }

    record Registered(UUID id) {
    }

    record Relation(UUID id, UUID personId, String personName, UUID organisationId, String organisationName, String kind,
                    String agency, LocalDate validFrom, LocalDate validUntil) {
    }

    record Role(String agency, String role, LocalDate since) {
    }
}
