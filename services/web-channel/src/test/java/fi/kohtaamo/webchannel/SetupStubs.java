package fi.kohtaamo.webchannel;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Contact routing's set-up API (queue changes, calendars, policies, holidays, agent settings), as
 * {@link DomainServiceStubs} stands in for it (its server asks here first; every answer passes its
 * contract check). The organisation's queue and agents are the general stubs' (/api/v1/queues,
 * /api/v1/agents); the catalogue's organisations are {@link PublicStubs}'. A stale If-Match ("1") is refused with 412;
 * a calendar named "Overlapping" and a queue named "Refused" are refused naming a field, as routing would, and a
 * queue named "Refused area" is refused naming its responsibility area.
 */
final class SetupStubs {

    static final String QUEUE = "7c1f0a00-0000-4000-8000-000000000002";
    static final String CALENDAR = "0ca1e0da-0000-4000-8000-000000000001";
    static final String POLICY = "05a1a000-0000-4000-8000-000000000001";
    /** Each set-up call: method, path, the If-Match sent (if any) and the body. */
    static final ConcurrentLinkedQueue<String> CALLS = new ConcurrentLinkedQueue<>();

    private SetupStubs() {
    }

    /** Answers the request when it is one of the set-up API's; false lets the other stubs answer. */
    static boolean answered(HttpServerRequest request, Buffer body) {
        String method = request.method().name();
        String path = request.path();
        boolean ours = path.startsWith("/api/v1/service-hours/")
                || (path.startsWith("/api/v1/queues") && !method.equals("GET"))
                || (path.startsWith("/api/v1/agents/") && method.equals("PUT") && !path.endsWith("/presence"));
        if (!ours) {
            return false;
        }
        String ifMatch = request.getHeader("If-Match");
        CALLS.add(method + " " + path + (ifMatch == null ? "" : " If-Match " + ifMatch) + (body.length() == 0 ? "" : " " + body));
        JsonObject sent = body.length() == 0 ? null : body.toJsonObject();
        if ("\"1\"".equals(ifMatch)) {
            DomainServiceStubs.reply(request, 412, new JsonObject().put("status", 412).put("title", "Precondition failed")
                    .put("type", "https://kohtaamo.fi/problems/version-mismatch"));
        } else if (sent != null && ("Overlapping".equals(sent.getString("name")) || "Refused".equals(sent.getString("nameEn"))
                || "Refused area".equals(sent.getString("nameEn")))) {
            String field = path.contains("calendars") ? "periods[1]"
                    : "Refused area".equals(sent.getString("nameEn")) ? "responsibilityArea" : "nameSv";
            DomainServiceStubs.reply(request, 400, new JsonObject().put("status", 400).put("title", "Invalid request")
                    .put("violations", new JsonArray().add(new JsonObject().put("field", field).put("message", "refused"))));
        } else if (path.startsWith("/api/v1/service-hours/holidays/")) {
            DomainServiceStubs.reply(request, 200, new JsonArray()
                    .add(new JsonObject().put("date", "2027-06-25").put("nameFi", "Juhannusaatto").put("nameSv", "Midsommarafton")
                            .put("nameEn", "Midsummer Eve").put("official", false))
                    .add(new JsonObject().put("date", "2027-06-26").put("nameFi", "Juhannuspäivä").put("nameSv", "Midsommardagen")
                            .put("nameEn", "Midsummer Day").put("official", true)));
        } else if (path.startsWith("/api/v1/service-hours/calendars")) {
            boolean list = path.equals("/api/v1/service-hours/calendars") && method.equals("GET");
            JsonObject calendar = sent == null ? calendar() : calendar().put("version", 3);
            DomainServiceStubs.reply(request, method.equals("POST") ? 201 : 200, list ? new JsonArray().add(calendar) : calendar);
        } else if (path.startsWith("/api/v1/service-hours/sla-policies")) {
            boolean list = path.equals("/api/v1/service-hours/sla-policies") && method.equals("GET");
            JsonObject policy = sent == null ? policy() : policy().put("version", 3);
            DomainServiceStubs.reply(request, method.equals("POST") ? 201 : 200, list ? new JsonArray().add(policy) : policy);
        } else if (path.startsWith("/api/v1/queues")) {
            DomainServiceStubs.reply(request, method.equals("POST") ? 201 : 200, new JsonObject().put("id", QUEUE)
                    .put("code", sent.getString("code") == null ? "uusimaa-permits" : sent.getString("code"))
                    .put("organisation", "ely-uusimaa").put("tier", sent.getString("tier")).put("version", 3));
        } else {
            DomainServiceStubs.reply(request, 200, new JsonObject().put("subject", path.substring(path.lastIndexOf('/') + 1))
                    .put("capacity", sent.getInteger("capacity")).put("version", 3));
        }
        return true;
    }

    private static JsonObject calendar() {
        return new JsonObject().put("id", CALENDAR).put("code", "uusimaa-office-hours").put("organisation", "ely-uusimaa")
                .put("name", "Uusimaa office hours").put("zone", "Europe/Helsinki").put("publicHolidays", true)
                .put("periods", new JsonArray()
                        .add(new JsonObject().put("weekday", 1).put("opens", "08:00").put("closes", "11:30"))
                        .add(new JsonObject().put("weekday", 1).put("opens", "12:00").put("closes", "16:00")))
                .put("exceptions", new JsonArray()
                        .add(new JsonObject().put("day", "2027-06-25").put("reason", "Midsummer Eve")))
                .put("version", 2);
    }

    private static JsonObject policy() {
        return new JsonObject().put("id", POLICY).put("code", "uusimaa-standard").put("organisation", "ely-uusimaa")
                .put("name", "Uusimaa standard").put("atRiskShare", 0.75).put("raisePriority", true)
                .put("overflowQueue", "uusimaa-permits")
                .put("targets", new JsonArray().add(new JsonObject().put("priority", 1).put("firstResponseMinutes", 30)
                        .put("resolutionMinutes", 240)))
                .put("version", 2);
    }
}
