package fi.kohtaamo.feedback;

import fi.kohtaamo.feedback.domain.ContactFact;
import fi.kohtaamo.feedback.domain.KnownService;
import fi.kohtaamo.feedback.domain.Survey;
import fi.kohtaamo.feedback.domain.SurveyResponse;
import fi.kohtaamo.outbox.UpstreamVersion;
import fi.kohtaamo.testsupport.GreenMailResource;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.hasKey;

/**
 * The public results of organisation "pub-org" in 2023-Q1 (Helsinki: 2022-12-31T22:00Z to
 * 2023-03-31T21:00Z, summer time from 26 March), with a contact just outside each end.
 */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "feedback"))
@QuarkusTestResource(GreenMailResource.class)
class PublicResultsTest {

    static final String ORG = "pub-org";
    static final UUID BIG = UUID.fromString("00000000-0000-4000-8000-00000000b001");
    static final UUID SMALL = UUID.fromString("00000000-0000-4000-8000-00000000b002");
    static final UUID DRAFT = UUID.fromString("00000000-0000-4000-8000-00000000b003");
    static final UUID ELSEWHERE = UUID.fromString("00000000-0000-4000-8000-00000000b004");
    static final Instant Q1_START = Instant.parse("2022-12-31T22:00:00Z");
    static final Instant Q1_LAST_SECOND = Instant.parse("2023-03-31T20:59:59Z");
    private static boolean seeded;

    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        seeded = true;
        QuarkusTransaction.requiringNew().run(() -> {
            service(BIG, ORG, "aaa", "PUBLISHED");
            service(SMALL, ORG, "bbb", "PUBLISHED");
            service(DRAFT, ORG, "ccc", "DRAFT");
            service(ELSEWHERE, "other-org", "ddd", "PUBLISHED");
            // BIG: five contacts in the quarter, the first and last on its edges, answered after
            // 10..50 minutes against a 35-minute target (3 of 5 on time, median 30), resolved after 2 hours.
            Instant[] received = {Q1_START, Instant.parse("2023-02-01T10:00:00Z"), Instant.parse("2023-02-02T10:00:00Z"),
                    Instant.parse("2023-03-01T10:00:00Z"), Q1_LAST_SECOND};
            for (int i = 0; i < received.length; i++) {
                contact(BIG, received[i], Duration.ofMinutes(10L * (i + 1)));
            }
            // just outside: the last second of 2022-Q4 and the first of 2023-Q2
            contact(BIG, Q1_START.minusSeconds(1), Duration.ofMinutes(5));
            contact(BIG, Q1_LAST_SECOND.plusSeconds(1), Duration.ofMinutes(5));
            // SMALL: two contacts, too few to show their service levels
            contact(SMALL, Instant.parse("2023-02-01T10:00:00Z"), Duration.ofMinutes(1));
            contact(SMALL, Instant.parse("2023-02-01T11:00:00Z"), Duration.ofMinutes(1));
            Survey survey = new Survey();
            survey.id = UUID.randomUUID();
            survey.organisation = ORG;
            survey.type = Survey.Type.DIRECT_CLIENT_SATISFACTION;
            survey.title = Map.of("fi", "t", "sv", "t", "en", "t");
            survey.opensAt = Q1_START.minusSeconds(86400);
            survey.createdBy = "test";
            survey.createdAt = survey.opensAt;
            survey.persist();
            // BIG: 5,4,4,3,4 = 4.0; SMALL: four answers, one short of the minimum
            for (int score : new int[]{5, 4, 4, 3, 4}) {
                response(survey, BIG, score);
            }
            for (int score : new int[]{1, 1, 2, 1}) {
                response(survey, SMALL, score);
            }
        });
    }

    @Test
    void anyoneSeesTheQuartersResultsAndSmallGroupsAreLeftOut() {
        given().queryParam("organisation", ORG).queryParam("quarter", "2023-Q1")
                .when().get("/api/v1/public-results").then().statusCode(200)
                .header("Cache-Control", "public, max-age=300")
                .body("organisation", equalTo(ORG))
                .body("quarter", equalTo("2023-Q1"))
                .body("from", equalTo("2022-12-31T22:00:00Z"))
                .body("to", equalTo("2023-03-31T21:00:00Z"))
                .body("minimumGroupSize", equalTo(5))
                // published services only, by code
                .body("services.serviceId", contains(BIG.toString(), SMALL.toString()))
                .body("services[0].name.en", equalTo("aaa (en)"))
                .body("services[0].contacts", equalTo(5))
                .body("services[0].answered", equalTo(5))
                .body("services[0].firstResponseAttainment", equalTo(0.6f))
                .body("services[0].medianFirstResponseMinutes", equalTo(30))
                .body("services[0].medianResolutionMinutes", equalTo(120))
                .body("services[0].resolutionAttainment", equalTo(1.0f))
                .body("services[0].responses", equalTo(5))
                .body("services[0].csatAverage", equalTo(4.0f))
                .body("services[0].serviceLevelSuppressed", equalTo(false))
                .body("services[0].satisfactionSuppressed", equalTo(false))
                .body("services[1].contacts", equalTo(2))
                .body("services[1].answered", nullValue())
                .body("services[1].firstResponseAttainment", nullValue())
                .body("services[1].medianFirstResponseMinutes", nullValue())
                .body("services[1].serviceLevelSuppressed", equalTo(true))
                .body("services[1].responses", nullValue())
                .body("services[1].csatAverage", nullValue())
                .body("services[1].satisfactionSuppressed", equalTo(true))
                // the organisation: 7 contacts, 5 + 2 answered on time by 35 min -> 5 of 7; 9 answers
                .body("total.contacts", equalTo(7))
                .body("total.firstResponseAttainment", equalTo(0.714f))
                .body("total.responses", equalTo(9))
                .body("total.csatAverage", equalTo(2.78f))
                .body("total", not(hasKey("clientId")));
    }

    @Test
    void aContactCountsInTheQuarterOfItsHelsinkiDay() {
        given().queryParam("organisation", ORG).queryParam("quarter", "2022-Q4")
                .when().get("/api/v1/public-results").then().statusCode(200)
                .body("services[0].contacts", equalTo(1))
                .body("services[0].answered", nullValue());
        given().queryParam("organisation", ORG).queryParam("quarter", "2023-Q2")
                .when().get("/api/v1/public-results").then().statusCode(200)
                .body("services[0].contacts", equalTo(1))
                .body("services[1].contacts", equalTo(0))
                .body("services[1].serviceLevelSuppressed", equalTo(false));
    }

    @Test
    void oneServiceAlone() {
        given().queryParam("organisation", ORG).queryParam("service", SMALL.toString()).queryParam("quarter", "2023-Q1")
                .when().get("/api/v1/public-results").then().statusCode(200)
                .body("services", hasSize(1))
                .body("services[0].serviceId", equalTo(SMALL.toString()))
                .body("total", nullValue());
    }

    @Test
    void withoutAQuarterTheLastFullOneIsShown() {
        given().queryParam("organisation", ORG).when().get("/api/v1/public-results").then().statusCode(200)
                .body("quarter", equalTo(fi.kohtaamo.feedback.domain.Quarter.lastFullBefore(Instant.now()).toString()));
    }

    @Test
    void badQueriesAreNamedAndUnknownOnesAreNotFound() {
        refused(Map.of(), "organisation");
        refused(Map.of("organisation", "pub org"), "organisation");
        refused(Map.of("organisation", "pub\u0000org"), "organisation");
        refused(Map.of("organisation", "x".repeat(2_000)), "organisation");
        // 100,000 characters do not fit in a request line: the server refuses it before this API
        given().queryParam("organisation", "x".repeat(100_000)).when().get("/api/v1/public-results").then().statusCode(414);
        refused(Map.of("organisation", ORG, "service", "not-a-uuid"), "service");
        refused(Map.of("organisation", ORG, "quarter", "2023-Q5"), "quarter");
        refused(Map.of("organisation", ORG, "quarter", "x".repeat(2_000)), "quarter");
        // a quarter still running (or to come) is not published
        refused(Map.of("organisation", ORG, "quarter", "2999-Q1"), "quarter");
        refused(Map.of("organisation", ORG, "quarter",
                fi.kohtaamo.feedback.domain.Quarter.lastFullBefore(Instant.now().plus(Duration.ofDays(93))).toString()), "quarter");
        given().queryParam("organisation", "no-such-org").when().get("/api/v1/public-results").then().statusCode(404)
                .contentType("application/problem+json");
        // another organisation's service, and a draft, are not this organisation's results
        for (UUID service : List.of(ELSEWHERE, DRAFT)) {
            given().queryParam("organisation", ORG).queryParam("service", service.toString())
                    .when().get("/api/v1/public-results").then().statusCode(404);
        }
    }

    private static void refused(Map<String, String> query, String field) {
        given().queryParams(query).when().get("/api/v1/public-results").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo(field));
    }

    private static void service(UUID id, String organisation, String code, String status) {
        KnownService service = new KnownService();
        service.serviceId = id;
        service.code = code;
        service.group = "ROADS_AND_TRAFFIC";
        service.organisation = organisation;
        service.nameFi = code;
        service.nameSv = code + " (sv)";
        service.nameEn = code + " (en)";
        service.status = status;
        service.upstream = new UpstreamVersion(1, Instant.now());
        service.persist();
    }

    private static void contact(UUID service, Instant received, Duration toResponse) {
        ContactFact fact = new ContactFact();
        fact.contactId = UUID.randomUUID();
        fact.serviceId = service;
        fact.queueCode = "q";
        fact.organisation = ORG;
        fact.channel = "WEB";
        fact.language = "fi";
        fact.receivedAt = received;
        fact.segments = new ArrayList<>();
        fact.serviceGroup = "ROADS_AND_TRAFFIC";
        fact.firstRespondedAt = received.plus(toResponse);
        fact.firstResponseDue = received.plus(Duration.ofMinutes(35));
        fact.resolvedAt = received.plus(Duration.ofHours(2));
        fact.resolutionDue = received.plus(Duration.ofDays(1));
        fact.persist();
    }

    private static void response(Survey survey, UUID service, int csat) {
        SurveyResponse response = new SurveyResponse();
        response.id = UUID.randomUUID();
        response.surveyId = survey.id;
        response.surveyType = survey.type;
        response.organisation = ORG;
        response.serviceId = service;
        response.serviceGroup = "ROADS_AND_TRAFFIC";
        response.channel = "WEB";
        response.segments = new ArrayList<>();
        response.language = "fi";
        response.csat = csat;
        response.respondedAt = Instant.parse("2023-02-10T10:00:00Z");
        response.persist();
    }
}
