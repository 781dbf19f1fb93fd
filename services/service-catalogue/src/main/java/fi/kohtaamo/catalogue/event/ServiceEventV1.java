package fi.kohtaamo.catalogue.event;

import fi.kohtaamo.catalogue.domain.AttributeDefinition;
import fi.kohtaamo.catalogue.domain.CatalogueService;
import fi.kohtaamo.catalogue.domain.Localized;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code fi.kohtaamo.catalogue.service.published.v1} and {@code …service.updated.v1}:
 * everything a consumer needs to keep its own copy of a service's names and routing data
 * (schema: events/service.published.v1.schema.json).
 */
public record ServiceEventV1(UUID serviceId, String code, String group, String ptvType, String organisation,
                             String defaultQueue, Localized name, String status, List<String> requiredSkills,
                             int priority, int firstResponseHours, int resolutionHours, List<Attribute> attributes,
                             int version, Instant updatedAt, UUID responsibilityArea) {

    public static final String PUBLISHED = "fi.kohtaamo.catalogue.service.published.v1";
    public static final String UPDATED = "fi.kohtaamo.catalogue.service.updated.v1";

    /** An extra question of the contact form, as routing validates answers against it. */
    public record Attribute(String code, String datatype, boolean required, List<String> values) {
    }

    public static ServiceEventV1 of(CatalogueService service) {
        List<Attribute> attributes = service.attributes.stream()
                .map(a -> new Attribute(a.code(), a.datatype().name(), a.required(),
                        a.values().stream().map(AttributeDefinition.Choice::key).toList()))
                .toList();
        return new ServiceEventV1(service.id, service.code, service.group.name(), service.ptvType.name(),
                service.organisation.code, service.defaultQueue, Localized.of(service.name), service.status.name(),
                List.copyOf(service.requiredSkills), service.priority, service.firstResponseHours,
                service.resolutionHours, attributes, service.version, service.updatedAt, service.responsibilityAreaId);
    }
}
