package fi.kohtaamo.webchannel;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The stand-ins {@link DomainServiceStubs} gives for the client 360 page: contact routing's client
 * links and the client's contacts, the registry's search, registration, relations and roles, and
 * feedback's history of the client. Answers go out through the stubs' contract check.
 */
final class Client360Stubs {

    /** A contact linked to no client, with the details the client told. */
    static final String LINKLESS = "5a5a5a5a-0000-4000-8000-0000000000c3";
    /** A closed contact: routing refuses to change its client. */
    static final String CLOSED = "5a5a5a5a-0000-4000-8000-0000000000c4";
    static final String FOUND = "c1c1c1c1-0000-4000-8000-000000000002";
    static final String REGISTERED = "c1c1c1c1-0000-4000-8000-000000000003";
    static final String OPEN_MATTER = "5a5a5a5a-0000-4000-8000-0000000000c5";
    static final String EARLIER = "5a5a5a5a-0000-4000-8000-0000000000c6";
    /** A duplicate for the registry: its identity code is known. */
    static final String KNOWN_CODE = "131052-308T";

    /** What the page asked: "PUT <contact> <client>", "DELETE <contact>", "search <body>", "register <body>", "feedback <query>". */
    static final ConcurrentLinkedQueue<String> CALLS = new ConcurrentLinkedQueue<>();

    interface Replier {
        void reply(HttpServerRequest request, int status, Object body);
    }

    private Client360Stubs() {
    }

