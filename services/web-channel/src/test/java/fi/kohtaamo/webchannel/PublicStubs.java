package fi.kohtaamo.webchannel;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.List;

/**
 * What the public pages ask, as {@link DomainServiceStubs} stands in for it (its server asks here
 * first, and every answer passes its contract check; the organisations are {@link CatalogueAdminStubs}'): feedback's
 * public results of ely-uusimaa (one service in full, one below the minimum group size; none for
 * ely-empty), a service with three channels, and a signed-in citizen's record with the channels
 * their segments prefer while {@link #segmentChannels} is set.
 */
final class PublicStubs {

    static final String STEERED = "5e2b8f10-7a3c-4d1e-8b9f-0000000000b1";
    static final String FULL = "5e2b8f10-7a3c-4d1e-8b9f-0000000000c1";
    static final String SMALL = "5e2b8f10-7a3c-4d1e-8b9f-0000000000c2";
    /** The channels the signed-in citizen's segments prefer; null: the ordinary record, no segments. */
    static volatile List<String> segmentChannels;

    private PublicStubs() {
    }

    static boolean answered(HttpServerRequest request) {
        if (!request.method().name().equals("GET")) {
            return false;
        }
        switch (request.path()) {
            case "/api/v1/public-results" -> {
                if ("ely-uusimaa".equals(request.getParam("organisation"))) {
                    DomainServiceStubs.reply(request, 200, results());
                } else {
                    DomainServiceStubs.reply(request, 404, new JsonObject().put("status", 404).put("title", "Not found"));
                }
            }
            case "/api/v1/services/" + STEERED -> DomainServiceStubs.reply(request, 200, steeredService());
            case "/api/v1/me" -> {
                List<String> channels = segmentChannels;
                if (channels == null) {
                    return false;
                }
                DomainServiceStubs.reply(request, 200, new JsonObject().put("kind", "PERSON")
                        .put("firstName", "Inka").put("lastName", "Inarilainen").put("preferredLanguage", "fi")
                        .put("emails", new JsonArray()).put("phones", new JsonArray())
                        .put("segments", new JsonArray().add("inari")).put("segmentChannels", new JsonArray(channels)));
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static JsonObject results() {
        JsonObject full = figures(FULL, "Liittymäluvat", 120).put("answered", 118).put("firstResponseAttainment", 0.925)
                .put("medianFirstResponseMinutes", 95).put("resolved", 110).put("resolutionAttainment", 0.8)
                .put("medianResolutionMinutes", 4500).put("responses", 40).put("csatAverage", 4.25).put("nps", 31);
        JsonObject small = figures(SMALL, "Erikoisluvat", 3).put("serviceLevelSuppressed", true)
                .put("satisfactionSuppressed", true);
        JsonObject total = new JsonObject().put("contacts", 123).put("answered", 121).put("firstResponseAttainment", 0.9)
                .put("medianFirstResponseMinutes", 42).put("resolved", 113).put("resolutionAttainment", 0.8)
                .put("medianResolutionMinutes", 4400).put("responses", 40).put("csatAverage", 4.25)
                .put("serviceLevelSuppressed", false).put("satisfactionSuppressed", false);
        return new JsonObject().put("organisation", "ely-uusimaa").put("quarter", "2026-Q3")
                .put("from", "2026-06-30T21:00:00Z").put("to", "2026-09-30T21:00:00Z").put("minimumGroupSize", 5)
                .put("total", total).put("services", new JsonArray().add(full).add(small));
    }

    private static JsonObject figures(String id, String name, long contacts) {
        return new JsonObject().put("serviceId", id).put("contacts", contacts)
                .put("name", new JsonObject().put("fi", name).put("sv", name + " (sv)").put("en", name + " (en)"))
                .put("serviceLevelSuppressed", false).put("satisfactionSuppressed", false);
    }

    private static JsonObject steeredService() {
        JsonObject web = channel("0c0c0c0c-0000-4000-8000-0000000000b1", "ELECTRONIC", "Verkkoasiointi", "E-tjänst", "E-service")
                .put("contact", new JsonObject().put("url", "https://example.fi/asiointi"));
        JsonObject phone = channel("0c0c0c0c-0000-4000-8000-0000000000b2", "PHONE", "Puhelinpalvelu", "Telefontjänst", "Phone service")
                .put("contact", new JsonObject().put("phone", "+358 29 502 0000"));
        JsonObject office = channel("0c0c0c0c-0000-4000-8000-0000000000b3", "SERVICE_LOCATION", "Palvelupiste",
                "Serviceställe", "Service point");
        JsonObject name = new JsonObject().put("fi", "Ohjattu palvelu").put("sv", "Styrd tjänst").put("en", "Steered service");
        return new JsonObject().put("id", STEERED).put("code", "steered-service").put("group", "PERMITS_AND_NOTIFICATIONS")
                .put("name", name).put("summary", name).put("organisation", "ely-uusimaa")
                .put("channels", new JsonArray().add(web).add(phone).add(office));
    }

    private static JsonObject channel(String id, String type, String fi, String sv, String en) {
        return new JsonObject().put("id", id).put("type", type)
                .put("name", new JsonObject().put("fi", fi).put("sv", sv).put("en", en))
                .put("hours", new JsonObject().put("alwaysOpen", true).put("schedules", new JsonArray()));
    }
}
