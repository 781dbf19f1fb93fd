package fi.kohtaamo.registry.contract;

import java.util.Map;
import java.util.UUID;

/**
 * Data of {@code fi.kohtaamo.client.export-part.v1}: one service's answer to an
 * {@link ExportRequestedV1}, everything it holds on the client in a document of its own shape
 * (schema: client.export-part.v1.schema.json). It carries personal data, so it travels on its own
 * topic, read only by the registry; key and subject are the exportId.
 *
 * @param service the answering service's name, as the registry lists it among the participants
 */
public record ExportPartV1(UUID exportId, UUID clientId, String service, Map<String, Object> data) {

    public static final String TYPE = "fi.kohtaamo.client.export-part.v1";
    public static final String TOPIC = "kohtaamo.exports.v1";
}
