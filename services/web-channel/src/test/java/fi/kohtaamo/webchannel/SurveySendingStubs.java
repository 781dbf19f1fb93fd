package fi.kohtaamo.webchannel;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The feedback service's sent surveys as {@link DomainServiceStubs} stands in for them (its server
 * asks here first; every answer passes its contract check). Survey {@link #SENT} is at version 3
 * with a 7-day reminder; a sending or reminder on another version is stale (412); segment
 * {@code no-such} is refused naming {@code audience.segment}; opt-out link {@code good-optout} works.
 */
final class SurveySendingStubs {

    static final String SENT = "5e5e5e5e-0000-4000-8000-0000000005e1";
    /** A client satisfaction survey repeating every 3 months to the clients of the phone, at version 5, two rounds sent. */
    static final String REPEATING = "5e5e5e5e-0000-4000-8000-0000000005e2";
    /** Each change the pages asked for: {@code METHOD path If-Match body}. */
    static final ConcurrentLinkedQueue<String> CHANGES = new ConcurrentLinkedQueue<>();

    private SurveySendingStubs() {
    }

    private static JsonObject texts(String fi, String sv, String en) {
        return new JsonObject().put("fi", fi).put("sv", sv).put("en", en);
    }

    private static JsonObject survey() {
        return new JsonObject().put("id", SENT).put("type", "AWARENESS_AND_IMAGE")
                .put("title", texts("Mielikuvakysely 2026", "Imageenkät 2026", "Image survey 2026"))
                .put("questions", new JsonArray()).put("opensAt", "2026-11-01T00:00:00Z").put("satisfactionSurvey", false)
                .put("anonymous", true).put("reminderAfterDays", 7).put("version", 3).put("createdBy", "manager-1")
                .put("createdAt", "2026-11-01T00:00:00Z");
    }

    private static JsonObject repeating(boolean stopped) {
        JsonObject survey = new JsonObject().put("id", REPEATING).put("type", "DIRECT_CLIENT_SATISFACTION")
                .put("title", texts("Asiakastyytyväisyys", "Kundnöjdhet", "Client satisfaction"))
                .put("questions", new JsonArray()).put("opensAt", "2026-05-01T00:00:00Z").put("satisfactionSurvey", false)
                .put("anonymous", true).put("reminderAfterDays", 5).put("rounds", 2).put("version", stopped ? 6 : 5)
                .put("createdBy", "manager-1").put("createdAt", "2026-05-01T00:00:00Z");
        if (!stopped) {
            survey.put("recurrence", new JsonObject().put("every", 3).put("unit", "MONTHS")
                    .put("audience", new JsonObject().put("channel", "PHONE")).put("nextRoundAt", "2027-02-01T07:15:00Z"));
        }
        return survey;
    }

    private static JsonObject stale() {
        return new JsonObject().put("status", 412).put("title", "Precondition failed");
    }

    /** Answers the request when it is about sent surveys; false lets the other stubs answer. */
    static boolean answered(HttpServerRequest request, Buffer body) {
        String path = request.path();
        String method = request.method().name();
        String ifMatch = request.getHeader("If-Match");
        if (path.equals("/api/v1/statistics/survey-types")) {
            WorkdayStubs.STATISTICS.add(path + "?" + request.query());
            JsonArray rows = new JsonArray();
            for (String type : java.util.List.of("STAKEHOLDER", "AWARENESS_AND_IMAGE", "DIRECT_CLIENT_SATISFACTION",
                    "INDIRECT_CLIENT_SATISFACTION")) {
                boolean shown = type.equals("DIRECT_CLIENT_SATISFACTION");
                rows.add(new JsonObject().put("type", type).put("invited", shown ? 40 : 3).put("responses", shown ? 12 : 1)
                        .put("responseRate", shown ? 0.3 : 0.33).put("csatAverage", shown ? 4.25 : null)
                        .put("nps", shown ? 35 : null).put("suppressed", !shown));
            }
            DomainServiceStubs.reply(request, 200, new JsonObject().put("from", "2026-11-01T00:00:00Z")
                    .put("to", "2026-12-01T00:00:00Z").put("minimumGroupSize", 5).put("rows", rows));
        } else if (path.startsWith("/api/v1/survey-defaults/")) {
            DomainServiceStubs.reply(request, 200, new JsonObject().put("type", path.substring(path.lastIndexOf('/') + 1))
                    .put("title", texts("Tunnettuuskysely", "Kännedomsenkät", "Awareness survey"))
                    .put("questions", new JsonArray()
                            .add(new JsonObject().put("code", "awareness").put("kind", "SCALE_1_5")
                                    .put("text", texts("Kuinka hyvin tunnette meidät?", "Hur väl känner ni oss?", "How well do you know us?"))
                                    .put("choices", new JsonArray()).put("required", true).put("scale", "FAMILIARITY"))
                            .add(new JsonObject().put("code", "comment").put("kind", "FREE_TEXT")
                                    .put("text", texts("Muuta?", "Annat?", "Anything else?")).put("choices", new JsonArray())
                                    .put("required", false)))
                    .put("audience", "SEGMENT").put("anonymous", true).put("reminderAfterDays", 7).put("recurrence", "NONE"));
        } else if (path.equals("/api/v1/surveys") && method.equals("POST")) {
            CHANGES.add("POST " + path + " " + ifMatch + " " + body.toString());
            DomainServiceStubs.reply(request, 201, survey());
        } else if (path.equals("/api/v1/surveys/" + SENT) && method.equals("GET")) {
            DomainServiceStubs.reply(request, 200, survey());
        } else if (path.equals("/api/v1/surveys/" + REPEATING) && method.equals("GET")) {
            DomainServiceStubs.reply(request, 200, repeating(false));
        } else if (path.equals("/api/v1/surveys/" + REPEATING + "/delivery")) {
            DomainServiceStubs.reply(request, 200, new JsonObject().put("recipients", 40).put("invitationsSent", 40)
                    .put("remindersSent", 20).put("answered", 12).put("optedOut", 2));
        } else if (path.equals("/api/v1/surveys/" + REPEATING + "/recurrence")) {
            CHANGES.add(method + " " + path + " " + ifMatch + " " + body.toString());
            if (!"\"5\"".equals(ifMatch)) {
                DomainServiceStubs.reply(request, 412, stale());
            } else if (body.toString().contains("\"no-such\"")) {
                DomainServiceStubs.reply(request, 400, new JsonObject().put("status", 400).put("title", "Bad Request")
                        .put("violations", new JsonArray().add(new JsonObject().put("field", "audience.segment")
                                .put("message", "no such segment"))));
            } else {
                DomainServiceStubs.reply(request, 200, repeating(method.equals("DELETE")));
            }
        } else if (path.equals("/api/v1/surveys/" + SENT + "/delivery")) {
            DomainServiceStubs.reply(request, 200, new JsonObject().put("recipients", 12).put("invitationsSent", 11)
                    .put("remindersSent", 4).put("answered", 6).put("optedOut", 1));
        } else if (path.equals("/api/v1/surveys/" + SENT + "/recipients/preview")) {
            if (body.toString().contains("\"no-such\"")) {
                DomainServiceStubs.reply(request, 400, new JsonObject().put("status", 400).put("title", "Bad Request")
                        .put("violations", new JsonArray().add(new JsonObject().put("field", "audience.segment")
                                .put("message", "the client registry does not know it"))));
            } else {
                DomainServiceStubs.reply(request, 200, new JsonObject().put("found", 12).put("optedOut", 2)
                        .put("alreadySent", 1).put("toSend", 9));
            }
        } else if (path.equals("/api/v1/surveys/" + SENT + "/sendings") || path.equals("/api/v1/surveys/" + SENT + "/reminders")) {
            CHANGES.add("POST " + path + " " + ifMatch + " " + body.toString());
            if ("\"3\"".equals(ifMatch)) {
                DomainServiceStubs.reply(request, path.endsWith("sendings") ? 201 : 200,
                        new JsonObject().put("sent", 9).put("skipped", 3).put("version", 4));
            } else {
                DomainServiceStubs.reply(request, 412, stale());
            }
        } else if (path.startsWith("/api/v1/survey-opt-outs/")) {
            CHANGES.add("POST " + path);
            DomainServiceStubs.reply(request, path.endsWith("/good-optout") ? 204 : 404,
                    path.endsWith("/good-optout") ? null : new JsonObject().put("status", 404).put("title", "Not Found"));
        } else {
            return false;
        }
        return true;
    }
}
