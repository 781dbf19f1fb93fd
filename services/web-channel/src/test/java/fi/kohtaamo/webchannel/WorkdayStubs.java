package fi.kohtaamo.webchannel;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Contact routing's stand-in for an agent's day, beside {@link DomainServiceStubs} (whose server
 * asks here first and whose contract check every answer passes): push offers and their answers,
 * a contact waiting for the client after two transfers, a resolved one to reopen or close, the
 * release of the held one, and phone contacts that, once logged, are found by search and opened.
 */
final class WorkdayStubs {

    static final String OFFERED = "0ffe0000-0000-4000-8000-000000000001";
    static final String OFFER_GONE = "0ffe0000-0000-4000-8000-000000000002";
    static final String WAITING = "3a3a3a3a-0000-4000-8000-000000000001";
    static final String RESOLVED = "3a3a3a3a-0000-4000-8000-000000000002";
    static final String LOGGED = "3a3a3a3a-0000-4000-8000-000000000003";
    static final String LOGGED_CODE = "KH-PH0N-E123";
    private static final String PERMITS_QUEUE = "7c1f0a00-0000-4000-8000-000000000002";

    /** What the pages asked of routing: "accept id", "decline id", "release id {body}", "reopen id {body}", "close id". */
    static final ConcurrentLinkedQueue<String> CALLS = new ConcurrentLinkedQueue<>();
    /** Phone contacts logged, by tracking code, as posted. */
    static final Map<String, JsonObject> LOGGED_CONTACTS = new ConcurrentHashMap<>();
    /** Each call of the feedback service's management figures: path and query. */
    static final ConcurrentLinkedQueue<String> STATISTICS = new ConcurrentLinkedQueue<>();

    private WorkdayStubs() {
    }

