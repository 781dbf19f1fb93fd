package fi.kohtaamo.feedback;

import fi.kohtaamo.testsupport.GreenMailResource;
import fi.kohtaamo.feedback.domain.ContactFact;
import fi.kohtaamo.feedback.domain.Feedback;
import fi.kohtaamo.feedback.domain.KnownService;
import fi.kohtaamo.outbox.UpstreamVersion;
import fi.kohtaamo.feedback.domain.SurveyResponse;
import fi.kohtaamo.feedback.domain.Survey;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * The management view on a seeded data set (organisation ely-lappi, March 2025, and a little of
 * February), every figure checked against a hand count in the comments.
 */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "feedback"))
@QuarkusTestResource(GreenMailResource.class)
class ManagementViewTest {

    static final String ORG = "ely-lappi";
    static final UUID S1 = UUID.fromString("00000000-0000-4000-8000-00000000a001");
    static final UUID S2 = UUID.fromString("00000000-0000-4000-8000-00000000a002");
    static final UUID S3 = UUID.fromString("00000000-0000-4000-8000-00000000a003");
    static final UUID AREA_BUSINESS = UUID.fromString("00000000-0000-4000-8000-0000000000e1");
    static final UUID AREA_TRANSPORT = UUID.fromString("00000000-0000-4000-8000-0000000000e2");
    static final UUID LAPPI = UUID.fromString("00000000-0000-4000-8000-0000000000c1");
    static final UUID KAINUU = UUID.fromString("00000000-0000-4000-8000-0000000000c2");
    static final UUID AREA_KAINUU = UUID.fromString("00000000-0000-4000-8000-0000000000e3");
    static final Instant MARCH = Instant.parse("2025-03-10T10:00:00Z");
    static final String PERIOD = "?from=2025-03-01T00:00:00Z&to=2025-04-01T00:00:00Z";
    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static boolean seeded;

    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        seeded = true;
        QuarkusTransaction.requiringNew().run(() -> {
            service(S1, "PERMITS_AND_NOTIFICATIONS", "Lupa");
            service(S2, "ROADS_AND_TRAFFIC", "Tie");
            service(S3, "ROADS_AND_TRAFFIC", "Kolmas");
            organisation(LAPPI, ORG, null);
            organisation(AREA_BUSINESS, ORG + "-e", LAPPI);
            organisation(AREA_TRANSPORT, ORG + "-l", LAPPI);
            organisation(KAINUU, "ely-kainuu", null);
            organisation(AREA_KAINUU, "ely-kainuu-l", KAINUU);
            Instant due = MARCH.plusSeconds(3600);
            Instant resolutionDue = MARCH.plusSeconds(86400);
            // S1, WEB: answered on time 2 of 3; resolved on time 1 of 2.
            UUID c1 = contact(ORG, S1, "WEB", MARCH, List.of("farmers"), MARCH.plusSeconds(600), due, MARCH.plusSeconds(7200), resolutionDue);
            UUID c2 = contact(ORG, S1, "WEB", MARCH, List.of("farmers"), MARCH.plusSeconds(600), due, MARCH.plusSeconds(90000), resolutionDue);
            UUID c3 = contact(ORG, S1, "WEB", MARCH, List.of("farmers", "companies"), MARCH.plusSeconds(4000), due, null, resolutionDue);
            UUID c4 = contact(ORG, S1, "WEB", MARCH, List.of(), null, due, null, resolutionDue);
            // S2, PHONE: both on time.
            contact(ORG, S2, "PHONE", MARCH, List.of(), MARCH.plusSeconds(60), due, MARCH.plusSeconds(120), resolutionDue);
            contact(ORG, S2, "PHONE", MARCH, List.of(), MARCH.plusSeconds(60), due, MARCH.plusSeconds(120), resolutionDue);
            // February: two more for S1.
            Instant february = Instant.parse("2025-02-12T10:00:00Z");
            contact(ORG, S1, "WEB", february, List.of(), null, null, null, null);
            contact(ORG, S1, "WEB", february, List.of(), null, null, null, null);
            // Another organisation.
            contact("ely-kainuu", S3, "CHAT", MARCH, List.of(), null, null, null, null);

            Survey survey = new Survey();
            survey.id = UUID.randomUUID();
            survey.organisation = ORG;
            survey.type = Survey.Type.DIRECT_CLIENT_SATISFACTION;
            survey.title = Map.of("fi", "t", "sv", "t", "en", "t");
            survey.opensAt = MARCH.minusSeconds(86400 * 30);
            survey.createdBy = "test";
            survey.createdAt = survey.opensAt;
            survey.persist();
            // S1: CSAT 5,5,4,3,2,5 (the last without segment); NPS 10,9,9,7,6,0.
            int[] csat = {5, 5, 4, 3, 2, 5};
            int[] nps = {10, 9, 9, 7, 6, 0};
            for (int i = 0; i < csat.length; i++) {
                response(survey, S1, "WEB", i < 5 ? List.of("farmers") : List.of(), csat[i], nps[i]);
            }
            // Satisfaction invitations after service for S1's four contacts; three answered.
            for (UUID contact : List.of(c1, c2, c3, c4)) {
                fi.kohtaamo.feedback.domain.SurveyInvitation invitation = new fi.kohtaamo.feedback.domain.SurveyInvitation();
                invitation.id = UUID.randomUUID();
                invitation.surveyId = survey.id;
                invitation.tokenHash = UUID.randomUUID().toString();
                invitation.language = "fi";
                invitation.contactId = contact;
                invitation.createdAt = MARCH.plusSeconds(7200);
                invitation.expiresAt = MARCH.plusSeconds(86400 * 14);
                invitation.respondedAt = contact.equals(c4) ? null : MARCH.plusSeconds(9000);
                invitation.persist();
            }
            // S2: CSAT 1,2,3, too few to show.
            for (int score = 1; score <= 3; score++) {
                response(survey, S2, "PHONE", List.of(), score, null);
            }
            // Feedback: S1 two praise, two complaints, one suggestion; S2 two complaints.
            feedback(S1, "PERMITS_AND_NOTIFICATIONS", Feedback.Kind.PRAISE, List.of("waiting-time"));
            feedback(S1, "PERMITS_AND_NOTIFICATIONS", Feedback.Kind.PRAISE, List.of("waiting-time"));
            feedback(S1, "PERMITS_AND_NOTIFICATIONS", Feedback.Kind.COMPLAINT, List.of("waiting-time"));
            feedback(S1, "PERMITS_AND_NOTIFICATIONS", Feedback.Kind.COMPLAINT, List.of("waiting-time", "road-condition"));
            feedback(S1, "PERMITS_AND_NOTIFICATIONS", Feedback.Kind.SUGGESTION, List.of("waiting-time", "road-condition"));
            feedback(S2, "ROADS_AND_TRAFFIC", Feedback.Kind.COMPLAINT, List.of("road-condition"));
            feedback(S2, "ROADS_AND_TRAFFIC", Feedback.Kind.COMPLAINT, List.of("road-condition"));

            // Weekly history of S3 for the forecast: the last ten complete weeks, 3 + (week index) contacts.
            LocalDate thisWeek = LocalDate.now(HELSINKI).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            for (int week = 1; week <= 10; week++) {
                Instant tuesday = thisWeek.minusWeeks(week).plusDays(1).atTime(12, 0).atZone(HELSINKI).toInstant();
                for (int n = 0; n < 3 + week; n++) {
                    contact(ORG, S3, "WEB", tuesday, List.of(), null, null, null, null);
                }
            }
        });
    }

    private static void service(UUID id, String group, String name) {
        KnownService service = new KnownService();
        service.serviceId = id;
        service.code = name.toLowerCase();
        service.group = group;
        service.organisation = ORG;
        service.nameFi = name;
        service.nameSv = name + " (sv)";
        service.nameEn = name + " (en)";
        service.status = "PUBLISHED";
        service.responsibilityAreaId = id.equals(S1) ? AREA_BUSINESS : id.equals(S2) ? AREA_TRANSPORT : null;
        service.upstream = new UpstreamVersion(1, Instant.now());
        service.persist();
    }

    private static void organisation(UUID id, String code, UUID parent) {
        fi.kohtaamo.feedback.domain.KnownOrganisation organisation = new fi.kohtaamo.feedback.domain.KnownOrganisation();
        organisation.organisationId = id;
        organisation.code = code;
        organisation.parentId = parent;
        organisation.upstream = new UpstreamVersion(1, Instant.now());
        organisation.persist();
    }

    private static UUID contact(String org, UUID service, String channel, Instant received, List<String> segments,
                                Instant responded, Instant due, Instant resolved, Instant resolutionDue) {
        ContactFact fact = new ContactFact();
        fact.contactId = UUID.randomUUID();
        fact.serviceId = service;
        fact.queueCode = "q";
        fact.organisation = org;
        fact.channel = channel;
        fact.language = "fi";
        fact.receivedAt = received;
        fact.segments = new ArrayList<>(segments);
        fact.serviceGroup = service.equals(S1) ? "PERMITS_AND_NOTIFICATIONS" : "ROADS_AND_TRAFFIC";
        fact.firstRespondedAt = responded;
        fact.firstResponseDue = due;
        fact.resolvedAt = resolved;
        fact.resolutionDue = resolutionDue;
        fact.persist();
        return fact.contactId;
    }

    private static void response(Survey survey, UUID service, String channel, List<String> segments, int csat, Integer nps) {
        fi.kohtaamo.feedback.domain.SurveyInvitation invitation = new fi.kohtaamo.feedback.domain.SurveyInvitation();
        invitation.id = UUID.randomUUID();
        invitation.surveyId = survey.id;
        invitation.tokenHash = UUID.randomUUID().toString();
        invitation.language = "fi";
        invitation.createdAt = MARCH;
        invitation.expiresAt = MARCH.plusSeconds(86400);
        invitation.respondedAt = MARCH;
        invitation.persist();
        SurveyResponse response = new SurveyResponse();
        response.id = UUID.randomUUID();
        response.surveyId = survey.id;
        response.invitationId = invitation.id;
        response.surveyType = survey.type;
        response.organisation = ORG;
        response.serviceId = service;
        response.serviceGroup = service.equals(S1) ? "PERMITS_AND_NOTIFICATIONS" : "ROADS_AND_TRAFFIC";
        response.channel = channel;
        response.segments = new ArrayList<>(segments);
        response.language = "fi";
        response.csat = csat;
        response.nps = nps;
        response.respondedAt = MARCH;
        response.persist();
    }

    private static void feedback(UUID service, String group, Feedback.Kind kind, List<String> themes) {
        Feedback feedback = new Feedback();
        feedback.id = UUID.randomUUID();
        feedback.reference = "FB-" + feedback.id.toString().substring(0, 9);
        feedback.kind = kind;
        feedback.organisation = ORG;
        feedback.serviceId = service;
        feedback.serviceGroup = group;
        feedback.channel = "WEB";
        feedback.language = "fi";
        feedback.body = "seeded";
        feedback.status = Feedback.Status.NEW;
        feedback.themes = new ArrayList<>(themes);
        feedback.receivedAt = MARCH;
        feedback.replyDue = MARCH.plusSeconds(86400 * 5);
        feedback.persist();
    }

    @Test
    @TestSecurity(user = "manager-lappi", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = ORG))
    void perServiceTheFiguresStandSideBySideAndSmallGroupsAreLeftOut() {
        String s1 = "rows.find { it.key == '" + S1 + "' }";
        String s2 = "rows.find { it.key == '" + S2 + "' }";
        given().when().get("/api/v1/statistics/overview" + PERIOD + "&lang=en").then().statusCode(200)
                .body("minimumGroupSize", equalTo(5))
                .body(s1 + ".label", equalTo("Lupa (en)"))
                .body(s1 + ".contacts", equalTo(4))
                .body(s1 + ".answered", equalTo(3))
                .body(s1 + ".firstResponseAttainment", equalTo(0.667f))
                .body(s1 + ".resolved", equalTo(2))
                .body(s1 + ".resolutionAttainment", equalTo(0.5f))
                .body(s1 + ".responses", equalTo(6))
                // (5+5+4+3+2+5)/6 = 4.0; one 2, one 3, one 4, three 5s
                .body(s1 + ".csatAverage", equalTo(4.0f))
                .body(s1 + ".csatDistribution", contains(0, 1, 1, 1, 3))
                // promoters 10, 9, 9 = 3; detractors 6, 0 = 2: (3 - 2) / 6 = 16.7 %
                .body(s1 + ".nps", equalTo(17))
                // four invited after service, three answered
                .body(s1 + ".invited", equalTo(4))
                .body(s1 + ".responseRate", equalTo(0.75f))
                .body(s2 + ".invited", equalTo(0))
                .body(s2 + ".responseRate", nullValue())
                .body(s1 + ".feedback", equalTo(5))
                .body(s1 + ".feedbackByKind.PRAISE", equalTo(2))
                .body(s1 + ".feedbackByKind.COMPLAINT", equalTo(2))
                .body(s1 + ".feedbackByKind.SUGGESTION", equalTo(1))
                .body(s1 + ".satisfactionSuppressed", equalTo(false))
                .body(s2 + ".contacts", equalTo(2))
                .body(s2 + ".firstResponseAttainment", equalTo(1.0f))
                .body(s2 + ".resolutionAttainment", equalTo(1.0f))
                // three responses and two feedback: fewer than five, so not shown
                .body(s2 + ".responses", nullValue())
                .body(s2 + ".csatAverage", nullValue())
                .body(s2 + ".csatDistribution", nullValue())
                .body(s2 + ".satisfactionSuppressed", equalTo(true))
                .body(s2 + ".feedback", nullValue())
                .body(s2 + ".feedbackSuppressed", equalTo(true))
                .body("rows.find { it.key == '" + S3 + "' }", nullValue())
                .body("rows.key", hasSize(2));
    }

    @Test
    @TestSecurity(user = "manager-lappi", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = ORG))
    void bySegmentAContactCountsForEachOfItsSegments() {
        given().queryParam("by", "segment").when().get("/api/v1/statistics/overview" + PERIOD).then().statusCode(200)
                .body("rows.find { it.key == 'farmers' }.contacts", equalTo(3))
                .body("rows.find { it.key == 'companies' }.contacts", equalTo(1))
                .body("rows.find { it.key == '-' }.contacts", equalTo(3))
                // farmers: 5,5,4,3,2 = 3.8
                .body("rows.find { it.key == 'farmers' }.csatAverage", equalTo(3.8f))
                // no segment: one S1 and three S2 responses, four in all
                .body("rows.find { it.key == '-' }.csatAverage", nullValue());
        given().queryParam("by", "service-group").when().get("/api/v1/statistics/overview" + PERIOD).then().statusCode(200)
                .body("rows.find { it.key == 'ROADS_AND_TRAFFIC' }.contacts", equalTo(2))
                .body("rows.find { it.key == 'PERMITS_AND_NOTIFICATIONS' }.feedback", equalTo(5));
        given().queryParam("by", "channel").when().get("/api/v1/statistics/overview" + PERIOD).then().statusCode(200)
                .body("rows.find { it.key == 'PHONE' }.contacts", equalTo(2))
                .body("rows.find { it.key == 'WEB' }.contacts", equalTo(4));
    }

    @Test
    @TestSecurity(user = "manager-lappi", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = ORG))
    void byResponsibilityAreaEachServiceCountsInTheAreaTheCatalogueNames() {
        given().queryParam("by", "responsibility-area").when().get("/api/v1/statistics/overview" + PERIOD).then().statusCode(200)
                // S1 (business): four contacts in March, five feedback; S2 (transport): two contacts, two feedback (too few)
                .body("rows.find { it.key == '" + AREA_BUSINESS + "' }.contacts", equalTo(4))
                .body("rows.find { it.key == '" + AREA_BUSINESS + "' }.feedback", equalTo(5))
                .body("rows.find { it.key == '" + AREA_TRANSPORT + "' }.contacts", equalTo(2))
                .body("rows.find { it.key == '" + AREA_TRANSPORT + "' }.feedback", nullValue())
                .body("rows.key", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("-")));
        given().queryParam("by", "area-of-nothing").when().get("/api/v1/statistics/overview" + PERIOD).then().statusCode(400)
                .body("violations[0].field", equalTo("by"));
    }

    @Test
    @TestSecurity(user = "manager-lappi", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = ORG))
    void anAreaLimitsEveryFigureToItsServicesAndSmallGroupsStayHidden() {
        String overview = "/api/v1/statistics/overview" + PERIOD;
        // Business (S1): four contacts, six responses, four invitations after service, five feedback.
        given().queryParam("area", AREA_BUSINESS.toString()).when().get(overview).then().statusCode(200)
                .body("rows.key", contains(S1.toString()))
                .body("rows[0].contacts", equalTo(4)).body("rows[0].responses", equalTo(6))
                .body("rows[0].invited", equalTo(4)).body("rows[0].feedback", equalTo(5));
        // Transport (S2): two contacts; three responses and two feedback, fewer than the minimum: left out.
        given().queryParam("area", AREA_TRANSPORT.toString()).queryParam("by", "channel").when().get(overview).then().statusCode(200)
                .body("rows.key", containsInAnyOrder("PHONE", "WEB")) // S2's feedback came by the web
                .body("rows.find { it.key == 'PHONE' }.contacts", equalTo(2))
                .body("rows.find { it.key == 'PHONE' }.responses", nullValue())
                .body("rows.find { it.key == 'PHONE' }.csatAverage", nullValue())
                .body("rows.find { it.key == 'PHONE' }.satisfactionSuppressed", equalTo(true))
                .body("rows.find { it.key == 'WEB' }.contacts", equalTo(0))
                .body("rows.find { it.key == 'WEB' }.feedback", nullValue())
                .body("rows.find { it.key == 'WEB' }.feedbackSuppressed", equalTo(true));
        given().queryParam("area", AREA_TRANSPORT.toString()).when().get("/api/v1/statistics/feedback-themes" + PERIOD)
                .then().statusCode(200).body("theme", contains("road-condition"))
                .body("[0].feedback", nullValue()).body("[0].suppressed", equalTo(true));
        given().queryParam("area", AREA_BUSINESS.toString()).when().get("/api/v1/statistics/feedback-themes" + PERIOD)
                .then().statusCode(200).body("find { it.theme == 'waiting-time' }.feedback", equalTo(5))
                .body("find { it.theme == 'road-condition' }.feedback", nullValue());
        given().queryParam("area", AREA_BUSINESS.toString()).when().get("/api/v1/statistics/survey-types" + PERIOD)
                .then().statusCode(200)
                .body("rows.find { it.type == 'DIRECT_CLIENT_SATISFACTION' }.responses", equalTo(6))
                .body("rows.find { it.type == 'DIRECT_CLIENT_SATISFACTION' }.invited", equalTo(4));
        given().queryParam("area", AREA_TRANSPORT.toString()).when().get("/api/v1/statistics/survey-types" + PERIOD)
                .then().statusCode(200)
                .body("rows.find { it.type == 'DIRECT_CLIENT_SATISFACTION' }.responses", equalTo(3))
                .body("rows.find { it.type == 'DIRECT_CLIENT_SATISFACTION' }.csatAverage", nullValue())
                .body("rows.find { it.type == 'DIRECT_CLIENT_SATISFACTION' }.suppressed", equalTo(true));
        // S3's weekly history names no area: the business area's recent weeks are empty.
        given().queryParam("history", 10).queryParam("weeks", 3).queryParam("area", AREA_BUSINESS.toString())
                .when().get("/api/v1/statistics/forecast").then().statusCode(200)
                .body("history.contacts", org.hamcrest.Matchers.everyItem(equalTo(0)));
        given().queryParam("history", 10).queryParam("weeks", 3)
                .when().get("/api/v1/statistics/forecast").then().statusCode(200)
                .body("history.contacts", org.hamcrest.Matchers.hasItem(13));
    }

    @Test
    @TestSecurity(user = "manager-lappi", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = ORG))
    void anAreaNotOfTheOrganisationIsRefusedNamingTheField() {
        for (String area : new String[] {AREA_KAINUU.toString(), LAPPI.toString(), UUID.randomUUID().toString(), "not-an-id",
                "e1\u0000"}) {
            for (String path : new String[] {"/api/v1/statistics/overview" + PERIOD, "/api/v1/statistics/feedback-themes",
                    "/api/v1/statistics/survey-types", "/api/v1/statistics/forecast"}) {
                given().queryParam("area", area).when().get(path).then().statusCode(400)
                        .contentType("application/problem+json").body("violations[0].field", equalTo("area"));
            }
        }
    }

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    @TestSecurity(user = "manager-lappi", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = ORG))
    void anAreaIsKnownFromTheCataloguesEventAppliedOnce() throws Exception {
        UUID area = UUID.randomUUID();
        String overview = "/api/v1/statistics/overview" + PERIOD;
        given().queryParam("area", area.toString()).when().get(overview).then().statusCode(400)
                .body("violations[0].field", equalTo("area"));
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode event = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(
                java.nio.file.Files.readString(Fixtures.CATALOGUE_EVENTS.resolve("organisation.upserted.v1.example.json")));
        event.put("id", UUID.randomUUID().toString()).put("subject", area.toString());
        ((com.fasterxml.jackson.databind.node.ObjectNode) event.get("data")).put("organisationId", area.toString())
                .put("code", ORG + "-y").put("parentId", LAPPI.toString());
        fi.kohtaamo.testsupport.KafkaTestClient kafka = new fi.kohtaamo.testsupport.KafkaTestClient(bootstrapServers);
        kafka.publish("kohtaamo.catalogue.v1", area.toString(), event.toString());
        // the same event again, saying Kainuu: the inbox drops it; a later event on the key marks it consumed
        com.fasterxml.jackson.databind.node.ObjectNode redelivered = event.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) redelivered.get("data")).put("parentId", KAINUU.toString());
        kafka.publish("kohtaamo.catalogue.v1", area.toString(), redelivered.toString());
        UUID marker = UUID.randomUUID();
        com.fasterxml.jackson.databind.node.ObjectNode later = event.deepCopy();
        later.put("id", UUID.randomUUID().toString());
        ((com.fasterxml.jackson.databind.node.ObjectNode) later.get("data")).put("organisationId", marker.toString());
        kafka.publish("kohtaamo.catalogue.v1", area.toString(), later.toString());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> fi.kohtaamo.feedback.domain.KnownOrganisation.findById(marker) != null));
        given().queryParam("area", area.toString()).when().get(overview).then().statusCode(200).body("rows", hasSize(0));
    }

    @Test
    @TestSecurity(user = "steering-1", roles = "steering")
    void aSteeringBodyNamesAnAreaOfTheOrganisationItLooksAt() {
        given().queryParam("area", AREA_KAINUU.toString()).when().get("/api/v1/statistics/overview" + PERIOD).then()
                .statusCode(200).body("rows", hasSize(0));
        given().queryParam("organisation", ORG).queryParam("area", AREA_KAINUU.toString())
                .when().get("/api/v1/statistics/overview" + PERIOD).then().statusCode(400)
                .body("violations[0].field", equalTo("area"));
        given().queryParam("organisation", ORG).queryParam("area", AREA_TRANSPORT.toString())
                .when().get("/api/v1/statistics/overview" + PERIOD).then().statusCode(200).body("rows.key", contains(S2.toString()));
    }

    @Test
    @TestSecurity(user = "manager-lappi", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = ORG))
    void monthByMonthTheTrendShows() {
        given().queryParam("interval", "month").queryParam("from", "2025-02-01T00:00:00Z").queryParam("to", "2025-04-01T00:00:00Z")
                .when().get("/api/v1/statistics/overview").then().statusCode(200)
                .body("rows.findAll { it.key == '" + S1 + "' }.period", contains("2025-02-01", "2025-03-01"))
                .body("rows.findAll { it.key == '" + S1 + "' }.contacts", contains(2, 4));
    }

    @Test
    @TestSecurity(user = "manager-lappi", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = ORG))
    void theOverviewExportsAsCsv() {
        String csv = given().accept("text/csv").when().get("/api/v1/statistics/overview" + PERIOD).then().statusCode(200)
                .contentType("text/csv").header("Content-Disposition", "attachment; filename=\"kohtaamo-overview.csv\"")
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("key,label,period,contacts,answered,firstResponseAttainment");
        assertThat(lines).hasSize(3);
        String s1 = lines.stream().filter(line -> line.startsWith(S1.toString())).findFirst().orElseThrow(() -> new AssertionError(csv));
        assertThat(s1).isEqualTo(S1 + ",Lupa,,4,3,0.667,2,0.5,6,4.0,0,1,1,1,3,17,4,0.75,5,2,2,1,0,0,false,false");
        String s2 = lines.stream().filter(line -> line.startsWith(S2.toString())).findFirst().orElseThrow();
        assertThat(s2).isEqualTo(S2 + ",Tie,,2,2,1.0,2,1.0" + ",".repeat(9) + "0" + ",".repeat(8) + "true,true");
        given().queryParam("format", "csv").when().get("/api/v1/statistics/overview" + PERIOD).then().statusCode(200)
                .contentType("text/csv");
    }

    @Test
    @TestSecurity(user = "manager-lappi", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = ORG))
    void feedbackThemesAreCountedAndSmallOnesLeftOut() {
        given().when().get("/api/v1/statistics/feedback-themes" + PERIOD).then().statusCode(200)
                .body("find { it.theme == 'waiting-time' }.feedback", equalTo(5))
                .body("find { it.theme == 'waiting-time' }.byKind.PRAISE", equalTo(2))
                // road-condition: two of S1 and two of S2, four in all
                .body("find { it.theme == 'road-condition' }.feedback", nullValue())
                .body("find { it.theme == 'road-condition' }.suppressed", equalTo(true));
    }

    @Test
    @TestSecurity(user = "manager-lappi", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = ORG))
    void theForecastReadsWeeklyHistory() {
        JsonPath forecast = given().queryParam("serviceId", S3.toString()).queryParam("history", 10).queryParam("weeks", 3)
                .when().get("/api/v1/statistics/forecast").then().statusCode(200)
                .body("method", equalTo("EXPONENTIAL_SMOOTHING"))
                .body("forecast", hasSize(3)).extract().jsonPath();
        // Oldest first: ten weeks ago had 13 contacts, last week 4.
        assertThat(forecast.getList("history.contacts", Integer.class)).containsExactly(13, 12, 11, 10, 9, 8, 7, 6, 5, 4);
        List<fi.kohtaamo.feedback.service.Forecasts.Week> history = new ArrayList<>();
        List<String> weeks = forecast.getList("history.week", String.class);
        for (int i = 0; i < weeks.size(); i++) {
            history.add(new fi.kohtaamo.feedback.service.Forecasts.Week(LocalDate.parse(weeks.get(i)), 13 - i));
        }
        double expected = fi.kohtaamo.feedback.service.Forecasts.forecast(history, history.get(0).week(), 10, 3)
                .forecast().get(0).contacts();
        assertThat(forecast.getDouble("forecast[0].contacts")).isEqualTo(expected);
        // A steadily falling series is followed closely: the forecast is near last week's 4.
        assertThat(expected).isBetween(4.0, 6.0);
        given().queryParam("serviceId", "x").when().get("/api/v1/statistics/forecast").then().statusCode(400)
                .body("violations[0].field", equalTo("serviceId"));
        given().queryParam("weeks", 27).when().get("/api/v1/statistics/forecast").then().statusCode(400)
                .body("violations[0].field", equalTo("weeks"));
    }

    @Test
    @TestSecurity(user = "manager-lappi", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = ORG))
    void aManagerSeesOnlyTheirOwnOrganisationAndBadQueriesAreNamed() {
        given().queryParam("organisation", "ely-kainuu").when().get("/api/v1/statistics/overview" + PERIOD)
                .then().statusCode(403);
        given().queryParam("by", "organisation").when().get("/api/v1/statistics/overview" + PERIOD).then().statusCode(200)
                .body("rows.key", contains(ORG));
        given().queryParam("by", "colour").when().get("/api/v1/statistics/overview").then().statusCode(400)
                .body("violations[0].field", equalTo("by"));
        given().queryParam("interval", "daily").when().get("/api/v1/statistics/overview").then().statusCode(400)
                .body("violations[0].field", equalTo("interval"));
        given().queryParam("from", "March").when().get("/api/v1/statistics/overview").then().statusCode(400)
                .body("violations[0].field", equalTo("from"));
        given().queryParam("format", "xml").when().get("/api/v1/statistics/overview").then().statusCode(400)
                .body("violations[0].field", equalTo("format"));
    }

    @Test
    @TestSecurity(user = "steering-1", roles = "steering")
    void aSteeringBodySeesEveryOrganisationsAggregates() {
        given().queryParam("by", "organisation").when().get("/api/v1/statistics/overview" + PERIOD).then().statusCode(200)
                .body("rows.key", containsInAnyOrder(ORG, "ely-kainuu"))
                .body("rows.find { it.key == 'ely-kainuu' }.contacts", equalTo(1))
                .body("rows.find { it.key == '" + ORG + "' }.contacts", equalTo(6));
        given().queryParam("by", "organisation").queryParam("organisation", "ely-kainuu")
                .when().get("/api/v1/statistics/overview" + PERIOD).then().statusCode(200)
                .body("rows.key", contains("ely-kainuu"));
        // Aggregates only: no single feedback, no surveys.
        given().when().get("/api/v1/feedback").then().statusCode(403);
        given().when().get("/api/v1/surveys").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "handler-lappi", roles = "feedback-handler")
    @OidcSecurity(claims = @Claim(key = "org", value = ORG))
    void feedbackHandlersAndAgentsDoNotSeeTheManagementView() {
        given().when().get("/api/v1/statistics/overview").then().statusCode(403);
        given().when().get("/api/v1/statistics/forecast").then().statusCode(403);
        given().when().get("/api/v1/statistics/feedback-themes").then().statusCode(403);
    }
}
