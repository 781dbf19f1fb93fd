package fi.kohtaamo.registry.contract;

import java.util.UUID;

/**
 * Data of {@code fi.kohtaamo.client.export-part.v2}: one service's answer to an
 * {@link ExportRequestedV1}, everything it holds on the client as a JSON document of its own shape,
 * sealed to the registry's public key ({@link ExportSeal}; schema: client.export-part.v2.schema.json).
 * The service publishes it on its own topic: nothing personal is readable there, and each service
 * writes only its own topic. Key and subject are the exportId.
 *
 * @param service the answering service's name, as the registry lists it among the participants;
 *                the event's source must be {@code /kohtaamo/<service>}
 */
public record ExportPartV2(UUID exportId, String service, ExportSeal.Sealed sealed) {

    public static final String TYPE = "fi.kohtaamo.client.export-part.v2";
}
