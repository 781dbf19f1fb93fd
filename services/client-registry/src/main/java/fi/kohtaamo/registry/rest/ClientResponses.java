package fi.kohtaamo.registry.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.kohtaamo.registry.domain.AuditEntry;
import fi.kohtaamo.registry.domain.Client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Response bodies of the registry; entities never leave as JSON, identity codes never in lists. */
final class ClientResponses {

    private ClientResponses() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ClientDetail(UUID id, String kind, String firstName, String lastName, String name, String identityCode,
                               LocalDate birthDate, String businessId, String organisationType, String preferredLanguage,
                               List<String> preferredChannels, List<String> emails, List<String> phones,
                               List<fi.kohtaamo.registry.domain.Address> addresses, String municipalityCode, String industryCode, String sizeClass, List<String> segments,
                               List<String> segmentChannels, int version, Instant updatedAt) {
        static ClientDetail of(Client client, String identityCode, List<String> segments) {
            return of(client, identityCode, segments, null);
        }

        /**
         * With segmentChannels: the channels the client's segments prefer, first segment (by code)
         * first, each once; given to the client themselves, whose service pages show them first.
         */
        static ClientDetail of(Client client, String identityCode, List<String> segments, List<String> segmentChannels) {
            return new ClientDetail(client.id, client.kind.name(), client.firstName, client.lastName, client.name, identityCode,
                    client.birthDate, client.businessId, client.organisationType, client.preferredLanguage,
                    List.copyOf(client.preferredChannels), List.copyOf(client.emails), List.copyOf(client.phones),
                    List.copyOf(client.addresses), client.municipalityCode, client.industryCode, client.sizeClass, segments,
                    segmentChannels, client.version, client.updatedAt);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ClientSummary(UUID id, String kind, String displayName, String businessId, LocalDate birthDate,
                                String municipalityCode) {
        static ClientSummary of(Client client) {
            return new ClientSummary(client.id, client.kind.name(), client.displayName(), client.businessId,
                    client.birthDate, client.municipalityCode);
        }
    }

    /** For the citizen: which organisation read their data, in which role, when and why. */
    public record AccessRecord(Instant at, String organisation, String roles, String action, String purpose) {
        static AccessRecord of(AuditEntry entry) {
            return new AccessRecord(entry.at, entry.actorOrganisation, entry.actorRoles, entry.action, entry.purpose);
        }
    }

    /** For the auditor: the whole entry, the actor and the contact the access served included. */
    public record AuditRecord(long id, UUID clientId, String actor, String organisation, String roles, String action,
                              String purpose, UUID contactId, Instant at) {
        static AuditRecord of(AuditEntry entry) {
            return new AuditRecord(entry.id, entry.clientId, entry.actor, entry.actorOrganisation, entry.actorRoles,
                    entry.action, entry.purpose, entry.contactId, entry.at);
        }
    }
}