    /** Answers the request when it is one of these; false lets the other stubs answer. */
    static boolean answered(HttpServerRequest request, Buffer body) {
        String path = request.path();
        String method = request.method().name();
        if (method.equals("GET") && path.equals("/api/v1/agents/me/offers")) {
            DomainServiceStubs.reply(request, 200, new JsonArray().add(new JsonObject().put("id", OFFERED)
                    .put("trackingCode", "KH-0FFE-R001").put("queue", queue("uusimaa-permits")).put("priority", 2)
                    .put("language", "fi").put("receivedAt", "2026-11-27T08:00:00Z")
                    .put("offerExpiresAt", Instant.now().plusSeconds(25).toString()).put("excerpt", "Tien leveys liittymässä")));
        } else if (method.equals("POST") && path.equals("/api/v1/contacts/" + OFFERED + "/accept")) {
            CALLS.add("accept " + OFFERED);
            DomainServiceStubs.reply(request, 200, staff(OFFERED, "KH-0FFE-R001", "ASSIGNED"));
        } else if (method.equals("POST") && path.equals("/api/v1/contacts/" + OFFER_GONE + "/accept")) {
            CALLS.add("accept " + OFFER_GONE);
            DomainServiceStubs.reply(request, 409, new JsonObject().put("status", 409).put("title", "Conflict"));
        } else if (method.equals("POST") && path.equals("/api/v1/contacts/" + OFFERED + "/decline")) {
            CALLS.add("decline " + OFFERED);
            DomainServiceStubs.reply(request, 204, null);
        } else if (method.equals("POST") && path.equals("/api/v1/contacts/" + DomainServiceStubs.STAFF_CONTACT + "/release")) {
            CALLS.add("release " + DomainServiceStubs.STAFF_CONTACT + " " + body.toString());
            DomainServiceStubs.reply(request, 200, staff(DomainServiceStubs.STAFF_CONTACT, "KH-STAF-F222", "QUEUED"));
        } else if (method.equals("POST") && path.equals("/api/v1/contacts/" + RESOLVED + "/reopen")) {
            CALLS.add("reopen " + RESOLVED + " " + body.toString());
            boolean late = body.toJsonObject().getString("reason").contains("late");
            DomainServiceStubs.reply(request, late ? 409 : 200, late ? new JsonObject().put("status", 409).put("title", "Conflict")
                    : staff(RESOLVED, "KH-RES0-LVED", "QUEUED"));
        } else if (method.equals("POST") && path.equals("/api/v1/contacts/" + RESOLVED + "/close")) {
            CALLS.add("close " + RESOLVED);
            DomainServiceStubs.reply(request, 200, staff(RESOLVED, "KH-RES0-LVED", "CLOSED"));
        } else if (method.equals("GET") && path.equals("/api/v1/contacts/" + WAITING)) {
            DomainServiceStubs.reply(request, 200, waiting());
        } else if (method.equals("GET") && path.equals("/api/v1/contacts/" + RESOLVED)) {
            DomainServiceStubs.reply(request, 200, staff(RESOLVED, "KH-RES0-LVED", "RESOLVED")
                    .put("resolutionCode", "ANSWERED").put("resolutionJustification", "Vastattu puhelimessa."));
        } else if (method.equals("POST") && path.equals("/api/v1/contacts") && "PHONE".equals(body.toJsonObject().getString("channel"))) {
            LOGGED_CONTACTS.put(LOGGED_CODE, body.toJsonObject());
            DomainServiceStubs.reply(request, 201, new JsonObject().put("id", LOGGED).put("trackingCode", LOGGED_CODE)
                    .put("accessSecret", "phonesecret23456789").put("status", "QUEUED"));
        } else if (method.equals("GET") && path.equals("/api/v1/contacts") && LOGGED_CONTACTS.containsKey(request.getParam("q"))) {
            JsonObject logged = LOGGED_CONTACTS.get(request.getParam("q"));
            DomainServiceStubs.reply(request, 200, new JsonObject().put("items", new JsonArray().add(new JsonObject()
                            .put("id", LOGGED).put("trackingCode", LOGGED_CODE).put("status", "QUEUED").put("channel", "PHONE")
                            .put("language", logged.getString("language")).put("serviceId", logged.getString("serviceId"))
                            .put("queue", queue("uusimaa-permits")).put("receivedAt", "2026-11-27T08:00:00Z")
                            .put("contactName", logged.getJsonObject("contact").getString("name"))
                            .put("excerpt", logged.getString("description"))))
                    .put("total", 1).put("totalExact", true).put("page", 0).put("size", 25));
        } else if (method.equals("GET") && path.equals("/api/v1/contacts/" + LOGGED) && LOGGED_CONTACTS.containsKey(LOGGED_CODE)) {
            JsonObject logged = LOGGED_CONTACTS.get(LOGGED_CODE);
            DomainServiceStubs.reply(request, 200, staff(LOGGED, LOGGED_CODE, "QUEUED").put("channel", "PHONE")
                    .put("serviceId", logged.getString("serviceId")).put("language", logged.getString("language"))
                    .put("description", logged.getString("description")).put("contact", logged.getJsonObject("contact"))
                    .put("history", new JsonArray().add(entry(1, "RECEIVED", "STAFF", "agent.uusimaa", null, new JsonObject()))));
        } else if (method.equals("GET") && path.endsWith("/statistics/feedback-themes")) {
            STATISTICS.add(path + "?" + request.query());
            DomainServiceStubs.reply(request, 200, new JsonArray());
        } else if (method.equals("GET") && path.startsWith("/api/v1/statistics/")) {
            STATISTICS.add(path + "?" + request.query());
            DomainServiceStubs.reply(request, 200, statistics(path, request.getParam("by")));
        } else {
            return false;
        }
        return true;
    }

