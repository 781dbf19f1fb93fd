package fi.kohtaamo.webchannel;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The webhooks service's API (issue 26), as {@link DomainServiceStubs} stands in for it (every answer
 * passes its contract check): the organisation has one subscription at version 3 with two deliveries,
 * one delivered and one parked after 503s; a change naming another version is stale (412); an address
 * in a private network or plain http is refused naming {@code url}, as the service's target policy
 * would; another organisation's subscription ({@link #OTHER}) and unknown ones are 404.
 */
final class WebhookStubs {

    static final String SUBSCRIPTION = "4e0b4e0b-0000-4000-8000-000000000001";
    static final String OTHER = "4e0b4e0b-0000-4000-8000-00000000ffff";
    static final String DELIVERED = "de11de11-0000-4000-8000-000000000001";
    static final String PARKED = "de11de11-0000-4000-8000-000000000002";
    static final String SECRET = "whsec_c2VjcmV0LWtleS1vZi10aGUtc3R1Yi0wMTIzNDU2Nzg5YWI=";
    static final String ROTATED = "whsec_cm90YXRlZC1rZXktb2YtdGhlLXN0dWItMDEyMzQ1Njc4OWE=";
    /** Each call: method, path with query, the If-Match sent (if any) and the body. */
    static final ConcurrentLinkedQueue<String> CALLS = new ConcurrentLinkedQueue<>();

    private static final String BASE = "/api/v1/webhooks";
    private static final String ONE = BASE + "/subscriptions/" + SUBSCRIPTION;

    private WebhookStubs() {
    }

    static boolean answered(HttpServerRequest request, Buffer body) {
        String path = request.path();
        if (!path.startsWith(BASE + "/")) {
            return false;
        }
        String method = request.method().name();
        String ifMatch = request.getHeader("If-Match");
        CALLS.add(method + " " + request.uri() + (ifMatch == null ? "" : " If-Match " + ifMatch) + (body.length() == 0 ? "" : " " + body));
        JsonObject sent = body.length() == 0 ? null : body.toJsonObject();
        if (path.equals(BASE + "/event-types")) {
            DomainServiceStubs.reply(request, 200, new JsonArray().add("contact.received").add("contact.routed").add("contact.resolved")
                    .add("feedback.answered").add("service.published"));
        } else if (path.equals(BASE + "/subscriptions") && method.equals("GET")) {
            DomainServiceStubs.reply(request, 200, new JsonArray().add(subscription())
                    .add(subscription().put("id", "4e0b4e0b-0000-4000-8000-000000000002").put("url", "https://old.example.fi/hooks")
                            .put("description", null).put("active", false).put("endedReason", "GONE")));
        } else if (path.equals(BASE + "/subscriptions") && method.equals("POST")) {
            if (refusedTarget(sent)) {
                problem(request, 400, "url");
            } else {
                DomainServiceStubs.reply(request, 201, new JsonObject().put("secret", SECRET).put("subscription", subscription()
                        .put("url", sent.getString("url")).put("description", sent.getString("description"))
                        .put("eventTypes", sent.getJsonArray("eventTypes")).put("active", sent.getBoolean("active")).put("version", 0)));
            }
        } else if (path.equals(ONE)) {
            if (method.equals("GET")) {
                DomainServiceStubs.reply(request, 200, subscription());
            } else if (!"\"3\"".equals(ifMatch)) {
                problem(request, 412, null);
            } else if (method.equals("DELETE")) {
                DomainServiceStubs.reply(request, 204, null);
            } else if (refusedTarget(sent)) {
                problem(request, 400, "url");
            } else {
                DomainServiceStubs.reply(request, 200, subscription().put("url", sent.getString("url"))
                        .put("description", sent.getString("description")).put("eventTypes", sent.getJsonArray("eventTypes"))
                        .put("active", sent.getBoolean("active")).put("version", 4));
            }
        } else if (path.equals(ONE + "/secret")) {
            if ("\"3\"".equals(ifMatch)) {
                DomainServiceStubs.reply(request, 200, new JsonObject().put("secret", ROTATED)
                        .put("subscription", subscription().put("previousSecretUntil", "2026-12-07T10:00:00Z").put("version", 4)));
            } else {
                problem(request, 412, null);
            }
        } else if (path.equals(ONE + "/deliveries")) {
            String status = request.getParam("status");
            JsonArray deliveries = new JsonArray();
            if (status == null || status.equals("PARKED")) {
                deliveries.add(parked());
            }
            if (status == null || status.equals("DELIVERED")) {
                deliveries.add(delivered());
            }
            DomainServiceStubs.reply(request, 200, deliveries);
        } else if (path.equals(ONE + "/deliveries/" + PARKED + "/redelivery")) {
            DomainServiceStubs.reply(request, 202, parked().put("status", "PENDING").put("parkedAt", null)
                    .put("nextAttemptAt", "2026-12-06T10:05:00Z"));
        } else if (path.equals(ONE + "/test-events")) {
            DomainServiceStubs.reply(request, 202, new JsonObject().put("id", "de11de11-0000-4000-8000-000000000003")
                    .put("eventId", "e7e7e7e7-0000-4000-8000-000000000003").put("eventType", "webhooks.test").put("status", "PENDING")
                    .put("attempts", 0).put("createdAt", "2026-12-06T10:05:00Z").put("nextAttemptAt", "2026-12-06T10:05:00Z")
                    .put("attemptLog", new JsonArray()));
        } else {
            problem(request, 404, null);
        }
        return true;
    }

