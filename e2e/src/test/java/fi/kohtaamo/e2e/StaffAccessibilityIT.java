package fi.kohtaamo.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every signed-in page type in Finnish, Swedish and English, checked by axe-core in real Chromium
 * (WCAG 2.1 A and AA): the workspace, a queue, a contact and the phone form; the supervisor's
 * dashboard, rules and rule form, and set-up pages (queues, calendars, service-level policies, agents); the management view (all areas, one area, a refused area), feedback themes, surveys and a survey's results; the feedback queue and a feedback, and the 403 page of a staff page the role lacks; the content editor's worklist, new article
 * and a text in two languages; the catalogue admin's pages (the webhooks' too); registry administration's segments, erasure requests, client search and a client; the citizen's own data (its
 * details form and erasure page too), matters and one matter. Each role signs in through Keycloak once.
 */
class StaffAccessibilityIT {

    private static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start("en");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Opens each page in each language and checks it; the page's h1 must be there before axe runs. */
    private static void check(String role, List<String> pages) throws Exception {
        Browser.signIn(browser, role);
        for (String language : LANGUAGES) {
            for (String page : pages) {
                browser.get(Platform.GATEWAY + page + (page.contains("?") ? "&" : "?") + "lang=" + language);
                new WebDriverWait(browser, Duration.ofSeconds(30))
                        .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
                assertThat(browser.findElements(By.tagName("h1"))).as(page).isNotEmpty();
                assertThat(browser.findElement(By.tagName("h1")).getText()).as(page + " is not an error page")
                        .isNotIn("Sivua ei löydy", "Sidan hittades inte", "Page not found");
                String name = page.replaceAll("^/", "").replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "");
                Browser.accessible(browser, "staff-" + (name.length() > 40 ? name.substring(0, 40) : name)
                        + "-" + language);
            }
        }
        Browser.signOut(browser);
    }

    @Test
    void everySignedInPageTypeHasNoWcag21ViolationsInAnyLanguage() throws Exception {
        String supervisorToken = Platform.userToken("supervisor.uusimaa");
        String queue = Platform.gateway().auth().oauth2(supervisorToken).when().get("/api/v1/queues").then().statusCode(200)
                .extract().jsonPath().getString("find { it.code == 'uusimaa-permits' }.id");
        String rule = Platform.gateway().auth().oauth2(supervisorToken).when().get("/api/v1/routing-rules").then().statusCode(200)
                .extract().jsonPath().getString("[0].id");
        List<String> contacts = Platform.gateway().auth().oauth2(supervisorToken).when().get("/api/v1/queues/" + queue + "/contacts")
                .then().statusCode(200).extract().jsonPath().getList("id");
        // A reply template, so that its form and the contact page's template choice are checked too.
        String template = Platform.gateway().auth().oauth2(supervisorToken).contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("name", "Saapunut " + java.util.UUID.randomUUID().toString().substring(0, 8),
                        "texts", java.util.Map.of("fi", "Hei {client_name}, asianne {tracking_code} on vastaanotettu.",
                                "en", "Hello {client_name}, we have received {tracking_code}.")))
                .when().post("/api/v1/reply-templates").then().statusCode(201).extract().path("id");
        // The set-up pages: a calendar made here (periods and a closed day), the organisation's policy, the supervisor as an agent.
        String calendar = Platform.gateway().auth().oauth2(supervisorToken).contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("name", "Puhelinajat " + java.util.UUID.randomUUID().toString().substring(0, 8),
                        "zone", "Europe/Helsinki", "publicHolidays", true,
                        "periods", List.of(java.util.Map.of("weekday", 1, "opens", "09:00", "closes", "11:30"),
                                java.util.Map.of("weekday", 1, "opens", "12:00", "closes", "15:00")),
                        "exceptions", List.of(java.util.Map.of("day", "2027-06-25", "reason", "Juhannusaatto"))))
                .when().post("/api/v1/service-hours/calendars").then().statusCode(201).extract().path("id");
        // An automation rule (on a tag no contact has, so that it changes nothing) and a macro, for their forms.
        String automationRule = Platform.gateway().auth().oauth2(supervisorToken).contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("name", "Saavutettavuus " + java.util.UUID.randomUUID().toString().substring(0, 8),
                        "triggers", List.of("RECEIVED"), "conditions", java.util.Map.of("tags", List.of("a11y-only")),
                        "actions", List.of(java.util.Map.of("type", "ADD_TAG", "tag", "a11y"))))
                .when().post("/api/v1/automation-rules").then().statusCode(201).extract().path("id");
        String macro = Platform.gateway().auth().oauth2(supervisorToken).contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("name", "Kysy lupanumero " + java.util.UUID.randomUUID().toString().substring(0, 8),
                        "actions", List.of(java.util.Map.of("type", "ADD_TAG", "tag", "lupanumero"))))
                .when().post("/api/v1/macros").then().statusCode(201).extract().path("id");
        String policy = Platform.gateway().auth().oauth2(supervisorToken).when().get("/api/v1/service-hours/sla-policies")
                .then().statusCode(200).extract().jsonPath().getString("[0].id");
        String supervisorSubject = Platform.gateway().auth().oauth2(supervisorToken).when().get("/api/v1/agents/me")
                .then().statusCode(200).extract().path("subject");
        List<String> supervisorPages = new ArrayList<>(List.of("/supervise/queues", "/supervise/queues/new",
                "/supervise/queues/" + queue, "/supervise/calendars", "/supervise/calendars/new",
                "/supervise/calendars/" + calendar + "?year=2027", "/supervise/policies", "/supervise/policies/new",
                "/supervise/policies/" + policy, "/supervise/team", "/supervise/team/" + supervisorSubject,
                "/work", "/work/queues/" + queue, "/work/phone", "/work/search?from=2026-01-01", "/supervise",
                "/supervise/rules", "/supervise/rules/new", "/supervise/rules/" + rule, "/supervise/templates",
                "/supervise/templates/new", "/supervise/templates/" + template, "/supervise/agents?from=2026-01-01",
                "/supervise/automation", "/supervise/automation/new", "/supervise/automation/" + automationRule,
                "/supervise/automation/simulate", "/supervise/macros", "/supervise/macros/new", "/supervise/macros/" + macro));
        if (!contacts.isEmpty()) {
            supervisorPages.add("/work/contacts/" + contacts.get(0));
            supervisorPages.add("/work/contacts/" + contacts.get(0) + "/client-360");
        }
        check("supervisor.uusimaa", supervisorPages);
        String managerToken = Platform.userToken("manager.uusimaa");
        String survey = Platform.gateway().auth().oauth2(managerToken).contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("type", "AWARENESS_AND_IMAGE",
                        "title", java.util.Map.of("fi", "Tunnettuus", "sv", "Kännedom", "en", "Awareness"),
                        "questions", List.of(java.util.Map.of("code", "known", "kind", "SCALE_1_5", "required", true,
                                "text", java.util.Map.of("fi", "Tunnetko meidät?", "sv", "Känner du oss?", "en", "Do you know us?")))))
                .when().post("/api/v1/surveys").then().statusCode(201).extract().path("id");
        // The management view limited to a responsibility area, and an area not the organisation's refused beside the select.
        String transportArea = Platform.gateway().when().get("/api/v1/organisations").then().statusCode(200)
                .extract().jsonPath().getString("find { it.code == 'ely-uusimaa-l' }.id");
        check("manager.uusimaa", List.of("/manage", "/manage?area=" + transportArea, "/manage?area=not-an-area",
                "/manage/themes", "/manage/surveys", "/manage/surveys/" + survey,
                "/manage/surveys/new", "/manage/surveys/new?type=STAKEHOLDER", "/manage/surveys/" + survey + "/send"));
        String handlerToken = Platform.userToken("feedback-handler.uusimaa");
        Platform.gateway().contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("kind", "PRAISE", "serviceId", "5e2b8f10-7a3c-4d1e-8b9f-00000000a004", "language", "sv",
                        "text", "Snabbt och vänligt."))
                .when().post("/api/v1/feedback").then().statusCode(201);
        String feedback = Platform.gateway().auth().oauth2(handlerToken).when().get("/api/v1/feedback").then().statusCode(200)
                .extract().jsonPath().getString("[0].id");
        // A staff page the role lacks: the 403 page ("no access") in the site's frame.
        check("feedback-handler.uusimaa", List.of("/feedback-queue", "/feedback-queue/" + feedback, "/supervise"));
        // The auditor's log: the whole month's entries, and a refused filter beside its field.
        check("auditor.uusimaa", List.of("/audit", "/audit?from=2026-02-30"));

        // The catalogue admin's pages, with a draft of their own that names an area and asks a choice question.
        String catalogueToken = Platform.userToken("catalogue-admin.uusimaa");
        String area = Platform.gateway().when().get("/api/v1/organisations").then().statusCode(200)
                .extract().jsonPath().getString("find { it.code == 'ely-uusimaa-l' }.id");
        String draft = Platform.gateway().auth().oauth2(catalogueToken).contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("code", "a11y-" + java.util.UUID.randomUUID().toString().substring(0, 8),
                        "group", "PERMITS_AND_NOTIFICATIONS", "ptvType", "PERMIT_OR_OBLIGATION", "areaType", "NATIONWIDE",
                        "name", java.util.Map.of("fi", "Erikoiskuljetuslupa", "en", "Special transport permit"),
                        "summary", java.util.Map.of("fi", "Lupa erikoiskuljetukselle."),
                        "routing", java.util.Map.of("defaultQueue", "uusimaa-permits"), "responsibilityArea", area,
                        "attributes", List.of(java.util.Map.of("code", "route", "datatype", "SINGLE_CHOICE", "required", true,
                                "order", 1, "description", java.util.Map.of("fi", "Reitti", "sv", "Rutt", "en", "Route"),
                                "values", List.of(java.util.Map.of("key", "single", "name", java.util.Map.of("fi", "Kertareitti")))))))
                .when().post("/api/v1/services").then().statusCode(201).extract().path("id");
        List<String> catalogueIds = Platform.gateway().auth().oauth2(catalogueToken).when().get("/api/v1/channels/own")
                .then().statusCode(200).extract().jsonPath().getList("id");
        List<String> cataloguePages = new ArrayList<>(List.of("/catalogue", "/catalogue/services/new", "/catalogue/services/" + draft,
                "/catalogue/organisations", "/catalogue/ptv", "/catalogue/channels"));
        if (!catalogueIds.isEmpty()) {
            cataloguePages.add("/catalogue/channels/" + catalogueIds.get(0));
        }
        // The webhooks pages, with a subscription of their own (to a local address nothing answers, so that its
        // test event's failed attempts are in the delivery log), its deletion's confirmation and a refused filter.
        String subscription = Platform.gateway().auth().oauth2(catalogueToken).contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("url", "http://127.0.0.1:9/a11y", "description", "Saavutettavuus",
                        "eventTypes", List.of("service.withdrawn")))
                .when().post("/api/v1/webhooks/subscriptions").then().statusCode(201).extract().path("subscription.id");
        Platform.gateway().auth().oauth2(catalogueToken).when().post("/api/v1/webhooks/subscriptions/" + subscription + "/test-events")
                .then().statusCode(202);
        cataloguePages.addAll(List.of("/catalogue/webhooks", "/catalogue/webhooks/new", "/catalogue/webhooks/" + subscription,
                "/catalogue/webhooks/" + subscription + "?status=LOST", "/catalogue/webhooks/" + subscription + "/delete"));
        check("catalogue-admin.uusimaa", cataloguePages);
        String subscriptionVersion = Platform.gateway().auth().oauth2(catalogueToken)
                .when().get("/api/v1/webhooks/subscriptions/" + subscription).then().statusCode(200).extract().header("ETag");
        Platform.gateway().auth().oauth2(catalogueToken).header("If-Match", subscriptionVersion)
                .when().delete("/api/v1/webhooks/subscriptions/" + subscription).then().statusCode(204);

        String editorToken = Platform.userToken("content-editor.uusimaa");
        List<String> texts = Platform.gateway().auth().oauth2(editorToken).when().get("/api/v1/articles").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.language == 'fi' }.collect { it.articleId + '/fi' }");
        List<String> editorPages = new ArrayList<>(List.of("/edit", "/edit/new"));
        if (!texts.isEmpty()) {
            editorPages.add("/edit/articles/" + texts.get(0));
            // Another language of the same article: a translation's page, written or still missing.
            editorPages.add("/edit/articles/" + texts.get(0).replaceAll("/fi$", "/en"));
        }
        check("content-editor.uusimaa", editorPages);

        // The citizen's own pages: my data (with a registry record, a copy asked for and an erasure request
        // waiting, so that those parts show), correcting details, asking for erasure, "my matters" on the
        // status page and one of them.
        String citizenToken = Platform.userToken("citizen.1");
        String registryAdminToken = Platform.userToken("registry-admin.uusimaa");
        String registeredClient = RegistryFlowIT.linkedClient(RegistryFlowIT.subjectOf(citizenToken), registryAdminToken);
        Platform.gateway().auth().oauth2(citizenToken).when().post("/api/v1/me/exports").then().statusCode(202);
        io.restassured.response.Response erasure = Platform.gateway().auth().oauth2(citizenToken)
                .contentType(io.restassured.http.ContentType.JSON).body(java.util.Map.of("reason", "Accessibility check"))
                .when().post("/api/v1/me/erasure-requests");
        assertThat(erasure.statusCode()).isIn(202, 409);
        String erasureRequest = erasure.statusCode() == 202 ? erasure.path("id") : erasure.path("existingId");
        // Registry administration: its front page, segments with a definition to change, the waiting request,
        // the client search and the citizen's client record with its correction form.
        String segment = "a11y-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Platform.gateway().auth().oauth2(registryAdminToken).contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("nameFi", "Saavutettavuus", "rule", java.util.Map.of("kinds", List.of("PERSON"), "minAge", 18)))
                .when().put("/api/v1/segments/" + segment).then().statusCode(200);
        // An organisation too, whose page has the stakeholder roles' check boxes.
        String organisation = Platform.gateway().auth().oauth2(registryAdminToken).contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("kind", "ORGANISATION", "name", "Saavutettavuus Oy " + segment, "organisationType", "COMPANY"))
                .when().post("/api/v1/clients").then().statusCode(201).extract().path("id");
        check("registry-admin.uusimaa", List.of("/registry", "/registry/segments", "/registry/segments/new",
                "/registry/segments/" + segment, "/registry/erasure-requests", "/registry/erasure-requests/" + erasureRequest,
                "/registry/clients", "/registry/clients/new", "/registry/clients/" + registeredClient,
                "/registry/clients/" + registeredClient + "/merge", "/registry/clients/" + registeredClient + "/relations",
                "/registry/clients/" + organisation, "/registry/clients/" + organisation + "/relations"));
        Platform.gateway().auth().oauth2(citizenToken).contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("language", "fi", "description", "Kysymys tienpidosta kotini lähellä."))
                .when().post("/api/v1/contacts").then().statusCode(201);
        List<String> mine = Platform.gateway().auth().oauth2(citizenToken).when().get("/api/v1/contacts/mine").then()
                .statusCode(200).extract().jsonPath().getList("id");
        check("citizen.1", List.of("/my-data", "/my-data/details", "/my-data/erasure", "/status", "/status/" + mine.get(0)));
    }
}