    /**
     * The feedback service's management figures: per service, the permit by its id only (no
     * label: the figures know no name for it) and contacts without a service ("-"); per channel,
     * the phone and contacts whose channel is not known ("-").
     */
    private static JsonObject statistics(String path, String by) {
        if (path.endsWith("/forecast")) {
            return new JsonObject().put("method", "none").put("history", new JsonArray()).put("forecast", new JsonArray());
        }
        JsonArray rows = new JsonArray();
        if ("service".equals(by)) {
            rows.add(new JsonObject().put("key", DomainServiceStubs.PERMIT).put("contacts", 7).put("invited", 0))
                    .add(new JsonObject().put("key", "-").put("contacts", 2).put("invited", 0));
        } else if ("channel".equals(by)) {
            rows.add(new JsonObject().put("key", "PHONE").put("contacts", 5).put("invited", 0))
                    .add(new JsonObject().put("key", "-").put("contacts", 4).put("invited", 0));
        }
        return new JsonObject().put("minimumGroupSize", 5).put("rows", rows);
    }

    /**
     * Waiting for the client since 27.11. 12:00 (Helsinki 14:00) with 2 h 30 min of business time
     * kept; in Swedish, answers to three of the permit's questions; handled by an expert after a
     * transfer from a queue the user no longer sees and a hand-over within the queue; the client's
     * segments prefer the web and the phone, and they wrote by e-mail.
     */
    private static JsonObject waiting() {
        return staff(WAITING, "KH-WA1T-1NG0", "WAITING_FOR_CLIENT").put("serviceId", DomainServiceStubs.PERMIT)
                .put("language", "sv").put("channel", "EMAIL").put("assignedTo", "e-1").put("assignedToName", "expert.uusimaa")
                .put("preferredChannels", new JsonArray().add("WEB").add("PHONE")).put("viaPreferredChannel", false)
                .put("attributes", new JsonObject().put("road_number", 12).put("connection_use", "business")
                        .put("topics", new JsonArray().add("noise").add("dust")).put("retired_question", "kept as written"))
                .put("serviceLevel", new JsonObject().put("state", "ON_TIME").put("pausedSince", "2026-11-27T12:00:00Z")
                        .put("resolutionDue", "2026-11-28T14:00:00Z").put("resolutionMinutesLeft", 150))
                .put("history", new JsonArray()
                        .add(entry(1, "RECEIVED", "CLIENT", null, null, new JsonObject()))
                        .add(entry(2, "TRANSFERRED", "STAFF", "agent.uusimaa", "Luvat hoitavat tämän",
                                new JsonObject().put("fromQueue", "uusimaa-triage").put("toQueue", "uusimaa-permits")))
                        .add(entry(3, "TRANSFERRED", "STAFF", "agent.uusimaa", "Leveyskysymys on sinun",
                                new JsonObject().put("fromQueue", "uusimaa-permits").put("toQueue", "uusimaa-permits")
                                        .put("toExpert", "expert.uusimaa")))
                        .add(entry(4, "INFORMATION_REQUESTED", "STAFF", "expert.uusimaa", "Mikä on kiinteistötunnus?",
                                new JsonObject().put("clockPaused", true))));
    }

    private static JsonObject staff(String id, String code, String status) {
        return new JsonObject().put("id", id).put("trackingCode", code).put("queue", queue("uusimaa-permits"))
                .put("organisation", "ely-uusimaa").put("channel", "WEB").put("language", "fi").put("status", status)
                .put("priority", 3).put("description", "Liittymän leveys").put("attributes", new JsonObject())
                .put("receivedAt", "2026-11-27T08:00:00Z").put("history", new JsonArray());
    }

    private static JsonObject queue(String code) {
        return new JsonObject().put("id", PERMITS_QUEUE).put("code", code).put("tier", "EXPERT");
    }

    private static JsonObject entry(long id, String kind, String actorKind, String actor, String text, JsonObject details) {
        JsonObject entry = new JsonObject().put("id", id).put("at", "2026-11-27T10:00:00Z").put("kind", kind)
                .put("actorKind", actorKind).put("visibleToClient", !"TRANSFERRED".equals(kind)).put("details", details);
        if (actor != null) {
            entry.put("actor", actor);
        }
        return text == null ? entry : entry.put("text", text);
    }
}
