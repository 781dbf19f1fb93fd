package fi.kohtaamo.webchannel;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * HTTP stand-ins for the REST APIs of the catalogue, contact routing, feedback, the client
 * registry and the knowledge portal, for page tests; the real services answer in the end-to-end
 * tests. Keeps what was posted, for assertions. Every answer is checked against its producer's
 * OpenAPI document on the way out ({@link #reply}, {@link ServiceContracts}); a test class using
 * these stubs also extends with {@link OnContract}, so an answer off contract fails it.
 */
public class DomainServiceStubs implements QuarkusTestResourceLifecycleManager {

    static final ConcurrentLinkedQueue<JsonObject> POSTED = new ConcurrentLinkedQueue<>();
    /** Each request as "METHOD path Authorization from X-Forwarded-For" ("none", "null" without them). */
    static final ConcurrentLinkedQueue<String> AUTHORIZATION = new ConcurrentLinkedQueue<>();
    /** The query of each contact search the pages made. */
    static final ConcurrentLinkedQueue<String> CONTACT_SEARCHES = new ConcurrentLinkedQueue<>();
    /** The period of each request for the agents' figures ("from..to"). */
    static final ConcurrentLinkedQueue<String> AGENT_FIGURE_PERIODS = new ConcurrentLinkedQueue<>();
    static final String PERMIT = "5e2b8f10-7a3c-4d1e-8b9f-00000000a004";
    /** Each stub answer that its producer's OpenAPI document does not allow, for the log and for tests. */
    static final ConcurrentLinkedQueue<String> VIOLATIONS = new ConcurrentLinkedQueue<>();
    private static final Logger LOG = Logger.getLogger(DomainServiceStubs.class);
    private static ServiceContracts contracts;
    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        contracts = ServiceContracts.load();
        vertx = Vertx.vertx();
        JsonArray services = new JsonArray()
                .add(service(PERMIT, "PERMITS_AND_NOTIFICATIONS", "Liittymälupa maantielle",
                        "Anslutningstillstånd till landsväg", "Permit to connect to a public road"))
                .add(service("5e2b8f10-7a3c-4d1e-8b9f-00000000a007", "INFRASTRUCTURE", "Maanteiden talvikunnossapito",
                        "Vinterunderhåll av landsvägar", "Winter maintenance of public roads"));
        HttpServer server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            String authorization = request.getHeader("Authorization");
            AUTHORIZATION.add(request.method() + " " + request.path() + " " + (authorization == null ? "none" : authorization)
                    + " from " + request.getHeader("X-Forwarded-For"));
            if (CallBackStubs.answered(request, body)) {
                return; // contact routing's call-back requests: CallBackStubs
            }
            if (files(request, body) || RegistryAdminStubs.answered(request, body)
                    || AutomationStubs.answered(request, body) // contact routing's automation rules and macros
                    || WebhookStubs.answered(request, body) // the webhooks service's subscriptions and delivery log
                    || Client360Stubs.handle(request, body, DomainServiceStubs::reply)
                    || SurveySendingStubs.answered(request, body) // before WorkdayStubs, which takes all statistics
                    || CatalogueAdminStubs.answered(request, body)
                    || WorkdayStubs.answered(request, body) || AuditStubs.answered(request)
                    || SetupStubs.answered(request, body) || PublicStubs.answered(request)) {
                return; // contact routing's files, below; the client 360 page's calls (Client360Stubs)
            } else if (request.path().equals("/api/v1/contacts/" + STAFF_CONTACT + "/replies")
                    || request.path().equals("/api/v1/contacts/" + STAFF_CONTACT + "/notes")) {
                STAFF_TEXTS.add(request.path().substring(request.path().lastIndexOf('/') + 1) + " " + body.toJsonObject().getString("text"));
                reply(request, 200, new JsonObject().put("id", STAFF_CONTACT)
                        .put("trackingCode", "KH-STAF-F222").put("channel", "PHONE").put("language", "en").put("status", "ASSIGNED")
                        .put("priority", 3).put("receivedAt", "2026-11-27T08:00:00Z"));
            } else if (request.path().startsWith("/api/v1/reply-templates") || request.path().contains("/reply-templates/")) {
                replyTemplates(request, body);
            } else if (request.path().equals("/api/v1/contacts/" + STAFF_CONTACT) && request.method().name().equals("GET")) {
                reply(request, 200, new JsonObject().put("id", STAFF_CONTACT)
                        .put("trackingCode", "KH-STAF-F222").put("serviceId", PERMIT)
                        .put("queue", new JsonObject().put("id", "7c1f0a00-0000-4000-8000-000000000002").put("code", "uusimaa-permits"))
                        .put("organisation", "ely-uusimaa").put("channel", "PHONE").put("language", "en").put("status", "ASSIGNED")
                        .put("priority", 3).put("description", "Road connection for a new plot").put("attributes", new JsonObject())
                        .put("contact", new JsonObject().put("name", "Eero")).put("clientId", CLIENT).put("assignedTo", "agent-1")
                        .put("receivedAt", "2026-11-27T08:00:00Z").put("version", 7).put("tags", new JsonArray().add("vip"))
                        .put("serviceLevel", new JsonObject().put("state", "ON_TIME").put("firstResponseDue", "2026-11-27T14:00:00Z"))
                        .put("history", new JsonArray().add(new JsonObject().put("id", 1).put("at", "2026-11-27T08:00:00Z")
                                .put("kind", "RECEIVED").put("actorKind", "STAFF").put("actor", "agent-1").put("visibleToClient", true)))
                        );
            } else if (request.path().equals("/api/v1/supervision/queues")) {
                reply(request, 200, new JsonArray().add(new JsonObject()
                        .put("id", "7c1f0a00-0000-4000-8000-000000000002").put("code", "uusimaa-permits").put("queued", 4)
                        .put("assigned", 2).put("waitingForClient", 1).put("oldestQueuedSince", "2026-11-27T08:00:00Z")
                        .put("atRisk", 2).put("breached", 1).put("agentsAvailable", 1).put("agentsMembers", 3)));
            } else if (request.path().equals("/api/v1/supervision/agents")) {
                AGENT_FIGURE_PERIODS.add(request.getParam("from") + ".." + request.getParam("to"));
                reply(request, 200, new JsonArray()
                        .add(new JsonObject().put("subject", "a-1").put("username", "agent.uusimaa").put("resolved", 12)
                                .put("averageHandlingMinutes", 34.5).put("firstContactResolution", 0.75).put("serviceLevelAttainment", 0.917))
                        .add(new JsonObject().put("subject", "e-1").put("username", "=HYPERLINK(\"x\")").put("resolved", 0)
                                .put("averageHandlingMinutes", 0.0).putNull("firstContactResolution").putNull("serviceLevelAttainment")));
            } else if (request.path().equals("/api/v1/agents")) {
                reply(request, 200, new JsonArray()
                        .add(new JsonObject().put("subject", "a-1").put("username", "agent.uusimaa").put("expert", false)
                                .put("presence", "AVAILABLE").put("capacity", 3).put("assigned", 3).put("waitingForClient", 1)
                                .put("languages", new JsonArray().add("fi").add("sv")).put("skills", new JsonObject().put("permits", 3))
                                .put("queueIds", new JsonArray().add(SetupStubs.QUEUE)).put("version", 2))
                        .add(new JsonObject().put("subject", "e-1").put("username", "expert.uusimaa").put("expert", true)
                                .put("presence", "AWAY").put("capacity", 5).put("assigned", 1).put("waitingForClient", 0)));
            } else if (request.path().equals("/api/v1/agents/experts")) {
                reply(request, 200, new JsonArray().add(new JsonObject()
                        .put("subject", "e-1").put("username", "expert.uusimaa").put("presence", "AVAILABLE")));
            } else if (request.path().equals("/api/v1/contacts/" + STAFF_CONTACT + "/transfer")) {
                TRANSFERS.add(body.toJsonObject());
                reply(request, 200, new JsonObject().put("id", STAFF_CONTACT)
                        .put("trackingCode", "KH-STAF-F222").put("channel", "PHONE").put("language", "en").put("status", "ASSIGNED")
                        .put("priority", 3).put("receivedAt", "2026-11-27T08:00:00Z"));
            } else if (request.path().equals("/api/v1/agents/me")) {
                reply(request, 200, new JsonObject().put("subject", "agent-1")
                        .put("username", "agent.uusimaa").put("organisation", "ely-uusimaa").put("presence", "AVAILABLE")
                        .put("capacity", 3));
            } else if (request.path().equals("/api/v1/queues")) {
                reply(request, 200, new JsonArray().add(new JsonObject()
                        .put("id", "7c1f0a00-0000-4000-8000-000000000002").put("code", "uusimaa-permits").put("organisation", "ely-uusimaa")
                        .put("tier", "EXPERT").put("name", new JsonObject().put("fi", "Luvat").put("sv", "Tillstånd").put("en", "Permits"))
                        .put("waiting", 4).put("waitingAtRisk", 2).put("waitingBreached", 1)
                        .put("calendarId", SetupStubs.CALENDAR).put("slaPolicyId", SetupStubs.POLICY)
                        .put("sharedWith", new JsonArray().add("ely-pirkanmaa")).put("version", 2)
                        .put("responsibilityArea", CatalogueAdminStubs.UUSIMAA_TRANSPORT)));
            } else if (request.path().equals("/api/v1/clients/" + CLIENT + "/identity-code")) {
                JsonObject reveal = body.toJsonObject();
                CLIENT_READS.add("reveal " + reveal.getString("contactId") + " " + reveal.getString("reason"));
                reply(request, 200, new JsonObject().put("identityCode", "010180-9026"));
            } else if (request.path().equals("/api/v1/clients/" + CLIENT)) {
                CLIENT_READS.add("read " + request.getParam("contactId") + " " + request.getParam("purpose"));
                reply(request, 200, new JsonObject().put("id", CLIENT)
                        .put("kind", "PERSON").put("firstName", "Eero").put("lastName", "Esimerkki").put("identityCode", "010180-****")
                        .put("emails", new JsonArray().add("eero@example.org")).put("phones", new JsonArray())
                        .put("segments", new JsonArray().add("farmers")));
            } else if (request.path().equals("/api/v1/services")) {
                BROWSES.add(request.query() == null ? "" : request.query());
                boolean housing = "BUILDING_AND_HOUSING".equals(request.getParam("lifeEvent"));
                reply(request, 200, housing ? new JsonArray().add(services.getJsonObject(0)).encode() : services.encode());
            } else if (request.path().equals("/api/v1/classifications")) {
                JsonArray codes = "LIFE_EVENT".equals(request.getParam("kind"))
                        ? new JsonArray().add(new JsonObject().put("code", "BUILDING_AND_HOUSING").put("services", 1)
                        .put("labels", new JsonObject().put("fi", "Rakentaminen ja asuminen").put("sv", "Byggande och boende")
                                .put("en", "Building and housing")))
                        : new JsonArray().add(new JsonObject().put("code", "KR1").put("services", 2)
                        .put("labels", new JsonObject().put("fi", "Kansalaiset").put("sv", "Medborgare").put("en", "Citizens")));
                reply(request, 200, codes);
            } else if (request.path().equals("/api/v1/services/" + PERMIT)) {
                reply(request, 200, permitDefinition());
            } else if (request.path().equals("/api/v1/contacts/mine/reads")) {
                reply(request, 200, new JsonArray().add(new JsonObject()
                        .put("at", "2026-11-28T09:30:00Z").put("organisation", "ely-pirkanmaa").put("roles", "expert")
                        .put("action", "OPEN").put("trackingCode", "KH-MY33-OPEN"))
                        .add(new JsonObject().put("at", "2026-11-28T08:00:00Z").put("organisation", "ely-uusimaa")
                                .put("roles", "agent").put("action", "TAKE").put("trackingCode", "KH-MY33-OPEN"))
                        .add(new JsonObject().put("at", "2026-11-28T07:00:00Z").put("organisation", "ely-uusimaa")
                                .put("roles", "agent").put("action", "DOWNLOAD").put("trackingCode", "KH-MY33-OPEN")));
            } else if (request.path().equals("/api/v1/contacts/mine")) {
                reply(request, 200, new JsonArray().add(tracked(
                        "ASSIGNED", new JsonArray().add(entry("RECEIVED", "CLIENT", null)))));
            } else if (request.path().equals("/api/v1/contacts/" + OWN)) {
                reply(request, 200, tracked("RESOLVED", new JsonArray()
                        .add(entry("RECEIVED", "CLIENT", null)).add(entry("RESOLVED", "STAFF", "Lupa myönnettiin.")))
                        .put("resolutionCode", "DECISION_MADE").put("resolutionJustification", "Lupa myönnettiin.")
                        .put("surveyUrl", "http://127.0.0.1:8080/surveys/good-token"));
            } else if (request.path().equals("/api/v1/contacts/" + OWN + "/messages")) {
                MESSAGES.add(body.toJsonObject());
                reply(request, 200, tracked("ASSIGNED", new JsonArray()
                        .add(entry("RESOLVED", "STAFF", "Lupa myönnettiin.")).add(entry("REOPENED", "CLIENT", null))
                        .add(entry("CLIENT_MESSAGE", "CLIENT", body.toJsonObject().getString("text")))));
            } else if (request.path().startsWith("/api/v1/contacts/") && request.method().name().equals("GET")) {
                reply(request, 404, new JsonObject().put("status", 404));
            } else if (request.path().equals("/api/v1/contacts/lookup/recovery")) {
                String email = body.toJsonObject().getString("email");
                RECOVERIES.add(email);
                if ("often@example.fi".equals(email)) {
                    reply(request, 429, new JsonObject().put("status", 429).put("title", "Too many requests"));
                } else {
                    reply(request, 202, null);
                }
            } else if (request.path().startsWith("/api/v1/contacts/lookup")) {
                JsonObject lookup = body.toJsonObject();
                if (!"KH-7QM4-X2PD".equals(lookup.getString("trackingCode"))) {
                    reply(request, 404, new JsonObject().put("status", 404).put("title", "Not found"));
                } else if ("closed-secret".equals(lookup.getString("accessSecret")) && request.path().endsWith("/messages")) {
                    reply(request, 409, new JsonObject().put("status", 409).put("type", "https://kohtaamo.fi/problems/contact-closed")
                                    );
                } else if ("removed-secret".equals(lookup.getString("accessSecret"))) {
                    // closed long ago: the retention run removed its texts (routing leaves them out)
                    reply(request, 200, new JsonObject()
                            .put("id", "2d3e4f50-6a7b-4c8d-9e0f-112233445566").put("trackingCode", "KH-7QM4-X2PD")
                            .put("status", "CLOSED").put("waitingForYou", false).put("receivedAt", "2024-10-01T08:00:00Z")
                            .put("resolvedAt", "2024-10-09T08:00:00Z").put("resolutionCode", "ANSWERED")
                            .put("resolutionJustification", "[removed at the end of the retention period]")
                            .put("personalDataRemovedAt", "2026-11-27T00:45:00Z")
                            .put("history", new JsonArray().add(entry("RECEIVED", "CLIENT", null))
                                    .add(entry("REPLY", "STAFF", null)).add(entry("RESOLVED", "STAFF", null))));
                } else {
                    JsonArray history = new JsonArray()
                            .add(entry("RECEIVED", "CLIENT", null))
                            .add(entry("REPLY", "STAFF", "Kiitos, selvitämme asiaa."))
                            .add(entry("INFORMATION_REQUESTED", "STAFF", "Mikä on kiinteistötunnuksesi?"));
                    boolean answered = request.path().endsWith("/messages");
                    if (answered) {
                        MESSAGES.add(lookup);
                        history.add(entry("CLIENT_MESSAGE", "CLIENT", lookup.getString("text")));
                    }
                    reply(request, 200, new JsonObject()
                            .put("id", "2d3e4f50-6a7b-4c8d-9e0f-112233445566").put("trackingCode", "KH-7QM4-X2PD")
                            .put("status", answered ? "ASSIGNED" : "WAITING_FOR_CLIENT").put("waitingForYou", !answered)
                            .put("receivedAt", "2026-11-27T08:00:00Z").put("history", history));
                }
            } else if (request.path().equals("/api/v1/contacts") && request.method().name().equals("GET")) {
                CONTACT_SEARCHES.add(request.query() == null ? "" : request.query());
                JsonArray items = new JsonArray();
                if (!"nothing".equals(request.getParam("q"))) {
                    items.add(new JsonObject().put("id", STAFF_CONTACT).put("trackingCode", "KH-STAF-F222").put("status", "CLOSED")
                            .put("channel", "PHONE").put("language", "fi").put("serviceId", PERMIT)
                            .put("queue", new JsonObject().put("id", "7c1f0a00-0000-4000-8000-000000000002").put("code", "uusimaa-permits")
                                    .put("tier", "EXPERT"))
                            .put("receivedAt", "2026-11-27T08:00:00Z").put("assignedTo", "a-1").put("assignedToName", "agent.uusimaa").put("contactName", "Eero")
                            .put("excerpt", "Road connection for a new plot"));
                }
                reply(request, 200, new JsonObject().put("items", items).put("total", items.isEmpty() ? 0 : 26).put("totalExact", true)
                        .put("page", Integer.parseInt(request.getParam("page"))).put("size", 25));
            } else if (request.path().equals("/api/v1/contacts") && request.method().name().equals("POST")) {
                JsonObject contact = body.toJsonObject();
                POSTED.add(contact);
                JsonObject emailDetails = contact.getJsonObject("contact");
                JsonObject answers = contact.getJsonObject("attributes");
                if (PERMIT.equals(contact.getString("serviceId")) && (answers == null || !answers.containsKey("road_number"))) {
                    reply(request, 400, new JsonObject().put("status", 400).put("title", "Invalid request")
                                    .put("violations", new JsonArray().add(new JsonObject()
                                            .put("field", "attributes.road_number").put("message", "is required")))
                                    );
                } else if (emailDetails != null && "rejected@example.invalid".equals(emailDetails.getString("email"))) {
                    reply(request, 400, new JsonObject().put("status", 400).put("title", "Invalid request")
                                    .put("violations", new JsonArray().add(new JsonObject()
                                            .put("field", "contact.email").put("message", "must be a well-formed email address")))
                                    );
                } else {
                    reply(request, 201, new JsonObject().put("id", "2d3e4f50-6a7b-4c8d-9e0f-112233445566")
                                    .put("trackingCode", "KH-7QM4-X2PD").put("accessSecret", "abcdefghijkmnpqrstuv")
                                    .put("status", "RECEIVED"));
                }
            } else if (request.path().equals("/api/v1/me")) {
                reply(request, 200, RegistryAdminStubs.me());
            } else if (request.path().equals("/api/v1/me/access-log")) {
                reply(request, 200, new JsonArray().add(new JsonObject()
                        .put("at", "2026-11-27T10:15:00Z").put("organisation", "ely-uusimaa").put("roles", "agent")
                        .put("action", "READ").put("purpose", "Handling contact KH-MY22-CASE")));
            } else if (request.path().startsWith("/api/v1/routing-rules")) {
                rules(request, body);
            } else if (request.path().startsWith("/api/v1/staff-notices")) {
                staffNotices(request, body);
            } else if (request.path().equals("/api/v1/search/suggestions")) {
                SUGGESTION_ASKS.add(request.query() == null ? "" : request.query());
                boolean road = request.getParam("text").contains("road");
                reply(request, 200, (road ? new JsonArray().add(new JsonObject()
                        .put("articleId", ARTICLE).put("language", "en").put("title", "How to apply for a road connection permit")
                        .put("audience", "PUBLIC"))
                        : new JsonArray()));
            } else if (request.path().equals("/api/v1/search")) {
                SEARCHES.add(request.query() == null ? "" : request.query());
                reply(request, 200, new JsonObject()
                        .put("results", new JsonArray().add(new JsonObject().put("articleId", ARTICLE).put("language", "en")
                                .put("title", "How to apply for a road connection permit").put("snippet", "Apply well in advance")
                                .put("audience", "PUBLIC"))
                                .add(new JsonObject().put("articleId", INTERNAL_ARTICLE).put("language", "en")
                                .put("title", "Checking road connection widths").put("snippet", "Internal").put("audience", "INTERNAL")))
                        .put("more", false).put("missingWords", request.getParam("q").contains("zzq")
                                ? new JsonArray().add("zzq") : new JsonArray()));
            } else if (request.path().startsWith("/api/v1/articles/" + ARTICLE + "/translations/")) {
                reply(request, 200, new JsonObject().put("articleId", ARTICLE)
                        .put("language", "en").put("title", "How to apply for a road connection permit")
                        .put("html", "<h2>Before you apply</h2><p>Apply <strong>well in advance</strong>.</p>"
                                + "<ul><li>a map</li><li>the <a href=\"https://example.org/form\">form</a></li></ul>"));
            } else if (request.path().startsWith("/api/v1/articles/preview") || request.path().equals("/api/v1/articles")
                    || request.path().startsWith("/api/v1/articles/reports/")
                    || request.path().startsWith("/api/v1/articles/" + EDITED)) {
                editor(request, body);
            } else if (request.path().startsWith("/api/v1/survey-invitations/")) {
                survey(request, body);
            } else if (request.path().equals("/api/v1/feedback") && request.method().name().equals("GET")
                    || request.path().startsWith("/api/v1/feedback/" + HANDLED) || request.path().startsWith("/api/v1/feedback-themes")
                    || request.path().startsWith("/api/v1/surveys")) {
                handling(request, body);
            } else if (request.path().equals("/api/v1/feedback") && request.method().name().equals("POST")) {
                FEEDBACK.add(body.toJsonObject());
                boolean reachable = body.toJsonObject().getString("email") != null;
                reply(request, 201, new JsonObject().put("id", "7d6c5b4a-3f2e-4d1c-8b0a-998877665544").put("reference", "FB-K7QM-X2PD")
                                .put("replyDue", "2026-12-03T10:00:00Z").put("reachable", reachable));
            } else {
                request.response().setStatusCode(404).end();
            }
        }));
        try {
            server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        String url = "http://127.0.0.1:" + server.actualPort();
        return Map.of("quarkus.rest-client.catalogue.url", url, "quarkus.rest-client.contact-routing.url", url,
                "quarkus.rest-client.feedback.url", url, "quarkus.rest-client.knowledge.url", url,
                "quarkus.rest-client.registry.url", url, "quarkus.rest-client.webhooks.url", url);
    }

    static final ConcurrentLinkedQueue<JsonObject> FEEDBACK = new ConcurrentLinkedQueue<>();
    static final ConcurrentLinkedQueue<String> SEARCHES = new ConcurrentLinkedQueue<>();
    static final ConcurrentLinkedQueue<String> BROWSES = new ConcurrentLinkedQueue<>();
    static final ConcurrentLinkedQueue<JsonObject> TRANSFERS = new ConcurrentLinkedQueue<>();
    static final ConcurrentLinkedQueue<String> SUGGESTION_ASKS = new ConcurrentLinkedQueue<>();
    static final ConcurrentLinkedQueue<String> CLIENT_READS = new ConcurrentLinkedQueue<>();
    static final String STAFF_CONTACT = "5a5a5a5a-0000-4000-8000-000000000001";
    static final String CLIENT = "c1c1c1c1-0000-4000-8000-000000000001";
    static final String ARTICLE = "a7a7a7a7-0000-4000-8000-000000000001";
    static final ConcurrentLinkedQueue<JsonObject> SURVEY_ANSWERS = new ConcurrentLinkedQueue<>();

    static final String EDITED = "e0e0e0e0-0000-4000-8000-000000000001";
    static final ConcurrentLinkedQueue<String> EDITOR_CALLS = new ConcurrentLinkedQueue<>();
    static final ConcurrentLinkedQueue<JsonObject> EDITOR_BODIES = new ConcurrentLinkedQueue<>();

    /**
     * The knowledge portal's editorial API for one article: Finnish source at version 2 in review
     * (written by editor-1), Swedish missing. A save naming version 1 is stale (412); approving is
     * refused as self-review; the preview echoes a rendering.
     */
    private static void editor(HttpServerRequest request, io.vertx.core.buffer.Buffer body) {
        String method = request.method().name();
        String path = request.path();
        EDITOR_CALLS.add(method + " " + path + (request.getHeader("If-Match") == null ? "" : " If-Match " + request.getHeader("If-Match")));
        String base = "/api/v1/articles/" + EDITED;
        if (path.equals("/api/v1/articles/preview")) {
            reply(request, 200, new JsonObject().put("html", "<p>rendered: " + body.toJsonObject().getString("body")
                    .replace("<", "&lt;") + "</p>"));
        } else if (path.equals("/api/v1/articles") && method.equals("GET")) {
            reply(request, 200, new JsonArray().add(new JsonObject().put("articleId", EDITED).put("language", "fi")
                    .put("title", "Liittymäluvan hakeminen").put("status", "IN_REVIEW").put("version", 2)
                    .put("updatedAt", "2026-11-27T10:00:00Z").put("views", 12).put("helpfulYes", 0).put("helpfulNo", 0)));
        } else if (path.equals("/api/v1/articles/reports/most-viewed")) {
            reply(request, 200, new JsonArray().add(new JsonObject().put("articleId", EDITED).put("language", "fi")
                    .put("title", "Liittymäluvan hakeminen").put("status", "PUBLISHED").put("version", 2)
                    .put("updatedAt", "2026-11-27T10:00:00Z").put("views", 321).put("helpfulYes", 7).put("helpfulNo", 2)));
        } else if (path.equals("/api/v1/articles/reports/least-helpful")) {
            reply(request, 200, new JsonArray());
        } else if (path.equals(base) && method.equals("PUT")) {
            if ("\"1\"".equals(request.getHeader("If-Match"))) {
                EDITOR_BODIES.add(body.toJsonObject());
                reply(request, 200, new JsonObject().put("id", EDITED).put("organisation", "ely-uusimaa").put("audience", "INTERNAL")
                        .put("sourceLanguage", "fi").put("version", 2).put("languages", new JsonArray()));
            } else {
                reply(request, 412, new JsonObject().put("status", 412));
            }
        } else if (path.equals(base + "/translations/fi/diff")) {
            reply(request, 200, new JsonObject().put("from", 1).put("to", 2).put("unifiedDiff", new JsonArray().add("--- version 1")
                    .add("+++ version 2").add("@@ -1 +1 @@").add("-Liittymälupa").add("+Liittymäluvan <hakeminen>")));
        } else if (path.equals(base)) {
            reply(request, 200, new JsonObject().put("id", EDITED).put("organisation", "ely-uusimaa").put("audience", "PUBLIC")
                    .put("sourceLanguage", "fi").put("serviceIds", new JsonArray().add(PERMIT)).put("serviceGroups", new JsonArray())
                    .put("tags", new JsonArray().add("lupa")).put("categories", new JsonArray()).put("version", 1)
                    .put("languages", new JsonArray()
                            .add(new JsonObject().put("language", "fi").put("translationStatus", "SOURCE").put("status", "IN_REVIEW")
                                    .put("title", "Liittymäluvan hakeminen").put("version", 2))
                            .add(new JsonObject().put("language", "sv").put("translationStatus", "MISSING"))
                            .add(new JsonObject().put("language", "en").put("translationStatus", "MISSING"))));
        } else if (path.equals(base + "/translations/fi") && method.equals("GET")) {
            reply(request, 200, new JsonObject().put("articleId", EDITED).put("language", "fi").put("title", "Liittymäluvan hakeminen")
                    .put("markdown", "Hae lupaa **ajoissa**.").put("status", "IN_REVIEW").put("version", 2)
                    .put("submittedBy", "editor-1"));
        } else if (path.equals(base + "/translations/fi/history")) {
            reply(request, 200, new JsonObject().put("versions", new JsonArray()
                    .add(new JsonObject().put("version", 1).put("title", "Liittymälupa").put("editedBy", "editor-1").put("editedAt", "2026-11-26T10:00:00Z"))
                    .add(new JsonObject().put("version", 2).put("title", "Liittymäluvan hakeminen").put("editedBy", "editor-1").put("editedAt", "2026-11-27T10:00:00Z")))
                    .put("steps", new JsonArray().add(new JsonObject().put("version", 2).put("from", "DRAFT").put("to", "IN_REVIEW")
                            .put("actor", "editor-1").put("at", "2026-11-27T10:05:00Z"))));
        } else if (path.startsWith(base + "/translations/") && method.equals("PUT")) {
            if ("\"1\"".equals(request.getHeader("If-Match"))) {
                reply(request, 412, new JsonObject().put("status", 412).put("type", "https://kohtaamo.fi/problems/stale"));
            } else {
                reply(request, 200, new JsonObject().put("articleId", EDITED).put("language", "fi").put("title", body.toJsonObject().getString("title"))
                        .put("markdown", body.toJsonObject().getString("body")).put("status", "DRAFT").put("version", 3));
            }
        } else if (path.equals(base + "/translations/fi/approve")) {
            reply(request, 403, new JsonObject().put("status", 403).put("type", "https://kohtaamo.fi/problems/self-review"));
        } else {
            request.response().setStatusCode(404).end();
        }
    }

    static final String TEMPLATE = "7e7e7e7e-0000-4000-8000-000000000001";
    static final String INTERNAL_ARTICLE = "a7a7a7a7-0000-4000-8000-000000000002";
    static final ConcurrentLinkedQueue<String> TEMPLATE_CALLS = new ConcurrentLinkedQueue<>();

    private static JsonObject template() {
        return new JsonObject().put("id", TEMPLATE).put("name", "Permit received")
                .put("texts", new JsonObject().put("fi", "Hei {client_name}, hakemuksenne {tracking_code} on saapunut.")
                        .put("sv", null).put("en", "Hello {client_name}, your application {tracking_code} has arrived."))
                .put("version", 2).put("updatedBy", "supervisor-1").put("updatedAt", "2026-11-27T10:00:00Z");
    }

    /**
     * Contact routing's reply templates: one at version 2; a change naming another version is stale
     * (412); a name "Taken" is another template's (409); a text with {clent_name} is refused naming
     * its field; the template filled for the staff contact leaves {service} empty.
     */
    private static void replyTemplates(HttpServerRequest request, io.vertx.core.buffer.Buffer body) {
        String method = request.method().name();
        String path = request.path();
        TEMPLATE_CALLS.add(method + " " + path + (request.getHeader("If-Match") == null ? "" : " If-Match "
                + request.getHeader("If-Match")) + (body.length() == 0 ? "" : " " + body));
        String one = "/api/v1/reply-templates/" + TEMPLATE;
        if (path.equals("/api/v1/contacts/" + STAFF_CONTACT + "/reply-templates/" + TEMPLATE)) {
            reply(request, 200, new JsonObject().put("templateId", TEMPLATE).put("name", "Permit received").put("language", "en")
                    .put("text", "Hello Eero, your application KH-STAF-F222 about  has arrived.")
                    .put("missing", new JsonArray().add("service")));
        } else if (path.equals("/api/v1/reply-templates") && method.equals("GET")) {
            reply(request, 200, new JsonArray().add(template()));
        } else if (path.equals("/api/v1/reply-templates") && method.equals("POST")) {
            JsonObject draft = body.toJsonObject();
            if ("Taken".equals(draft.getString("name"))) {
                reply(request, 409, new JsonObject().put("status", 409).put("type", "https://kohtaamo.fi/problems/reply-template-name-taken"));
            } else if (draft.getJsonObject("texts").encode().contains("{clent_name}")) {
                reply(request, 400, new JsonObject().put("status", 400).put("violations", new JsonArray().add(new JsonObject()
                        .put("field", "texts.sv").put("message", "unknown placeholder {clent_name}"))));
            } else {
                reply(request, 201, template().put("name", draft.getString("name")).put("version", 1));
            }
        } else if (path.equals(one) && method.equals("GET")) {
            reply(request, 200, template());
        } else if (path.equals(one) && !"\"2\"".equals(request.getHeader("If-Match"))) {
            reply(request, 412, new JsonObject().put("status", 412));
        } else if (path.equals(one) && method.equals("PUT")) {
            reply(request, 200, template().put("version", 3));
        } else if (path.equals(one) && method.equals("DELETE")) {
            reply(request, 204, null);
        } else {
            request.response().setStatusCode(404).end();
        }
    }

    static final String RULE = "f1f1f1f1-0000-4000-8000-000000000001";
    static final ConcurrentLinkedQueue<String> RULE_CALLS = new ConcurrentLinkedQueue<>();

    private static JsonObject rule() {
        return new JsonObject().put("id", RULE).put("position", 10).put("name", "Urgent road connection matters")
                .put("enabled", true).put("targetQueue", "uusimaa-permits").put("priority", 2)
                .put("requiredSkills", new JsonObject().put("permits", 3)).put("version", 2)
                .put("updatedBy", "supervisor-1").put("updatedAt", "2026-11-27T10:00:00Z")
                .put("conditions", new JsonObject().put("services", new JsonArray().add(PERMIT))
                        .put("keywords", new JsonArray().add("kiire")).put("channels", new JsonArray().add("WEB"))
                        .put("attributes", new JsonObject().put("road-type", new JsonArray().add("main")))
                        .put("preferredChannel", true));
    }

    /**
     * Contact routing's rules: one rule at version 2 (with a condition on an extra question's
     * answer); a change naming version 1 is stale (412); a new rule for channel LETTER is refused.
     */
    private static void rules(HttpServerRequest request, io.vertx.core.buffer.Buffer body) {
        String method = request.method().name();
        RULE_CALLS.add(method + " " + request.path() + (request.getHeader("If-Match") == null ? "" : " If-Match "
                + request.getHeader("If-Match")) + (body.length() == 0 ? "" : " " + body));
        if (request.path().equals("/api/v1/routing-rules") && method.equals("GET")) {
            reply(request, 200, new JsonArray().add(rule()));
        } else if (request.path().equals("/api/v1/routing-rules") && method.equals("POST")) {
            if (body.toJsonObject().getJsonObject("conditions").getJsonArray("channels").contains("LETTER")) {
                reply(request, 400, new JsonObject()
                        .put("status", 400).put("violations", new JsonArray().add(new JsonObject()
                                .put("field", "conditions.channels").put("message", "LETTER is not one of"))));
            } else {
                reply(request, 201, rule());
            }
        } else if (request.path().equals("/api/v1/routing-rules/" + RULE) && method.equals("GET")) {
            reply(request, 200, rule());
        } else if (request.path().equals("/api/v1/routing-rules/" + RULE) && !"\"2\"".equals(request.getHeader("If-Match"))) {
            reply(request, 412, new JsonObject().put("status", 412));
        } else if (request.path().equals("/api/v1/routing-rules/" + RULE) && method.equals("PUT")) {
            reply(request, 200, rule().put("version", 3));
        } else if (request.path().equals("/api/v1/routing-rules/" + RULE) && method.equals("DELETE")) {
            reply(request, 204, null);
        } else {
            request.response().setStatusCode(404).end();
        }
    }

    static final String HANDLED = "fb000000-0000-4000-8000-000000000001";
    static final String SURVEY = "5a000000-0000-4000-8000-000000000001";

    private static JsonObject survey() {
        return new JsonObject().put("id", SURVEY).put("type", "STAKEHOLDER")
                .put("title", new JsonObject().put("fi", "Sidosryhmäkysely").put("sv", "Intressentenkät").put("en", "Stakeholder survey"))
                .put("opensAt", "2026-11-01T00:00:00Z").put("satisfactionSurvey", false).put("createdBy", "manager-1")
                .put("createdAt", "2026-11-01T00:00:00Z");
    }
    /** What the notice pages asked of routing: {@code read <id>} and each settings body put. */
    static final ConcurrentLinkedQueue<String> NOTICE_CALLS = new ConcurrentLinkedQueue<>();
    static final ConcurrentLinkedQueue<JsonObject> NOTICE_SETTINGS = new ConcurrentLinkedQueue<>();

    /**
     * Contact routing's staff notices: two notices (7 unread, 8 read), the settings as the last PUT
     * left them (every kind on at first), a PUT of a bad address refused naming {@code email},
     * and notice 99 someone else's (404).
     */
    private static void staffNotices(HttpServerRequest request, io.vertx.core.buffer.Buffer body) {
        String path = request.path();
        String method = request.method().name();
        if (path.equals("/api/v1/staff-notices") && method.equals("GET")) {
            reply(request, 200, new JsonObject().put("unread", 1).put("notices", new JsonArray()
                    .add(notice(7, "TRANSFERRED_TO_EXPERT", null))
                    .add(notice(8, "SLA_BREACHED", "2026-11-27T09:00:00Z"))));
        } else if (path.equals("/api/v1/staff-notices/7/read") && method.equals("POST")) {
            NOTICE_CALLS.add("read 7");
            reply(request, 200, notice(7, "TRANSFERRED_TO_EXPERT", "2026-11-27T10:00:00Z"));
        } else if (path.equals("/api/v1/staff-notices/99/read") && method.equals("POST")) {
            reply(request, 404, new JsonObject().put("status", 404).put("title", "Not found"));
        } else if (path.equals("/api/v1/staff-notices/settings") && method.equals("GET")) {
            JsonObject last = NOTICE_SETTINGS.stream().reduce((a, b) -> b).orElse(null);
            reply(request, 200, last != null ? last : new JsonObject().put("email", "agent@ely.example").put("language", "fi")
                    .put("kinds", new JsonArray(java.util.stream.Stream.of("TRANSFERRED_TO_EXPERT", "SLA_AT_RISK", "SLA_BREACHED",
                            "NEW_IN_EXPERT_QUEUE").map(kind -> new JsonObject().put("kind", kind).put("email", true)
                            .put("workspace", true)).toList())));
        } else if (path.equals("/api/v1/staff-notices/settings") && method.equals("PUT")) {
            JsonObject settings = body.toJsonObject();
            String email = settings.getString("email");
            if (email != null && !email.contains("@")) {
                reply(request, 400, new JsonObject().put("status", 400).put("title", "Bad request")
                        .put("violations", new JsonArray().add(new JsonObject().put("field", "email").put("message", "must be a well-formed email address"))));
            } else {
                NOTICE_SETTINGS.add(settings);
                reply(request, 200, settings);
            }
        } else {
            reply(request, 404, new JsonObject().put("status", 404));
        }
    }

    private static JsonObject notice(long id, String kind, String readAt) {
        JsonObject notice = new JsonObject().put("id", id).put("kind", kind).put("contactId", STAFF_CONTACT)
                .put("trackingCode", "KH-STAF-F222").put("createdAt", "2026-11-27T08:30:00Z");
        return readAt == null ? notice : notice.put("readAt", readAt);
    }

    static final ConcurrentLinkedQueue<String> HANDLING_CALLS = new ConcurrentLinkedQueue<>();

    private static JsonObject handled(String status, String handler) {
        return new JsonObject().put("id", HANDLED).put("reference", "FB-K7QM-X2PD").put("kind", "COMPLAINT")
                .put("serviceId", PERMIT).put("channel", "WEB").put("language", "fi")
                .put("text", "Lupapäätös viipyi kuukausia.").put("senderName", "Eero").put("senderEmail", "eero@example.org")
                .put("status", status).put("handler", handler).put("themes", new JsonArray())
                .put("suggestedThemes", new JsonArray().add("slow")).put("receivedAt", "2026-11-20T08:00:00Z")
                .put("replyDue", "2026-11-25T08:00:00Z").put("overdue", true).put("erased", false);
    }

    /**
     * Feedback's handling API for one complaint: new and overdue; taking it works, answering is
     * refused (409, as if someone else had taken it meanwhile) unless the text says "ok".
     */
    private static void handling(HttpServerRequest request, io.vertx.core.buffer.Buffer body) {
        String method = request.method().name();
        String path = request.path();
        HANDLING_CALLS.add(method + " " + path + (request.query() == null ? "" : "?" + request.query())
                + (body.length() == 0 ? "" : " " + body));
        String base = "/api/v1/feedback/" + HANDLED;
        if (path.equals("/api/v1/feedback")) {
            reply(request, 200, new JsonArray().add(handled("NEW", null)));
        } else if (path.startsWith("/api/v1/feedback-themes/") && method.equals("PUT")) {
            JsonObject theme = body.toJsonObject();
            reply(request, 200, new JsonObject().put("code", path.substring(path.lastIndexOf('/') + 1)).put("name", theme.getJsonObject("name"))
                    .put("keywords", theme.getJsonArray("keywords")));
        } else if (path.startsWith("/api/v1/feedback-themes/") && method.equals("DELETE")) {
            reply(request, 204, null);
        } else if (path.equals("/api/v1/surveys")) {
            reply(request, 200, new JsonArray().add(survey()));
        } else if (path.equals("/api/v1/surveys/" + SURVEY)) {
            reply(request, 200, survey());
        } else if (path.equals("/api/v1/surveys/" + SURVEY + "/close")) {
            reply(request, 200, survey().put("closesAt", "2026-11-28T00:00:00Z"));
        } else if (path.equals("/api/v1/surveys/" + SURVEY + "/results")) {
            boolean second = "2".equals(request.getParam("round"));
            JsonObject labels = new JsonObject()
                    .put("fi", new JsonObject().put("min", "täysin eri mieltä").put("max", "täysin samaa mieltä"))
                    .put("sv", new JsonObject().put("min", "helt av annan åsikt").put("max", "helt av samma åsikt"))
                    .put("en", new JsonObject().put("min", "strongly disagree").put("max", "strongly agree"));
            reply(request, 200, new JsonObject().put("surveyId", SURVEY).put("type", "STAKEHOLDER").put("round", second ? 2 : null)
                    .put("invited", 40).put("responded", 12)
                    .put("responseRate", 0.3).put("suppressed", false).put("questions", new JsonArray().add(new JsonObject()
                            .put("code", "overall").put("kind", "SCALE_1_5").put("text", new JsonObject().put("fi", "Miten yhteistyö sujuu?")
                                    .put("en", "How does our cooperation work?")).put("answered", 12).put("average", 4.25)
                            .put("distribution", new JsonObject().put("3", 2).put("4", 5).put("5", 5))
                            .put("comments", new JsonArray().add("Hyvin menee."))
                            .put("scale", "AGREEMENT").put("scaleLabels", labels)))
                    .put("rounds", new JsonArray()
                            .add(new JsonObject().put("round", 1).put("startedAt", "2026-08-01T06:15:00Z").put("invited", 20)
                                    .put("responded", 5).put("responseRate", 0.25))
                            .add(new JsonObject().put("round", 2).put("startedAt", "2026-11-01T06:15:00Z").put("invited", 20)
                                    .put("responded", 7).put("responseRate", 0.35))));
        } else if (path.equals("/api/v1/feedback-themes")) {
            reply(request, 200, new JsonArray()
                    .add(new JsonObject().put("code", "slow").put("name", new JsonObject().put("fi", "Hitaus").put("sv", "Långsamhet")
                            .put("en", "Slowness")).put("keywords", new JsonArray()))
                    .add(new JsonObject().put("code", "rude").put("name", new JsonObject().put("fi", "Epäkohteliaisuus")
                            .put("sv", "Ohövlighet").put("en", "Rudeness")).put("keywords", new JsonArray())));
        } else if (path.equals(base)) {
            reply(request, 200, new JsonObject().put("feedback", handled("NEW", null)).put("history", new JsonArray()
                    .add(new JsonObject().put("at", "2026-11-20T08:00:00Z").put("kind", "RECEIVED"))));
        } else if (path.equals(base + "/reply") && !body.toJsonObject().getString("text", "").contains("ok")) {
            reply(request, 409, new JsonObject().put("status", 409));
        } else if (path.startsWith(base + "/")) {
            reply(request, 200, handled("IN_PROGRESS", "handler-1"));
        } else {
            request.response().setStatusCode(404).end();
        }
    }

    /** Feedback's survey invitations: good-token opens (in Swedish unless asked otherwise), used-token is spent. */
    private static void survey(HttpServerRequest request, io.vertx.core.buffer.Buffer body) {
        if (request.path().startsWith("/api/v1/survey-invitations/used-token")) {
            reply(request, 410, new JsonObject().put("status", 410).put("type", "https://kohtaamo.fi/problems/already-answered"));
        } else if (request.path().equals("/api/v1/survey-invitations/good-token/response")) {
            SURVEY_ANSWERS.add(body.toJsonObject());
            reply(request, 201, new JsonObject().put("responseId", "11111111-2222-4333-8444-555555555555")
                            .put("respondedAt", "2026-11-28T10:00:00Z"));
        } else if (request.path().equals("/api/v1/survey-invitations/good-token")) {
            boolean english = "en".equals(request.getParam("lang"));
            JsonObject score = new JsonObject().put("code", "satisfaction").put("kind", "SCALE_1_5").put("required", true)
                    .put("text", english ? "How satisfied were you with the service you received?"
                            : "Hur nöjd var du med den service du fick?").put("choices", new JsonArray())
                    .put("scale", "SATISFACTION").put("scaleLabels", english
                            ? new JsonObject().put("min", "very dissatisfied").put("max", "very satisfied")
                            : new JsonObject().put("min", "mycket missnöjd").put("max", "mycket nöjd"));
            JsonObject known = new JsonObject().put("code", "known").put("kind", "SCALE_1_5").put("required", false)
                    .put("text", english ? "How well do you know our services?" : "Hur väl känner du till våra tjänster?")
                    .put("choices", new JsonArray()).put("scale", "FAMILIARITY").put("scaleLabels", english
                            ? new JsonObject().put("min", "not at all").put("max", "very well")
                            : new JsonObject().put("min", "känner inte alls till").put("max", "känner mycket väl till"));
            JsonObject comment = new JsonObject().put("code", "comment").put("kind", "FREE_TEXT").put("required", false)
                    .put("text", english ? "Would you like to tell us more?" : "Vill du berätta mer?")
                    .put("choices", new JsonArray());
            reply(request, 200, new JsonObject()
                    .put("surveyId", "99999999-8888-4777-8666-555555555555").put("type", "DIRECT_CLIENT_SATISFACTION")
                    .put("language", english ? "en" : "sv")
                    .put("title", english ? "Satisfaction with the service" : "Nöjdhet med servicen")
                    .put("questions", new JsonArray().add(score).add(known).add(comment))
                    .put("expiresAt", "2026-12-12T10:00:00Z"));
        } else {
            reply(request, 404, new JsonObject().put("status", 404));
        }
    }

    static final ConcurrentLinkedQueue<JsonObject> MESSAGES = new ConcurrentLinkedQueue<>();

    /** Replies and notes staff sent: "replies text" or "notes text". */
    static final ConcurrentLinkedQueue<String> STAFF_TEXTS = new ConcurrentLinkedQueue<>();
    /** Files sent to routing: "path fileName bytes" and " tracked" when the form carried the right code and secret. */
    static final ConcurrentLinkedQueue<String> UPLOADS = new ConcurrentLinkedQueue<>();
    /** Downloads asked of routing: "METHOD path". */
    static final ConcurrentLinkedQueue<String> DOWNLOADS = new ConcurrentLinkedQueue<>();
    static final String FILE_CLEAN = "f1f1f1f1-0000-4000-8000-000000000001";
    static final String FILE_INFECTED = "f1f1f1f1-0000-4000-8000-000000000002";
    static final String FILE_PENDING = "f1f1f1f1-0000-4000-8000-000000000003";
    static final byte[] FILE_BYTES = "%PDF-1.4 päätös".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private static final java.util.regex.Pattern FILE_NAME = java.util.regex.Pattern.compile("filename=\"([^\"]*)\"");
    /** The form field {@code visibleToClient=true}, whatever part headers the client adds. */
    private static final java.util.regex.Pattern FOR_CLIENT =
            java.util.regex.Pattern.compile("name=\"visibleToClient\"[^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\ntrue\r\n");
    private static final java.util.regex.Pattern ONE_FILE = java.util.regex.Pattern.compile("/api/v1/contacts/[^/]+/attachments/[^/]+");

    /**
     * Contact routing's files: uploads (a name ending .exe is refused as its type, 415), the lists
     * (one clean, one infected, one being scanned), and downloads of the clean one (others: 409).
     */
    private static boolean files(HttpServerRequest request, io.vertx.core.buffer.Buffer body) {
        String path = request.path();
        String method = request.method().name();
        boolean lookup = path.startsWith("/api/v1/contacts/lookup/attachments");
        if (!path.contains("/attachments")) {
            return false;
        }
        if (method.equals("POST") && (path.equals("/api/v1/contacts/lookup/attachments") || path.matches("/api/v1/contacts/[^/]+/attachments"))) {
            String raw = body.toString(java.nio.charset.StandardCharsets.UTF_8);
            java.util.regex.Matcher name = FILE_NAME.matcher(raw);
            String fileName = name.find() ? name.group(1) : "";
            boolean tracked = raw.contains("KH-7QM4-X2PD") && raw.contains("abcdefghijkmnpqrstuv");
            UPLOADS.add(path + " " + fileName + " " + raw.contains(new String(FILE_BYTES, java.nio.charset.StandardCharsets.UTF_8))
                    + (tracked ? " tracked" : "") + (FOR_CLIENT.matcher(raw).find() ? " for-client" : ""));
            if (fileName.endsWith(".exe")) {
                reply(request, 415, new JsonObject().put("status", 415).put("type", "https://kohtaamo.fi/problems/attachment-type-not-allowed")
                        .put("violations", new JsonArray().add(new JsonObject().put("field", "file").put("message", "not allowed"))));
            } else {
                reply(request, 201, file(UUID.randomUUID().toString(), fileName, "NOT_SCANNED", null, true));
            }
        } else if (method.equals("GET") && path.equals("/api/v1/contacts/mine/attachments")) {
            JsonArray own = new JsonArray().add(file(FILE_CLEAN, "paatos.pdf", "CLEAN", null, true).put("trackingCode", "KH-MY22-CASE"))
                    .add(file(FILE_PENDING, "kuva.jpg", "PENDING", null, false).put("trackingCode", "KH-MY33-OPEN"));
            own.forEach(listed -> {
                JsonObject owned = (JsonObject) listed;
                owned.remove("sha256"); // the data subject's list names no digest
                owned.put("download", "/api/v1/contacts/mine/attachments/" + owned.getString("id"));
            });
            reply(request, 200, own);
        } else if (path.equals("/api/v1/contacts/lookup/attachments/query") || method.equals("GET") && path.endsWith("/attachments")) {
            if (lookup && !"abcdefghijkmnpqrstuv".equals(body.toJsonObject().getString("accessSecret"))) {
                reply(request, 404, new JsonObject().put("status", 404));
                return true;
            }
            reply(request, 200, new JsonArray().add(file(FILE_CLEAN, "paatos.pdf", "CLEAN", null, true))
                    .add(file(FILE_INFECTED, "lasku.pdf", "INFECTED", "Eicar-Test-Signature", false))
                    .add(file(FILE_PENDING, "kuva.jpg", "PENDING", null, false)));
        } else if (lookup || ONE_FILE.matcher(path).matches() || path.startsWith("/api/v1/contacts/mine/attachments/")) {
            DOWNLOADS.add(method + " " + path);
            boolean allowed = !lookup || "abcdefghijkmnpqrstuv".equals(body.toJsonObject().getString("accessSecret"));
            if (!allowed || !path.endsWith(FILE_CLEAN) && !path.endsWith(FILE_INFECTED)) {
                reply(request, 404, new JsonObject().put("status", 404));
            } else if (path.endsWith(FILE_INFECTED)) {
                reply(request, 409, new JsonObject().put("status", 409).put("type", "https://kohtaamo.fi/problems/attachment-infected"));
            } else {
                List<String> problems = contracts.check(method, path, 200, null);
                if (!problems.isEmpty()) {
                    VIOLATIONS.addAll(problems);
                    request.response().setStatusCode(500).end(String.join("\n", problems));
                } else {
                    request.response().putHeader("Content-Type", "application/pdf")
                            .putHeader("Content-Disposition", "attachment; filename=\"paatos.pdf\"")
                            .end(io.vertx.core.buffer.Buffer.buffer(FILE_BYTES));
                }
            }
        } else {
            return false;
        }
        return true;
    }

    private static JsonObject file(String id, String name, String state, String reason, boolean available) {
        JsonObject file = new JsonObject().put("id", id).put("contactId", OWN).put("fileName", name).put("contentType", "application/pdf")
                .put("sizeBytes", FILE_BYTES.length).put("sha256", "0".repeat(64)).put("addedBy", "CLIENT").put("scanState", state)
                .put("scanReason", reason).put("available", available).put("createdAt", "2026-11-27T10:15:00Z");
        return file;
    }

    /** The addresses the status page asked lost codes for. */
    static final ConcurrentLinkedQueue<String> RECOVERIES = new ConcurrentLinkedQueue<>();

    static final String OWN = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

    private static JsonObject tracked(String status, JsonArray history) {
        return new JsonObject().put("id", OWN).put("trackingCode", "KH-MY22-CASE").put("status", status)
                .put("waitingForYou", false).put("receivedAt", "2026-11-20T07:30:00Z").put("history", history);
    }

    private static JsonObject entry(String kind, String from, String text) {
        return new JsonObject().put("at", "2026-11-27T10:15:00Z").put("kind", kind).put("from", from).put("text", text);
    }

    /** The permit's extra questions, as the catalogue's service detail has them. */
    private static JsonObject permitDefinition() {
        JsonObject roadNumber = new JsonObject().put("code", "road_number").put("datatype", "NUMBER").put("required", true)
                .put("order", 1).put("description", new JsonObject().put("fi", "Maantien numero").put("sv", "Landsvägens nummer")
                        .put("en", "Road number")).put("values", new JsonArray());
        JsonObject use = new JsonObject().put("code", "connection_use").put("datatype", "SINGLE_CHOICE").put("required", true)
                .put("order", 2).put("description", new JsonObject().put("fi", "Liittymän käyttötarkoitus")
                        .put("sv", "Anslutningens användning").put("en", "Use of the connection"))
                .put("values", new JsonArray()
                        .add(new JsonObject().put("key", "residential").put("name", new JsonObject().put("fi", "Asuinkiinteistö")
                                .put("sv", "Bostadsfastighet").put("en", "Residential")))
                        .add(new JsonObject().put("key", "business").put("name", new JsonObject().put("fi", "Liiketoiminta")
                                .put("sv", "Affärsverksamhet").put("en", "Business"))));
        JsonObject topics = new JsonObject().put("code", "topics").put("datatype", "MULTI_CHOICE").put("required", false)
                .put("order", 3).put("description", new JsonObject().put("fi", "Aiheet").put("sv", "Ämnen").put("en", "Topics"))
                .put("values", new JsonArray()
                        .add(new JsonObject().put("key", "noise").put("name", new JsonObject().put("fi", "Melu").put("sv", "Buller").put("en", "Noise")))
                        .add(new JsonObject().put("key", "dust").put("name", new JsonObject().put("fi", "Pöly").put("sv", "Damm").put("en", "Dust"))));
        JsonObject phone = new JsonObject().put("id", "0c0c0c0c-0000-4000-8000-000000000001").put("type", "PHONE")
                .put("name", new JsonObject().put("fi", "Puhelinpalvelu").put("sv", "Telefontjänst").put("en", "Phone service"))
                .put("contact", new JsonObject().put("phone", "+358 29 502 0000"))
                .put("hours", new JsonObject().put("alwaysOpen", false).put("schedules", new JsonArray().add(new JsonObject()
                        .put("periods", new JsonArray()
                                .add(new JsonObject().put("day", "MONDAY").put("opens", "09:00").put("closes", "16:00"))
                                .add(new JsonObject().put("day", "FRIDAY").put("opens", "09:00").put("closes", "15:00"))))))
                .put("openNow", new JsonObject().put("open", false).put("opensNext", "2026-11-30T07:00:00Z"));
        return new JsonObject().put("id", PERMIT).put("code", "road-connection-permit").put("group", "PERMITS_AND_NOTIFICATIONS")
                .put("name", new JsonObject().put("fi", "Liittymälupa maantielle").put("sv", "Anslutningstillstånd till landsväg")
                        .put("en", "Permit to connect to a public road"))
                .put("summary", new JsonObject().put("fi", "Lupa liittymälle").put("sv", "Tillstånd").put("en", "A permit for a connection"))
                .put("organisation", "ely-uusimaa").put("channels", new JsonArray().add(phone))
                .put("attributes", new JsonArray().add(use).add(roadNumber).add(topics));
    }

    private static JsonObject service(String id, String group, String fi, String sv, String en) {
        JsonObject name = new JsonObject().put("fi", fi).put("sv", sv).put("en", en);
        return new JsonObject().put("id", id).put("code", id).put("group", group).put("name", name)
                .put("summary", name).put("organisation", "ely-uusimaa");
    }

    /**
     * Every answer the stubs give goes out here, checked against the producing service's OpenAPI
     * document: an operation, status or body it does not document is answered with 500 and the
     * reason, so the page test that relied on it fails instead of passing on a drifted stub.
     */
    static void reply(HttpServerRequest request, int status, Object body) {
        String json = body == null ? null : body instanceof String text ? text
                : body instanceof JsonArray array ? array.encode() : ((JsonObject) body).encode();
        List<String> problems = contracts.check(request.method().name(), request.path(), status, json);
        if (!problems.isEmpty()) {
            VIOLATIONS.addAll(problems);
            LOG.errorf("stub answer off contract: %s", problems);
            request.response().setStatusCode(500).end(String.join("\n", problems));
        } else if (json == null) {
            request.response().setStatusCode(status).end();
        } else {
            request.response().setStatusCode(status)
                    .putHeader("Content-Type", status >= 400 ? "application/problem+json" : "application/json").end(json);
        }
    }

    /**
     * Fails the test after which a stub answered off contract: some pages degrade quietly when a
     * service answers 500 (no suggestions, say), so the 500 alone might not fail the test.
     */
    public static class OnContract implements AfterEachCallback {
        @Override
        public void afterEach(ExtensionContext context) {
            List<String> found = List.copyOf(VIOLATIONS);
            VIOLATIONS.clear();
            if (!found.isEmpty()) {
                throw new AssertionError("stub answers off their producers' OpenAPI documents: " + found);
            }
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
