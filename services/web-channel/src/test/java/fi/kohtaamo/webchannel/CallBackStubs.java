package fi.kohtaamo.webchannel;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Contact routing's call-back operations for {@link DomainServiceStubs}: the offered times, a
 * call-back request posted, and a call-back contact with its attempts. Answers pass the same
 * contract check as the other stubs' ({@link DomainServiceStubs#reply}).
 */
final class CallBackStubs {

    static final String CALL_BACK_CONTACT = "5a5a5a5a-0000-4000-8000-00000000cb01";
    /** A number routing refuses the times of (as if the hours had changed since the page was shown). */
    static final String HOURS_CHANGED = "040 000 0000";
    static final ConcurrentLinkedQueue<JsonObject> REQUESTS = new ConcurrentLinkedQueue<>();
    static final ConcurrentLinkedQueue<JsonObject> ATTEMPTS = new ConcurrentLinkedQueue<>();

    private CallBackStubs() {
    }

    static boolean answered(HttpServerRequest request, Buffer body) {
        String path = request.path();
        String method = request.method().name();
        if (path.equals("/api/v1/contacts/callback-slots")) {
            DomainServiceStubs.reply(request, 200, new JsonArray()
                    .add(slot("2030-01-07", "12:00", "14:00")).add(slot("2030-01-07", "14:00", "16:15"))
                    .add(slot("2030-01-08", "08:00", "10:00")));
        } else if (path.equals("/api/v1/contacts") && method.equals("POST") && body.toJsonObject().containsKey("callback")) {
            JsonObject posted = body.toJsonObject();
            REQUESTS.add(posted);
            if (HOURS_CHANGED.equals(posted.getJsonObject("callback").getString("phone"))) {
                DomainServiceStubs.reply(request, 400, new JsonObject().put("status", 400).put("title", "Invalid request")
                        .put("violations", new JsonArray().add(new JsonObject().put("field", "callback.windows[0].from")
                                .put("message", "outside the service's hours on 2030-01-07"))));
            } else {
                DomainServiceStubs.reply(request, 201, new JsonObject().put("id", "2d3e4f50-6a7b-4c8d-9e0f-1122334455cb")
                        .put("trackingCode", "KH-CALL-B4CK").put("accessSecret", "callbacksecret12345").put("status", "QUEUED")
                        .put("receivedAt", "2030-01-04T10:00:00Z"));
            }
        } else if (path.equals("/api/v1/contacts/" + CALL_BACK_CONTACT) && method.equals("GET")) {
            DomainServiceStubs.reply(request, 200, contact(ATTEMPTS.isEmpty() ? new JsonArray()
                    : new JsonArray().add(new JsonObject().put("at", "2030-01-07T10:05:00Z").put("by", "Agent One")
                    .put("outcome", ATTEMPTS.peek().getString("outcome")).put("note", ATTEMPTS.peek().getString("note")))));
        } else if (path.equals("/api/v1/contacts/" + CALL_BACK_CONTACT + "/call-attempts")) {
            JsonObject attempt = body.toJsonObject();
            ATTEMPTS.add(attempt);
            if ("LEFT_MESSAGE".equals(attempt.getString("outcome"))) {
                DomainServiceStubs.reply(request, 409, new JsonObject().put("status", 409).put("title", "Conflict"));
            } else {
                DomainServiceStubs.reply(request, 200, contact(new JsonArray()));
            }
        } else {
            return false;
        }
        return true;
    }

    private static JsonObject slot(String date, String from, String to) {
        return new JsonObject().put("date", date).put("from", from).put("to", to);
    }

    private static JsonObject contact(JsonArray attempts) {
        return new JsonObject().put("id", CALL_BACK_CONTACT).put("trackingCode", "KH-CALL-B4CK")
                .put("queue", new JsonObject().put("id", "7c1f0a00-0000-4000-8000-000000000002").put("code", "uusimaa-permits"))
                .put("organisation", "ely-uusimaa").put("channel", "PHONE").put("language", "fi").put("status", "ASSIGNED")
                .put("priority", 3).put("description", "Soittakaa liittymäluvasta").put("attributes", new JsonObject())
                .put("contact", new JsonObject().put("phone", "+358 40 765 4321")).put("assignedTo", "agent-1")
                .put("receivedAt", "2030-01-04T10:00:00Z")
                .put("history", new JsonArray())
                .put("callBack", new JsonObject().put("phone", "+358 40 765 4321")
                        .put("windows", new JsonArray().add(slot("2030-01-07", "12:00", "14:00")))
                        .put("attempts", attempts).put("suggestion", attempts.isEmpty() ? "CALL" : "CALL_AGAIN"));
    }
}
