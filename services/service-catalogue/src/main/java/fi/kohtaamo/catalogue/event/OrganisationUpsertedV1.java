package fi.kohtaamo.catalogue.event;

import fi.kohtaamo.catalogue.domain.Localized;
import fi.kohtaamo.catalogue.domain.Organisation;

import java.util.List;
import java.util.UUID;

/** Data of {@code fi.kohtaamo.catalogue.organisation.upserted.v1}. */
public record OrganisationUpsertedV1(UUID organisationId, String code, String businessId, String type, UUID parentId,
                                     Localized name, List<String> areaCodes, int version) {

    public static final String TYPE = "fi.kohtaamo.catalogue.organisation.upserted.v1";

    public static OrganisationUpsertedV1 of(Organisation organisation) {
        return new OrganisationUpsertedV1(organisation.id, organisation.code, organisation.businessId,
                organisation.type.name(), organisation.parentId, Localized.of(organisation.name),
                List.copyOf(organisation.areaCodes), organisation.version);
    }
}