    /** Answers the request when it is one of the page's; false otherwise. */
    static boolean handle(HttpServerRequest request, Buffer body, Replier replier) {
        String path = request.path();
        String method = request.method().name();
        String client = DomainServiceStubs.CLIENT;
        if (path.equals("/api/v1/contacts/" + LINKLESS) && method.equals("GET")) {
            replier.reply(request, 200, contact(LINKLESS, "KH-LINK-LESS", "ASSIGNED", null)
                    .put("contact", new JsonObject().put("name", "Maija Meikäläinen").put("email", "maija@example.fi")
                            .put("phone", "040 123 4567")));
        } else if (path.equals("/api/v1/contacts/" + CLOSED) && method.equals("GET")) {
            replier.reply(request, 200, contact(CLOSED, "KH-CLOS-ED22", "CLOSED", null));
        } else if (path.matches("/api/v1/contacts/[^/]+/client")) {
            String contact = path.split("/")[4];
            CALLS.add(method + " " + contact + (method.equals("PUT") ? " " + body.toJsonObject().getString("clientId") : ""));
            if (contact.equals(CLOSED)) {
                replier.reply(request, 409, new JsonObject().put("status", 409)
                        .put("type", "https://kohtaamo.fi/problems/contact-closed").put("title", "Contact closed"));
            } else {
                replier.reply(request, 200, contact(contact, "KH-LINK-LESS", "ASSIGNED",
                        method.equals("PUT") ? body.toJsonObject().getString("clientId") : null));
            }
        } else if (path.equals("/api/v1/contacts") && client.equals(request.getParam("clientId"))) {
            CALLS.add("contacts " + request.query());
            replier.reply(request, 200, new JsonObject().put("items", new JsonArray()
                            .add(hit(DomainServiceStubs.STAFF_CONTACT, "KH-STAF-F222", "ASSIGNED", "This very contact"))
                            .add(hit(OPEN_MATTER, "KH-OPEN-MAT2", "WAITING_FOR_CLIENT", "A road sign is missing"))
                            .add(hit(EARLIER, "KH-EARL-IER2", "CLOSED", "Permit for a gate"))
                            // Another agency's contact in a queue shared with this one: not this organisation's to show.
                            .add(hit("5a5a5a5a-0000-4000-8000-0000000000c7", "KH-OTHE-RAG3", "CLOSED", "Elsewhere")
                                    .put("organisation", "ely-pirkanmaa")))
                    .put("total", 3).put("totalExact", true).put("page", 0).put("size", 50));
        } else if (path.equals("/api/v1/clients/" + client + "/relations")) {
            CALLS.add("relations " + request.getParam("purpose"));
            replier.reply(request, 200, new JsonArray().add(new JsonObject().put("id", "a1a1a1a1-0000-4000-8000-000000000001")
                    .put("personId", client).put("personName", "Eero Esimerkki")
                    .put("organisationId", "b1b1b1b1-0000-4000-8000-000000000001").put("organisationName", "Esimerkki Oy")
                    .put("kind", "BOARD_MEMBER").put("agency", "ely-uusimaa").put("validFrom", "2024-01-01")));
        } else if (path.equals("/api/v1/clients/" + client + "/stakeholder-roles")) {
            replier.reply(request, 200, new JsonArray().add(new JsonObject().put("agency", "ely-uusimaa").put("role", "PARTNER")
                    .put("since", "2025-03-01")));
        } else if (path.equals("/api/v1/feedback/clients/" + client)) {
            CALLS.add("feedback " + request.getParam("contactId") + " " + request.getParam("purpose"));
            replier.reply(request, 200, new JsonObject()
                    .put("feedback", new JsonArray().add(new JsonObject().put("id", "d1d1d1d1-0000-4000-8000-000000000001")
                            .put("reference", "PA-1234").put("kind", "COMPLAINT").put("status", "ANSWERED").put("channel", "WEB")
                            .put("language", "fi").put("text", "The road is bumpy").put("receivedAt", "2026-10-01T08:00:00Z")))
                    .put("surveyAnswers", new JsonArray().add(new JsonObject().put("responseId", "e1e1e1e1-0000-4000-8000-000000000001")
                            .put("surveyId", "e2e2e2e2-0000-4000-8000-000000000001").put("surveyType", "DIRECT_CLIENT_SATISFACTION")
                            .put("surveyTitle", new JsonObject().put("fi", "Palvelun jälkeen").put("sv", "Efter tjänsten")
                                    .put("en", "After service"))
                            .put("respondedAt", "2026-10-02T08:00:00Z")
                            .put("answers", new JsonArray().add(new JsonObject().put("question", "satisfaction")
                                    .put("questionText", new JsonObject().put("fi", "Kuinka tyytyväinen olit?")
                                            .put("sv", "Hur nöjd var du?").put("en", "How satisfied were you?"))
                                    .put("score", 4).put("choices", new JsonArray()))))));
        } else if (path.equals("/api/v1/clients/search")) {
            JsonObject search = body.toJsonObject();
            CALLS.add("search " + search.encode());
            if ("010101-0101".equals(search.getString("identityCode"))) {
                replier.reply(request, 400, new JsonObject().put("status", 400).put("violations", new JsonArray()
                        .add(new JsonObject().put("field", "identityCode").put("message", "not a valid personal identity code"))));
            } else {
                replier.reply(request, 200, "nobody".equals(search.getString("q")) ? new JsonArray()
                        : new JsonArray().add(new JsonObject().put("id", FOUND).put("kind", "PERSON")
                        .put("displayName", "Maija Meikäläinen").put("birthDate", "1952-10-13")));
            }
        } else if (path.equals("/api/v1/clients") && method.equals("POST")) {
            JsonObject registration = body.toJsonObject();
            CALLS.add("register " + registration.encode());
            if (KNOWN_CODE.equals(registration.getString("identityCode"))) {
                replier.reply(request, 409, new JsonObject().put("status", 409).put("title", "Already registered"));
            } else {
                replier.reply(request, 201, new JsonObject().put("id", REGISTERED).put("kind", registration.getString("kind"))
                        .put("firstName", registration.getString("firstName")).put("lastName", registration.getString("lastName"))
                        .put("emails", registration.getJsonArray("emails")).put("phones", registration.getJsonArray("phones"))
                        .put("segments", new JsonArray()).put("version", 0));
            }
        } else {
            return false;
        }
        return true;
    }

    private static JsonObject contact(String id, String code, String status, String clientId) {
        JsonObject contact = new JsonObject().put("id", id).put("trackingCode", code).put("channel", "PHONE").put("language", "en")
                .put("status", status).put("priority", 3).put("receivedAt", "2026-11-27T08:00:00Z")
                .put("queue", new JsonObject().put("id", "7c1f0a00-0000-4000-8000-000000000002").put("code", "uusimaa-permits"))
                .put("organisation", "ely-uusimaa").put("description", "Road connection").put("attributes", new JsonObject())
                .put("history", new JsonArray());
        return clientId == null ? contact : contact.put("clientId", clientId);
    }

    private static JsonObject hit(String id, String code, String status, String excerpt) {
        return new JsonObject().put("id", id).put("trackingCode", code).put("status", status).put("channel", "WEB")
                .put("language", "fi").put("receivedAt", "2026-09-01T08:00:00Z")
                .put("queue", new JsonObject().put("id", "7c1f0a00-0000-4000-8000-000000000002").put("code", "uusimaa-permits"))
                .put("excerpt", excerpt).put("organisation", "ely-uusimaa");
    }
}