    /** What the service's target policy refuses, as the stub knows it: plain http and a private address. */
    private static boolean refusedTarget(JsonObject sent) {
        String url = sent == null ? "" : sent.getString("url", "");
        return url.startsWith("http://") || url.contains("://10.") || url.contains("://192.168.");
    }

    private static void problem(HttpServerRequest request, int status, String field) {
        JsonObject problem = new JsonObject().put("status", status).put("title", "refused");
        if (field != null) {
            problem.put("violations", new JsonArray().add(new JsonObject().put("field", field).put("message", "refused")));
        }
        DomainServiceStubs.reply(request, status, problem);
    }

    static JsonObject subscription() {
        return new JsonObject().put("id", SUBSCRIPTION).put("organisation", "ely-uusimaa")
                .put("url", "https://system.example.fi/kohtaamo/webhooks").put("description", "Case management system")
                .put("eventTypes", new JsonArray().add("contact.received").add("contact.resolved")).put("active", true)
                .put("createdAt", "2026-12-01T08:00:00Z").put("updatedAt", "2026-12-02T08:00:00Z").put("version", 3);
    }

    private static JsonObject delivered() {
        return new JsonObject().put("id", DELIVERED).put("eventId", "e7e7e7e7-0000-4000-8000-000000000001")
                .put("eventType", "contact.received").put("status", "DELIVERED").put("attempts", 1).put("lastStatusCode", 200)
                .put("createdAt", "2026-12-06T08:00:00Z").put("deliveredAt", "2026-12-06T08:00:01Z")
                .put("attemptLog", new JsonArray().add(new JsonObject().put("attemptedAt", "2026-12-06T08:00:01Z")
                        .put("statusCode", 200).put("durationMs", 42)));
    }

    private static JsonObject parked() {
        return new JsonObject().put("id", PARKED).put("eventId", "e7e7e7e7-0000-4000-8000-000000000002")
                .put("eventType", "contact.resolved").put("status", "PARKED").put("attempts", 2).put("lastStatusCode", 503)
                .put("lastError", "receiver answered 503").put("createdAt", "2026-12-06T09:00:00Z").put("parkedAt", "2026-12-06T09:30:00Z")
                .put("attemptLog", new JsonArray()
                        .add(new JsonObject().put("attemptedAt", "2026-12-06T09:00:00Z").put("statusCode", 503).put("durationMs", 17)
                                .put("error", "receiver answered 503"))
                        .add(new JsonObject().put("attemptedAt", "2026-12-06T09:30:00Z").putNull("statusCode").put("durationMs", 10000)
                                .put("error", "timed out")));
    }
}
