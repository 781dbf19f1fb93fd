package fi.kohtaamo.webchannel;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The client registry's audit log as {@link DomainServiceStubs} stands in for it (its server asks
 * here first, and every answer passes its contract check): two entries, newest first, one whose
 * purpose a spreadsheet would take for a formula.
 */
final class AuditStubs {

    static final String READ_CLIENT = "c1c1c1c1-0000-4000-8000-00000000a0d1";
    static final String CONTACT = "5a5a5a5a-0000-4000-8000-00000000a0d1";
    /** The query of each audit log request the pages made ("" for none). */
    static final ConcurrentLinkedQueue<String> QUERIES = new ConcurrentLinkedQueue<>();

    private AuditStubs() {
    }

    /** Answers the request when it is for the audit log; false lets the other stubs answer. */
    static boolean answered(HttpServerRequest request) {
        if (!request.path().equals("/api/v1/audit") || !request.method().name().equals("GET")) {
            return false;
        }
        QUERIES.add(request.query() == null ? "" : request.query());
        DomainServiceStubs.reply(request, 200, new JsonArray()
                .add(new JsonObject().put("id", 2).put("clientId", READ_CLIENT).put("actor", "agent.uusimaa")
                        .put("organisation", "ely-uusimaa").put("roles", "agent").put("action", "REVEAL_IDENTITY_CODE")
                        .put("purpose", "=HYPERLINK(\"http://evil\",\"x\")").put("contactId", CONTACT)
                        .put("at", "2026-11-27T10:15:00Z"))
                .add(new JsonObject().put("id", 1).put("clientId", READ_CLIENT).put("actor", "agent.uusimaa")
                        .put("organisation", "ely-uusimaa").put("roles", "agent").put("action", "READ")
                        .put("purpose", "Handling contact KH-AUD1-T222").put("contactId", CONTACT)
                        .put("at", "2026-11-27T09:00:00Z")));
        return true;
    }
}
