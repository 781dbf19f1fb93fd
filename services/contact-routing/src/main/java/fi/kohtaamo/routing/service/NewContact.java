package fi.kohtaamo.routing.service;

import fi.kohtaamo.routing.domain.AccessSecret;
import fi.kohtaamo.routing.domain.CallBack;
import fi.kohtaamo.routing.domain.Channel;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A contact as intake receives it, already checked for shape by the REST layer; {@code callBack},
 * when given, makes it a call-back request: the preferred times, the number being {@code contactPhone}.
 */
public record NewContact(UUID serviceId, String description, String language, Channel channel,
                         String contactName, String contactEmail, String contactPhone, UUID clientId,
                         Map<String, Object> attributes, Location location, boolean publiclyListed,
                         List<CallBack.Window> callBack) {

    /** Where the matter is: coordinates, an address or an address id (Open311); any part may be absent. */
    public record Location(java.math.BigDecimal latitude, java.math.BigDecimal longitude, String address,
                           String addressId, String mediaUrl) {
    }

    public NewContact {
        attributes = attributes == null ? Map.of() : attributes;
    }

    /** Any contact but a call-back request (which names its preferred times in {@code callBack}). */
    public NewContact(UUID serviceId, String description, String language, Channel channel, String contactName,
                      String contactEmail, String contactPhone, UUID clientId, Map<String, Object> attributes,
                      Location location, boolean publiclyListed) {
        this(serviceId, description, language, channel, contactName, contactEmail, contactPhone, clientId, attributes,
                location, publiclyListed, null);
    }

    public NewContact(UUID serviceId, String description, String language, Channel channel, String contactName,
                      String contactEmail, String contactPhone, UUID clientId, Map<String, Object> attributes) {
        this(serviceId, description, language, channel, contactName, contactEmail, contactPhone, clientId, attributes, null, false);
    }

    /** What makes two requests with one Idempotency-Key the same request. */
    String fingerprint() {
        return AccessSecret.hash(String.join("\u001f",
                String.valueOf(serviceId), description, language, String.valueOf(channel),
                String.valueOf(contactName), String.valueOf(contactEmail), String.valueOf(contactPhone),
                String.valueOf(clientId), String.valueOf(new TreeMap<>(attributes)), String.valueOf(location), String.valueOf(publiclyListed),
                String.valueOf(callBack)));
    }
}
