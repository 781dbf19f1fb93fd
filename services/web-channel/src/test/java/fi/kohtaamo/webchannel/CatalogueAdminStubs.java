package fi.kohtaamo.webchannel;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The service catalogue as the catalogue admin's pages see it, for {@link DomainServiceStubs}
 * (every answer passes its contract check): Uusimaa's draft at version 3 with one choice question,
 * Pirkanmaa's published service, the two agencies with their units, and a PTV import's plan.
 */
final class CatalogueAdminStubs {

    static final String DRAFT = "ca000000-0000-4000-8000-000000000001";
    static final String FOREIGN = "ca000000-0000-4000-8000-000000000002";
    static final String UUSIMAA = "0b6a1c53-2f4e-4c59-9a51-7d7e2f9a0001";
    static final String PIRKANMAA = "0b6a1c53-2f4e-4c59-9a51-7d7e2f9a0002";
    static final String UUSIMAA_TRANSPORT = "ca000000-0000-4000-8000-0000000000a1";
    static final String PIRKANMAA_TRANSPORT = "ca000000-0000-4000-8000-0000000000b1";
    static final String CHANNEL = "ca000000-0000-4000-8000-0000000000c1";
    static final String FOREIGN_CHANNEL = "ca000000-0000-4000-8000-0000000000c2";
    /** Each call: method, path and query, If-Match, body. */
    static final ConcurrentLinkedQueue<String> CALLS = new ConcurrentLinkedQueue<>();

    private CatalogueAdminStubs() {
    }

    static boolean answered(HttpServerRequest request, Buffer body) {
        String path = request.path();
        String method = request.method().name();
        if (path.equals("/api/v1/statistics/overview") && "responsibility-area".equals(request.getParam("by"))) {
            WorkdayStubs.STATISTICS.add(path + "?" + request.query());
            DomainServiceStubs.reply(request, 200, new JsonObject().put("minimumGroupSize", 5).put("rows", new JsonArray()
                    .add(new JsonObject().put("key", "-").put("contacts", 3).put("invited", 0))
                    .add(new JsonObject().put("key", UUSIMAA_TRANSPORT).put("contacts", 6).put("invited", 0))));
            return true;
        }
        if (path.startsWith("/api/v1/channels/own") || path.equals("/api/v1/channels/" + CHANNEL + "/hours")) {
            channels(request, body);
            return true;
        }
        boolean ours = path.equals("/api/v1/services/own") || path.startsWith("/api/v1/services/" + DRAFT)
                || path.equals("/api/v1/services/" + FOREIGN) || path.equals("/api/v1/organisations")
                || path.equals("/api/v1/ptv/import") || path.equals("/api/v1/services") && method.equals("POST");
        if (!ours) {
            return false;
        }
        CALLS.add(method + " " + path + (request.query() == null ? "" : "?" + request.query())
                + (request.getHeader("If-Match") == null ? "" : " If-Match " + request.getHeader("If-Match"))
                + (body.length() == 0 ? "" : " " + body));
        String ifMatch = request.getHeader("If-Match");
        if (path.equals("/api/v1/services/own")) {
            DomainServiceStubs.reply(request, 200, new JsonArray().add(new JsonObject().put("id", DRAFT).put("code", "special-transport")
                    .put("group", "PERMITS_AND_NOTIFICATIONS").put("title", "Erikoiskuljetuslupa")
                    .put("name", texts("Erikoiskuljetuslupa", null, "Special transport permit")).put("status", "DRAFT")
                    .put("missingTranslations", new JsonArray().add("sv")).put("responsibilityArea", UUSIMAA_TRANSPORT)
                    .put("version", 3)));
        } else if (path.equals("/api/v1/organisations")) {
            DomainServiceStubs.reply(request, 200, new JsonArray()
                    .add(organisation(UUSIMAA, "ely-uusimaa", null, texts("Uudenmaan ELY-keskus", "NTM-centralen i Nyland", "ELY Centre for Uusimaa")))
                    .add(organisation(UUSIMAA_TRANSPORT, "ely-uusimaa-l", UUSIMAA, texts("Uudenmaan ELY-keskus: liikenne ja infrastruktuuri",
                            "NTM-centralen i Nyland: trafik och infrastruktur", "ELY Centre for Uusimaa: transport and infrastructure")))
                    .add(organisation(PIRKANMAA, "ely-pirkanmaa", null, texts("Pirkanmaan ELY-keskus", "NTM-centralen i Birkaland", "ELY Centre for Pirkanmaa")))
                    .add(organisation(PIRKANMAA_TRANSPORT, "ely-pirkanmaa-l", PIRKANMAA, texts("Pirkanmaan ELY-keskus: liikenne ja infrastruktuuri",
                            "NTM-centralen i Birkaland: trafik och infrastruktur", "ELY Centre for Pirkanmaa: transport and infrastructure")))
                    .add(organisation(EMPTY, "ely-empty", null, texts("Tyhjä virasto", "Tom myndighet", "Empty agency"))));
        } else if (path.equals("/api/v1/services/" + FOREIGN)) {
            DomainServiceStubs.reply(request, 200, detail(FOREIGN, "ely-pirkanmaa", 1, "PUBLISHED"));
        } else if (path.equals("/api/v1/services/" + DRAFT + "/history")) {
            DomainServiceStubs.reply(request, 200, new JsonArray()
                    .add(history(1, "CREATED", "2026-11-20T08:00:00Z", "Erikoiskuljetuslupa"))
                    .add(history(2, "UPDATED", "2026-11-21T08:00:00Z", "Erikoiskuljetuslupa (uusi)")));
        } else if (path.equals("/api/v1/services/" + DRAFT) && method.equals("GET")) {
            DomainServiceStubs.reply(request, 200, detail(DRAFT, "ely-uusimaa", 3, "DRAFT"));
        } else if (path.equals("/api/v1/services/" + DRAFT) && method.equals("PUT")) {
            JsonObject sent = body.toJsonObject();
            if (!"\"3\"".equals(ifMatch)) {
                DomainServiceStubs.reply(request, 412, problem(412, null));
            } else if ("Refused area".equals(sent.getJsonObject("name").getString("en"))) {
                DomainServiceStubs.reply(request, 400, problem(400, "responsibilityArea"));
            } else {
                DomainServiceStubs.reply(request, 200, detail(DRAFT, "ely-uusimaa", 4, "DRAFT"));
            }
        } else if (path.equals("/api/v1/services/" + DRAFT + "/publish")) {
            DomainServiceStubs.reply(request, "\"3\"".equals(ifMatch) ? 409 : 412, problem("\"3\"".equals(ifMatch) ? 409 : 412, null));
        } else if (path.equals("/api/v1/services") && method.equals("POST")) {
            DomainServiceStubs.reply(request, 201, detail(DRAFT, "ely-uusimaa", 1, "DRAFT"));
        } else {
            DomainServiceStubs.reply(request, 200, plan());
        }
        return true;
    }

