package fi.kohtaamo.webchannel;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The client registry as {@link DomainServiceStubs} stands in for it for registry administration's
 * pages (segments, erasure requests) and for what a citizen changes and asks for on "My data"
 * (its server asks here first, and every answer passes its contract check). One segment at version
 * 3; a save naming another version is stale (412). One waiting erasure request; deciding
 * {@link #DECIDED} is a 409. The citizen's record is at version 4; a correction naming 3 is stale.
 * Clients read and corrected by registry administration: {@link #PERSON}, {@link #ORGANISATION};
 * their search is {@link Client360Stubs}' (but for "Rakennus", which finds the organisation). The
 * person represents the organisation ({@link #RELATION}, version 1: a removal naming another is
 * stale); the organisation is a partner, its roles at version 3 (a change naming another is stale).
 * Recording the person as representative again is a 409. Similar clients before registering: a
 * person named Virtanen and "Rakennus Virtanen Oy" have one each.
 */
final class RegistryAdminStubs {

    static final String ERASURE = "e7a5e7a5-0000-4000-8000-00000000e001";
    static final String DECIDED = "e7a5e7a5-0000-4000-8000-00000000e002";
    static final String ERASED_CLIENT = "c1c1c1c1-0000-4000-8000-00000000e001";
    static final String EXPORT = "e8e8e8e8-0000-4000-8000-00000000e001";
    static final String GATHERING = "e8e8e8e8-0000-4000-8000-00000000e002";
    /** A person at version 5 (a correction naming 4 is stale), an organisation, and a client the registry does not show (404). */
    static final String PERSON = "ad000000-0000-4000-8000-000000000001";
    static final String ORGANISATION = "ad000000-0000-4000-8000-000000000002";
    static final String HIDDEN = "ad000000-0000-4000-8000-000000000003";
    /** The person's duplicate at version 1: merging it into {@link #PERSON} at 5 and 1 succeeds; the organisation is refused (409). */
    static final String DUPLICATE = "ad000000-0000-4000-8000-000000000004";
    /** The person's relation to the organisation, at version 1. */
    static final String RELATION = "ad000000-0000-4000-8000-00000000a001";
    /** Registrations answered here (others are {@link Client360Stubs}'): a new one, one the registry holds, one refused. */
    static final java.util.List<String> REGISTERED_NAMES = java.util.List.of("Uusi Oy", "Rakennus Oy", "Refused");
    /** Each call made, "METHOD path [If-Match x] [body]", for assertions. */
    static final ConcurrentLinkedQueue<String> CALLS = new ConcurrentLinkedQueue<>();

    private RegistryAdminStubs() {
    }

    /** Answers the request when it is one of these pages'; false lets the other stubs answer. */
    static boolean answered(HttpServerRequest request, Buffer body) {
        String method = request.method().name();
        String path = request.path();
        boolean mine = path.startsWith("/api/v1/segments") || path.startsWith("/api/v1/erasure-requests")
                || path.startsWith("/api/v1/me/exports") || path.startsWith("/api/v1/me/erasure-requests")
                || path.equals("/api/v1/me") && method.equals("PUT") || path.startsWith("/api/v1/clients/ad000000-")
                || path.equals("/api/v1/clients") && method.equals("POST") && REGISTERED_NAMES.contains(
                nameOf(body.toJsonObject())) || path.equals("/api/v1/clients/candidates")
                || path.endsWith("/relations") && method.equals("POST")
                || path.equals("/api/v1/clients/search") && "Rakennus".equals(body.toJsonObject().getString("q"));
        if (!mine) {
            return false;
        }
        String ifMatch = request.getHeader("If-Match");
        CALLS.add(method + " " + path + (ifMatch == null ? "" : " If-Match " + ifMatch) + (body.length() == 0 ? "" : " " + body));
        if (path.equals("/api/v1/clients")) {
            register(request, body.toJsonObject());
        } else if (path.equals("/api/v1/clients/candidates")) {
            candidates(request, body.toJsonObject());
        } else if (path.equals("/api/v1/clients/search")) {
            DomainServiceStubs.reply(request, 200, new JsonArray().add(new JsonObject().put("id", ORGANISATION).put("kind", "ORGANISATION")
                    .put("displayName", "Rakennus Oy").put("businessId", "1234567-1")));
        } else if (path.endsWith("/relations") || path.contains("/relations/") || path.contains("/stakeholder-roles")) {
            related(request, method, path, ifMatch, body);
        } else if (path.startsWith("/api/v1/clients/")) {
            client(request, method, path, ifMatch, body);
        } else if (path.startsWith("/api/v1/segments") || path.startsWith("/api/v1/erasure-requests")) {
            administration(request, method, path, ifMatch, body);
        } else {
            citizen(request, method, path, ifMatch, body);
        }
        return true;
    }

    private static void administration(HttpServerRequest request, String method, String path, String ifMatch, Buffer body) {
        if (path.equals("/api/v1/segments") && method.equals("GET")) {
            DomainServiceStubs.reply(request, 200, new JsonArray().add(segment()).add(new JsonObject().put("code", "partner")
                    .put("nameFi", "Kumppani").put("version", 1)));
        } else if (path.equals("/api/v1/segments/preview")) {
            boolean helsinki = body.toJsonObject().getJsonArray("municipalities", new JsonArray()).contains("091");
            DomainServiceStubs.reply(request, 200, new JsonObject().put("matching", helsinki ? 42 : 7));
        } else if (path.equals("/api/v1/segments/partner") && ifMatch == null) {
            DomainServiceStubs.reply(request, 428, problem(428, null));
        } else if (path.equals("/api/v1/segments/helsinki-young-adults") && !"\"3\"".equals(ifMatch)) {
            DomainServiceStubs.reply(request, 412, problem(412, null).put("currentVersion", 3));
        } else if (path.startsWith("/api/v1/segments/") && method.equals("PUT")) {
            if (body.toJsonObject().getJsonObject("rule", new JsonObject()).getJsonArray("industryCodePrefixes", new JsonArray())
                    .contains("99999")) {
                DomainServiceStubs.reply(request, 400, problem(400, "rule.industryCodePrefixes[0]"));
            } else {
                DomainServiceStubs.reply(request, 200, new JsonObject().put("code", path.substring(path.lastIndexOf('/') + 1))
                        .put("clientsChanged", 5));
            }
        } else if (path.equals("/api/v1/erasure-requests")) {
            DomainServiceStubs.reply(request, 200, new JsonArray().add(new JsonObject().put("id", ERASURE).put("clientId", ERASED_CLIENT)
                    .put("status", "REQUESTED").put("reason", "I moved abroad").put("requestedAt", "2026-11-27T10:00:00Z"))
                    .add(new JsonObject().put("id", DECIDED).put("clientId", ERASED_CLIENT).put("status", "REQUESTED")
                            .put("requestedAt", "2026-11-28T10:00:00Z")));
        } else if (path.equals("/api/v1/erasure-requests/" + DECIDED + "/decision")) {
            DomainServiceStubs.reply(request, 409, problem(409, null));
        } else if (path.equals("/api/v1/erasure-requests/" + ERASURE + "/decision")) {
            boolean approve = body.toJsonObject().getBoolean("approve");
            DomainServiceStubs.reply(request, 200, new JsonObject().put("id", ERASURE).put("clientId", ERASED_CLIENT)
                    .put("status", approve ? "APPROVED" : "REJECTED").put("requestedAt", "2026-11-27T10:00:00Z")
                    .put("decidedAt", "2026-11-29T10:00:00Z").put("decisionReason", body.toJsonObject().getString("reason")));
        } else {
            DomainServiceStubs.reply(request, 404, problem(404, null));
        }
    }

    private static void client(HttpServerRequest request, String method, String path, String ifMatch, Buffer body) {
        String id = path.substring("/api/v1/clients/".length());
        if (id.equals(DUPLICATE) && method.equals("GET")) {
            DomainServiceStubs.reply(request, 200, person().put("id", DUPLICATE).put("identityCode", null)
                    .put("emails", new JsonArray().add("ville.v@example.org")).put("version", 1));
        } else if (id.equals(PERSON + "/merge")) {
            merge(request, ifMatch, body.toJsonObject());
        } else if (!id.equals(PERSON) && !id.equals(ORGANISATION)) {
            DomainServiceStubs.reply(request, 404, problem(404, null));
        } else if (method.equals("GET")) {
            DomainServiceStubs.reply(request, 200, id.equals(PERSON) ? person() : organisation());
        } else if (ifMatch == null) {
            DomainServiceStubs.reply(request, 428, problem(428, null));
        } else if (!("\"" + (id.equals(PERSON) ? 5 : 2) + "\"").equals(ifMatch)) {
            DomainServiceStubs.reply(request, 412, problem(412, null).put("currentVersion", id.equals(PERSON) ? 5 : 2));
        } else if (body.toJsonObject().getJsonArray("emails").contains("refused@example.fi")) {
            DomainServiceStubs.reply(request, 400, problem(400, "emails[0]"));
        } else {
            DomainServiceStubs.reply(request, 200, (id.equals(PERSON) ? person() : organisation()).put("version", 6));
        }
    }

    /** Relations and roles of {@link #PERSON} and {@link #ORGANISATION}, and relations recorded for anyone. */
    private static void related(HttpServerRequest request, String method, String path, String ifMatch, Buffer body) {
        String roles = "/api/v1/clients/" + ORGANISATION + "/stakeholder-roles";
        if (method.equals("GET") && (path.equals("/api/v1/clients/" + PERSON + "/relations")
                || path.equals("/api/v1/clients/" + ORGANISATION + "/relations"))) {
            DomainServiceStubs.reply(request, 200, new JsonArray().add(relation("REPRESENTATIVE")));
        } else if (method.equals("POST")) {
            JsonObject relation = body.toJsonObject();
            if ("REPRESENTATIVE".equals(relation.getString("kind"))) {
                DomainServiceStubs.reply(request, 409, problem(409, "organisationId").put("existingId", RELATION));
            } else if ("2026-13-01".equals(relation.getString("validFrom"))) {
                DomainServiceStubs.reply(request, 400, problem(400, "validFrom"));
            } else {
                DomainServiceStubs.reply(request, 201, relation(relation.getString("kind")).put("id", "ad000000-0000-4000-8000-00000000a002")
                        .put("personId", path.split("/")[4]).put("organisationId", relation.getString("organisationId")));
            }
        } else if (path.equals("/api/v1/clients/" + PERSON + "/relations/" + RELATION) && method.equals("DELETE")) {
            if (ifMatch == null) {
                DomainServiceStubs.reply(request, 428, problem(428, null));
            } else if (!"\"1\"".equals(ifMatch)) {
                DomainServiceStubs.reply(request, 412, problem(412, null).put("currentVersion", 1));
            } else {
                DomainServiceStubs.reply(request, 204, null);
            }
        } else if (path.equals(roles) && method.equals("GET")) {
            request.response().putHeader("ETag", "\"3\"");
            DomainServiceStubs.reply(request, 200, new JsonArray().add(new JsonObject().put("agency", "ely-uusimaa")
                    .put("role", "PARTNER").put("since", "2025-03-01")));
        } else if (path.equals(roles + "/ely-uusimaa") && method.equals("PUT")) {
            if (ifMatch == null) {
                DomainServiceStubs.reply(request, 428, problem(428, null));
            } else if (!"\"3\"".equals(ifMatch)) {
                DomainServiceStubs.reply(request, 412, problem(412, null).put("currentVersion", 3));
            } else {
                JsonArray set = new JsonArray();
                body.toJsonObject().getJsonArray("roles").forEach(role -> set.add(new JsonObject().put("agency", "ely-uusimaa")
                        .put("role", role).put("since", "2026-12-06")));
                request.response().putHeader("ETag", "\"4\"");
                DomainServiceStubs.reply(request, 200, set);
            }
        } else {
            DomainServiceStubs.reply(request, 404, problem(404, null));
        }
    }

    private static JsonObject relation(String kind) {
        return new JsonObject().put("id", RELATION).put("personId", PERSON).put("personName", "Ville Virtanen")
                .put("organisationId", ORGANISATION).put("organisationName", "Rakennus Oy").put("kind", kind)
                .put("agency", "ely-uusimaa").put("validFrom", "2024-01-01").put("version", 1);
    }

    /** A person named Virtanen is like {@link #PERSON}, "Rakennus Virtanen Oy" like {@link #ORGANISATION}; others like none. */
    private static void candidates(HttpServerRequest request, JsonObject query) {
        JsonArray found = new JsonArray();
        if ("Virtanen".equals(query.getString("lastName"))) {
            found.add(new JsonObject().put("id", PERSON).put("displayName", "Ville Virtanen").put("score", 0.93)
                    .put("matchedOn", new JsonArray().add("email")));
        } else if ("Rakennus Virtanen Oy".equals(query.getString("name"))) {
            found.add(new JsonObject().put("id", ORGANISATION).put("displayName", "Rakennus Oy").put("score", 0.9)
                    .put("matchedOn", new JsonArray().add("email").add("phone")));
        }
        DomainServiceStubs.reply(request, 200, found);
    }

    private static void merge(HttpServerRequest request, String ifMatch, JsonObject merge) {
        if (ifMatch == null) {
            DomainServiceStubs.reply(request, 428, problem(428, null));
        } else if (!"\"5\"".equals(ifMatch) || merge.getInteger("duplicateVersion", 1) != 1) {
            DomainServiceStubs.reply(request, 412, problem(412, null).put("currentVersion", 5));
        } else if (HIDDEN.equals(merge.getString("duplicateId"))) {
            DomainServiceStubs.reply(request, 404, problem(404, null));
        } else if (ORGANISATION.equals(merge.getString("duplicateId"))) {
            DomainServiceStubs.reply(request, 409, problem(409, null));
        } else {
            DomainServiceStubs.reply(request, 200, person().put("version", 6));
        }
    }

    /** A new organisation is the one at {@link #ORGANISATION}; Rakennus Oy's business id is held (409 naming it); Refused's e-mail is refused. */
    private static void register(HttpServerRequest request, JsonObject registration) {
        String name = nameOf(registration);
        if (name.equals("Rakennus Oy")) {
            DomainServiceStubs.reply(request, 409, problem(409, "businessId").put("existingId", ORGANISATION));
        } else if (name.equals("Refused")) {
            DomainServiceStubs.reply(request, 400, problem(400, "emails[0]"));
        } else {
            DomainServiceStubs.reply(request, 201, organisation().put("name", name).put("version", 0));
        }
    }

    private static String nameOf(JsonObject registration) {
        return registration.getString("name") != null ? registration.getString("name") : registration.getString("lastName");
    }

    /** A person as the registry's client read answers registry administration: the identity code masked. */
    static JsonObject person() {
        return new JsonObject().put("id", PERSON).put("kind", "PERSON").put("firstName", "Ville").put("lastName", "Virtanen")
                .put("identityCode", "010180-****").put("birthDate", "1980-01-01").put("preferredLanguage", "fi")
                .put("preferredChannels", new JsonArray().add("EMAIL")).put("emails", new JsonArray().add("ville@example.org"))
                .put("phones", new JsonArray().add("358401111111"))
                .put("addresses", new JsonArray().add(new JsonObject().put("kind", "POSTAL").put("street", "Kauppakatu 1")
                        .put("postalCode", "00100").put("postOffice", "Helsinki").put("country", "FI")))
                .put("municipalityCode", "091").put("segments", new JsonArray().add("helsinki-young-adults")).put("version", 5);
    }

    private static JsonObject organisation() {
        return new JsonObject().put("id", ORGANISATION).put("kind", "ORGANISATION").put("name", "Rakennus Oy")
                .put("businessId", "1234567-1").put("organisationType", "OY").put("preferredLanguage", "sv")
                .put("preferredChannels", new JsonArray()).put("emails", new JsonArray()).put("phones", new JsonArray())
                .put("addresses", new JsonArray()).put("industryCode", "41200").put("sizeClass", "SMALL")
                .put("segments", new JsonArray()).put("version", 2);
    }

    private static void citizen(HttpServerRequest request, String method, String path, String ifMatch, Buffer body) {
        if (path.equals("/api/v1/me")) {
            if (!"\"4\"".equals(ifMatch)) {
                DomainServiceStubs.reply(request, 412, problem(412, null).put("currentVersion", 4));
            } else if (body.toJsonObject().getJsonArray("emails").contains("refused@example.fi")) {
                DomainServiceStubs.reply(request, 400, problem(400, "emails[0]"));
            } else {
                DomainServiceStubs.reply(request, 200, me());
            }
        } else if (path.equals("/api/v1/me/exports") && method.equals("POST")) {
            DomainServiceStubs.reply(request, 202, export(GATHERING, "COLLECTING"));
        } else if (path.equals("/api/v1/me/exports")) {
            DomainServiceStubs.reply(request, 200, new JsonArray().add(export(GATHERING, "COLLECTING"))
                    .add(export(EXPORT, "COMPLETE").put("completedAt", "2026-11-27T09:05:00Z")));
        } else if (path.equals("/api/v1/me/exports/" + EXPORT)) {
            DomainServiceStubs.reply(request, 200, export(EXPORT, "COMPLETE").put("completedAt", "2026-11-27T09:05:00Z")
                    .put("document", new JsonObject().put("registry", new JsonObject().put("firstName", "Maija"))));
        } else if (path.equals("/api/v1/me/erasure-requests") && method.equals("POST")) {
            String reason = body.toJsonObject().getString("reason");
            if ("again".equals(reason)) {
                DomainServiceStubs.reply(request, 409, problem(409, null).put("existingId", ERASURE));
            } else {
                DomainServiceStubs.reply(request, 202, new JsonObject().put("id", ERASURE).put("clientId", ERASED_CLIENT)
                        .put("status", "REQUESTED").put("requestedAt", "2026-11-29T10:00:00Z"));
            }
        } else if (path.equals("/api/v1/me/erasure-requests")) {
            DomainServiceStubs.reply(request, 200, new JsonArray().add(new JsonObject().put("id", DECIDED).put("clientId", ERASED_CLIENT)
                    .put("status", "REJECTED").put("requestedAt", "2026-11-20T10:00:00Z").put("decidedAt", "2026-11-21T10:00:00Z")
                    .put("decisionReason", "A permit matter is still open")));
        } else {
            DomainServiceStubs.reply(request, 404, problem(404, null));
        }
    }

    /** The citizen's record at version 4, as GET and PUT /api/v1/me answer. */
    static JsonObject me() {
        return new JsonObject().put("kind", "PERSON").put("firstName", "Maija").put("lastName", "Meikäläinen")
                .put("birthDate", "1980-05-17").put("preferredLanguage", "sv")
                .put("preferredChannels", new JsonArray().add("EMAIL")).put("emails", new JsonArray().add("maija@example.org"))
                .put("phones", new JsonArray().add("358401234567"))
                .put("addresses", new JsonArray().add(new JsonObject().put("kind", "POSTAL").put("street", "Kauppakatu 1")
                        .put("postalCode", "00100").put("postOffice", "Helsinki").put("country", "FI"))
                        .add(new JsonObject().put("kind", "HOME").put("street", "Mökkitie 5")
                                .put("postalCode", "21600").put("postOffice", "Parainen").put("country", "FI")))
                .put("municipalityCode", "091").put("segments", new JsonArray()).put("version", 4);
    }

    private static JsonObject segment() {
        return new JsonObject().put("code", "helsinki-young-adults").put("nameFi", "Nuoret aikuiset Helsingissä")
                .put("nameSv", "Unga vuxna i Helsingfors").put("nameEn", "Young adults in Helsinki")
                .put("rule", new JsonObject().put("kinds", new JsonArray().add("PERSON")).put("municipalities", new JsonArray().add("091"))
                        .put("organisationTypes", new JsonArray()).put("industryCodePrefixes", new JsonArray())
                        .put("sizeClasses", new JsonArray()).put("languages", new JsonArray()).put("minAge", 18).put("maxAge", 35))
                .put("preferredChannels", new JsonArray().add("CHAT")).put("version", 3);
    }

    private static JsonObject export(String id, String status) {
        return new JsonObject().put("id", id).put("clientId", ERASED_CLIENT).put("status", status).put("requestedVia", "SELF")
                .put("requestedAt", "2026-11-27T09:00:00Z").put("deadlineAt", "2026-11-30T09:00:00Z")
                .put("expectedParts", new JsonArray().add("contact-routing")).put("receivedParts", new JsonArray())
                .put("missingParts", new JsonArray());
    }

    private static JsonObject problem(int status, String field) {
        JsonObject problem = new JsonObject().put("status", status).put("title", "Refused");
        return field == null ? problem : problem.put("violations", new JsonArray().add(new JsonObject().put("field", field)
                .put("message", "is not valid")));
    }
}
