package fi.kohtaamo.registry.event;

import fi.kohtaamo.registry.domain.Client;

import java.util.List;
import java.util.UUID;

/**
 * Data of {@code fi.kohtaamo.client.registered.v1} and {@code fi.kohtaamo.client.updated.v1}:
 * only what other services need to serve the client (language, segments, municipality, the roles
 * an organisation holds towards each agency), never names, identity codes or contact details.
 * {@code signInSubject} is the opaque Keycloak subject linked to the client (null when none): with
 * it, the services that keep what a citizen sends signed in (contacts, feedback) learn whose client
 * it is without asking the registry.
 */
public record ClientEventV1(UUID clientId, String kind, String preferredLanguage, String municipalityCode,
                            String organisationType, List<String> segments, List<Role> stakeholderRoles,
                            String status, String signInSubject, int version) {

    public static final String REGISTERED = "fi.kohtaamo.client.registered.v1";
    public static final String UPDATED = "fi.kohtaamo.client.updated.v1";

    /** A stakeholder role: the agency's organisation code and the role. */
    public record Role(String agency, String role) {
    }

    public static ClientEventV1 of(Client client, List<String> segments, List<Role> stakeholderRoles) {
        return new ClientEventV1(client.id, client.kind.name(), client.preferredLanguage, client.municipalityCode,
                client.organisationType, List.copyOf(segments), List.copyOf(stakeholderRoles), client.status.name(),
                client.keycloakSubject, client.version);
    }
}