    /**
     * Uusimaa's phone service at version 2 (Monday 8–16, closed on 24 December, open 8–11 and 12–15
     * on 30 December); Pirkanmaa's channel is the catalogue's 404. A change needs If-Match "2"; a
     * from of 25:00 is refused, and so is 10:30 as the second exceptional day's second period.
     */
    private static void channels(HttpServerRequest request, Buffer body) {
        String path = request.path();
        String ifMatch = request.getHeader("If-Match");
        CALLS.add(request.method().name() + " " + path + (ifMatch == null ? "" : " If-Match " + ifMatch)
                + (body.length() == 0 ? "" : " " + body));
        if (path.equals("/api/v1/channels/own")) {
            DomainServiceStubs.reply(request, 200, new JsonArray().add(channel()));
        } else if (path.equals("/api/v1/channels/own/" + CHANNEL)) {
            DomainServiceStubs.reply(request, 200, channel());
        } else if (path.startsWith("/api/v1/channels/own/")) {
            DomainServiceStubs.reply(request, 404, problem(404, null));
        } else if (!"\"2\"".equals(ifMatch)) {
            DomainServiceStubs.reply(request, 412, problem(412, null));
        } else if (body.toString().contains("25:00")) {
            DomainServiceStubs.reply(request, 400, problem(400, "hours[1].from"));
        } else if (body.toString().contains("10:30")) {
            DomainServiceStubs.reply(request, 400, problem(400, "exceptions[1].periods[1].from"));
        } else {
            DomainServiceStubs.reply(request, 200, channel().put("version", 3));
        }
    }

    private static JsonObject channel() {
        JsonObject monday = new JsonObject().put("day", "MONDAY").put("opens", "08:00").put("closes", "16:00");
        return new JsonObject().put("id", CHANNEL).put("type", "PHONE").put("title", "Puhelinpalvelu")
                .put("name", texts("Puhelinpalvelu", "Telefonservice", "Phone service")).put("version", 2)
                .put("hours", new JsonObject().put("alwaysOpen", false).put("closedOnPublicHolidays", true)
                        .put("schedules", new JsonArray().add(new JsonObject().put("periods", new JsonArray().add(monday))))
                        .put("exceptions", new JsonArray().add(new JsonObject().put("date", "2026-12-24").put("closed", true)
                                .put("periods", new JsonArray()).put("reason", texts("Jouluaatto", "Julafton", "Christmas Eve")))
                                .add(new JsonObject().put("date", "2026-12-30").put("closed", false).put("periods", new JsonArray()
                                        .add(new JsonObject().put("day", "WEDNESDAY").put("opens", "08:00").put("closes", "11:00"))
                                        .add(new JsonObject().put("day", "WEDNESDAY").put("opens", "12:00").put("closes", "15:00"))))))
                .put("today", new JsonArray().add(monday))
                .put("openNow", new JsonObject().put("open", false).put("opensNext", "2026-12-07T06:00:00Z"));
    }

