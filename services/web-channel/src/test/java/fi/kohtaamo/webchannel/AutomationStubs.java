package fi.kohtaamo.webchannel;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Contact routing's automation rules and macros (issue 26), as {@link DomainServiceStubs} stands in
 * for them (every answer passes its contract check): one rule and one macro, each at version 2; a
 * change naming another version is stale (412); a rule or macro named "Refused" is refused naming
 * its second action's queue, as routing would; a macro named "Taken" is another's name (409). The
 * macro applied to the staff contact at version "7" succeeds, at another version is stale (412).
 */
final class AutomationStubs {

    static final String RULE = "a070a070-0000-4000-8000-000000000001";
    static final String MACRO = "a070a070-0000-4000-8000-000000000002";
    /** A webhook subscription a rule calls (the webhooks service's; routing knows only its id). */
    static final String WEBHOOK = "a070a070-0000-4000-8000-0000000000b4";
    /** Each call: method, path, the If-Match sent (if any) and the body. */
    static final ConcurrentLinkedQueue<String> CALLS = new ConcurrentLinkedQueue<>();

    private AutomationStubs() {
    }

    static boolean answered(HttpServerRequest request, Buffer body) {
        String method = request.method().name();
        String path = request.path();
        boolean apply = path.startsWith("/api/v1/contacts/") && path.contains("/macros/");
        if (!path.startsWith("/api/v1/automation-rules") && !path.startsWith("/api/v1/macros") && !apply) {
            return false;
        }
        String ifMatch = request.getHeader("If-Match");
        CALLS.add(method + " " + path + (ifMatch == null ? "" : " If-Match " + ifMatch) + (body.length() == 0 ? "" : " " + body));
        JsonObject sent = body.length() == 0 ? null : body.toJsonObject();
        if (apply) {
            if ("\"7\"".equals(ifMatch)) {
                DomainServiceStubs.reply(request, 200, new JsonObject().put("id", DomainServiceStubs.STAFF_CONTACT)
                        .put("trackingCode", "KH-STAF-F222").put("channel", "PHONE").put("language", "en")
                        .put("status", "WAITING_FOR_CLIENT").put("priority", 3).put("receivedAt", "2026-11-27T08:00:00Z")
                        .put("version", 8).put("tags", new JsonArray().add("lupanumero")));
            } else {
                problem(request, 412, null);
            }
        } else if (path.equals("/api/v1/automation-rules/simulate")) {
            DomainServiceStubs.reply(request, 200, new JsonObject().put("event", sent.getString("event")).put("rules", new JsonArray()
                    .add(new JsonObject().put("ruleId", RULE).put("name", "Urgent matters").put("version", 2).put("enabled", true)
                            .put("wouldRun", true).put("reason", "runs on RECEIVED: keyword in [kiire]")
                            .put("checks", new JsonArray().add(new JsonObject().put("condition", "keyword in [kiire]").put("held", true)))
                            .put("actions", new JsonArray().add("set priority to 1").add("add tag \"kiire\"")
                                    .add("call webhook " + WEBHOOK)))));
        } else if (path.equals("/api/v1/automation-rules") || path.equals("/api/v1/macros")) {
            boolean rules = path.contains("automation");
            if (method.equals("GET")) {
                DomainServiceStubs.reply(request, 200, new JsonArray().add(rules ? rule() : macro()));
            } else if ("Refused".equals(sent.getString("name"))) {
                problem(request, 400, "actions[1].queue");
            } else if ("Taken".equals(sent.getString("name"))) {
                problem(request, 409, null);
            } else {
                DomainServiceStubs.reply(request, 201, (rules ? rule() : macro()).put("name", sent.getString("name")).put("version", 1));
            }
        } else if (path.equals("/api/v1/automation-rules/" + RULE) || path.equals("/api/v1/macros/" + MACRO)) {
            boolean rules = path.contains("automation");
            if (method.equals("GET")) {
                DomainServiceStubs.reply(request, 200, rules ? rule() : macro());
            } else if (!"\"2\"".equals(ifMatch)) {
                problem(request, 412, null);
            } else if (method.equals("PUT")) {
                DomainServiceStubs.reply(request, 200, (rules ? rule() : macro()).put("version", 3));
            } else {
                DomainServiceStubs.reply(request, 204, null);
            }
        } else {
            problem(request, 404, null);
        }
        return true;
    }

    private static void problem(HttpServerRequest request, int status, String field) {
        JsonObject problem = new JsonObject().put("status", status).put("title", "refused");
        if (field != null) {
            problem.put("violations", new JsonArray().add(new JsonObject().put("field", field).put("message", "refused")));
        }
        DomainServiceStubs.reply(request, status, problem);
    }

    private static JsonArray actions() {
        return new JsonArray().add(new JsonObject().put("type", "SET_PRIORITY").put("priority", 1))
                .add(new JsonObject().put("type", "ASK_CLIENT_TEMPLATE").put("templateId", DomainServiceStubs.TEMPLATE))
                .add(new JsonObject().put("type", "TRANSFER").put("queue", "uusimaa-permits"))
                .add(new JsonObject().put("type", "CALL_WEBHOOK").put("subscriptionId", WEBHOOK));
    }

    static JsonObject rule() {
        return new JsonObject().put("id", RULE).put("name", "Urgent matters").put("enabled", true)
                .put("triggers", new JsonArray().add("RECEIVED").add("MESSAGE_ADDED"))
                .put("conditions", new JsonObject().put("keywords", new JsonArray().add("kiire"))
                        .put("channels", new JsonArray().add("WEB")).put("priorities", new JsonArray().add(3))
                        .put("tags", new JsonArray()).put("waitedMinutes", 30))
                .put("actions", actions()).put("version", 2).put("updatedBy", "supervisor-1").put("updatedAt", "2026-11-27T10:00:00Z");
    }

    static JsonObject macro() {
        return new JsonObject().put("id", MACRO).put("name", "Ask for the permit number").put("actions", actions())
                .put("version", 2).put("updatedBy", "supervisor-1").put("updatedAt", "2026-11-27T10:00:00Z");
    }
}
