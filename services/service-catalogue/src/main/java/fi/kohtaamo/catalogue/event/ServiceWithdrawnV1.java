package fi.kohtaamo.catalogue.event;

import java.time.Instant;
import java.util.UUID;

/** Data of {@code fi.kohtaamo.catalogue.service.withdrawn.v1}: the service takes no new contacts. */
public record ServiceWithdrawnV1(UUID serviceId, String code, String organisation, int version, Instant withdrawnAt) {

    public static final String TYPE = "fi.kohtaamo.catalogue.service.withdrawn.v1";
}