    private static JsonObject detail(String id, String organisation, int version, String status) {
        return new JsonObject().put("id", id).put("code", "special-transport").put("group", "PERMITS_AND_NOTIFICATIONS")
                .put("ptvType", "PERMIT_OR_OBLIGATION").put("name", texts("Erikoiskuljetuslupa", null, "Special transport permit"))
                .put("summary", texts("Lupa erikoiskuljetukselle.", null, null))
                .put("texts", new JsonObject().put("description", texts("Kuvaus", null, null)))
                .put("organisation", organisation).put("producers", new JsonArray()).put("chargeType", "FREE")
                .put("area", new JsonObject().put("type", "NATIONWIDE").put("codes", new JsonArray())).put("clientContact", "DIRECT")
                .put("classifications", new JsonObject().put("serviceClasses", new JsonArray()).put("lifeEvents", new JsonArray())
                        .put("keywords", new JsonArray()).put("targetGroups", new JsonArray().add(new JsonObject().put("code", "KR2")
                                .put("label", "Yritykset").put("labels", texts("Yritykset", "Företag", "Businesses")))))
                .put("channels", new JsonArray())
                .put("routing", new JsonObject().put("defaultQueue", "uusimaa-permits").put("requiredSkills", new JsonArray().add("permits"))
                        .put("priority", 2).put("firstResponseHours", 16).put("resolutionHours", 120))
                .put("attributes", new JsonArray().add(new JsonObject().put("code", "route_type").put("datatype", "SINGLE_CHOICE")
                        .put("required", true).put("order", 1).put("description", texts("Reitti", "Rutt", "Route"))
                        .put("values", new JsonArray().add(new JsonObject().put("key", "single").put("name", texts("Kertareitti", "Engångsrutt", "One-off route"))))))
                .put("status", status).put("version", version).put("updatedAt", "2026-11-21T08:00:00Z").put("updatedBy", "admin-uusimaa")
                .put("missingTranslations", new JsonArray().add("sv")).put("responsibilityArea", UUSIMAA_TRANSPORT);
    }

    private static JsonObject history(int version, String action, String at, String name) {
        return new JsonObject().put("version", version).put("action", action).put("changedBy", "admin-uusimaa").put("changedAt", at)
                .put("snapshot", new JsonObject().put("name", texts(name, null, null)).put("version", version)
                        .put("defaultQueue", "uusimaa-permits"));
    }

    private static JsonObject plan() {
        JsonObject counts = new JsonObject().put("created", 1).put("updated", 1).put("unchanged", 0);
        return new JsonObject().put("organizations", new JsonObject().put("created", 0).put("updated", 0).put("unchanged", 1))
                .put("serviceChannels", new JsonObject().put("created", 0).put("updated", 0).put("unchanged", 0))
                .put("services", counts)
                .put("changes", new JsonArray()
                        .add(new JsonObject().put("section", "organizations").put("id", UUSIMAA).put("name", "ely-uusimaa")
                                .put("kind", "UNCHANGED").put("fields", new JsonArray()))
                        .add(new JsonObject().put("section", "services").put("id", DRAFT).put("name", "special-transport")
                                .put("kind", "CHANGED").put("fields", new JsonArray().add("serviceNames").add("areas")))
                        .add(new JsonObject().put("section", "services").put("id", FOREIGN).put("name", "new-permit")
                                .put("kind", "NEW").put("fields", new JsonArray())));
    }

    /** An agency the public results pages know and feedback has no published service of. */
    private static final String EMPTY = "0a0a0a0a-0000-4000-8000-000000000002";

    private static JsonObject organisation(String id, String code, String parent, JsonObject name) {
        return new JsonObject().put("id", id).put("code", code).put("type", "REGIONAL_STATE").put("parentId", parent)
                .put("name", name).put("areaCodes", new JsonArray().add("01")).put("version", 1);
    }

    private static JsonObject problem(int status, String field) {
        JsonObject problem = new JsonObject().put("type", "https://kohtaamo.fi/problems/x").put("title", "Refused").put("status", status);
        if (field != null) {
            problem.put("violations", new JsonArray().add(new JsonObject().put("field", field).put("message", "not one of yours")));
        }
        return problem;
    }

    private static JsonObject texts(String fi, String sv, String en) {
        return new JsonObject().put("fi", fi).put("sv", sv).put("en", en);
    }
}
