package fi.kohtaamo.feedback;

import fi.kohtaamo.feedback.client.RegistryClient;
import fi.kohtaamo.feedback.domain.Survey;
import fi.kohtaamo.feedback.domain.SurveyInvitation;
import fi.kohtaamo.feedback.domain.SurveyOptOut;
import fi.kohtaamo.feedback.domain.SurveyRecipient;
import fi.kohtaamo.feedback.domain.SurveyRound;
import fi.kohtaamo.feedback.service.RecipientDirectory;
import fi.kohtaamo.feedback.service.SurveyMails;
import fi.kohtaamo.feedback.service.SurveyRounds;
import fi.kohtaamo.problem.Problem;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.testsupport.GreenMailResource;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * A recurring survey's rounds: the manager sets the repetition and its audience on the version
 * shown; the job (called here with the time it runs at, as the scheduler would) sends each round
 * when due with new personal links, asking the registry as the service for the survey's
 * organisation; opt-outs are honoured, nobody is mailed twice in a round, one reminder per round,
 * the earlier round's addresses are forgotten, and the results are per round.
 */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "feedback"))
@QuarkusTestResource(GreenMailResource.class)
class SurveyRoundsTest {

    private static final Pattern LINK = Pattern.compile("/surveys/([a-z0-9]{20,})");

    @Inject
    SurveyMails mails;

    @Inject
    SurveyRounds rounds;

    /** The registry as the service asks it: a panel by segment; which organisation each query named. */
    static final class Registry extends RecipientDirectory {
        final List<RegistryClient.Recipient> panel = new ArrayList<>();
        final List<String> askedFor = new ArrayList<>();
        boolean down;

        Registry() {
            super(null, null);
        }

        @Override
        public List<RegistryClient.Recipient> recipients(RegistryClient.Query query, String field) {
            throw new AssertionError("a round never asks with a manager's token");
        }

        @Override
        public List<RegistryClient.Recipient> recipientsAsService(RegistryClient.Query query, String field) {
            askedFor.add(query.organisation());
            if (down) {
                throw new ProblemException(Problem.of(503, "registry-unavailable", "Service unavailable", "down"));
            }
            return new ArrayList<>(panel);
        }
    }

    private final Registry registry = new Registry();

    @BeforeEach
    void standInForTheRegistry() {
        QuarkusMock.installMockForType(registry, RecipientDirectory.class);
    }

    private static String createSurvey(String type) {
        Map<String, Object> body = new HashMap<>(Map.of("type", type, "title", SurveyTest.texts("Quarterly survey"),
                "questions", List.of(Map.of("code", "overall", "kind", "SCALE_1_5",
                        "text", SurveyTest.texts("How are we doing?"), "required", true, "measure", "CSAT")),
                "anonymous", true, "reminderAfterDays", 5));
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/surveys")
                .then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> quarterly(String segment, Instant first) {
        return Map.of("every", 3, "unit", "MONTHS", "audience", Map.of("segment", segment), "firstRoundAt", first.toString());
    }

    private static String link(MimeMessage mail) {
        Matcher matcher = LINK.matcher(SurveySendingTest.text(mail));
        assertThat(matcher.find()).as("link in the mail").isTrue();
        return matcher.group(1);
    }

    private static List<SurveyRecipient> recipientsOf(String survey, int round) {
        return QuarkusTransaction.requiringNew().call(() -> SurveyRecipient.<SurveyRecipient>list(
                "surveyId = ?1 and round = ?2", UUID.fromString(survey), round));
    }

    private static Survey survey(String id) {
        return QuarkusTransaction.requiringNew().call(() -> Survey.findById(UUID.fromString(id)));
    }

    @Test
    @TestSecurity(user = "manager-rounds", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void theRepetitionIsSetOnTheVersionShownAndCheckedField() {
        String survey = createSurvey("DIRECT_CLIENT_SATISFACTION");
        String path = "/api/v1/surveys/" + survey + "/recurrence";
        Instant first = Instant.now().plus(Duration.ofDays(1));
        given().contentType(ContentType.JSON).body(quarterly("panel-r", first)).when().put(path).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"5\"").body(quarterly("panel-r", first))
                .when().put(path).then().statusCode(412);
        Map<String, Object> tooOften = new HashMap<>(quarterly("panel-r", first));
        tooOften.put("every", 13);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(tooOften).when().put(path)
                .then().statusCode(400).body("violations[0].field", equalTo("every"));
        Map<String, Object> years = new HashMap<>(quarterly("panel-r", first));
        years.put("unit", "YEARS");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(years).when().put(path)
                .then().statusCode(400).body("violations[0].field", equalTo("unit"));
        Map<String, Object> never = new HashMap<>(quarterly("panel-r", first));
        never.put("unit", "WEEKS");
        never.put("every", 0);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(never).when().put(path)
                .then().statusCode(400).body("violations[0].field", equalTo("every"));
        Map<String, Object> badRole = new HashMap<>(quarterly("panel-r", first));
        badRole.put("audience", Map.of("role", "OVERLORD"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(badRole).when().put(path)
                .then().statusCode(400).body("violations[0].field", equalTo("audience.role"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("every", 3, "unit", "MONTHS"))
                .when().put(path).then().statusCode(400).body("violations[0].field", equalTo("audience"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("every", "x".repeat(100_000), "unit", "MONTHS"))
                .when().put(path).then().statusCode(400);
        // A survey of a type that does not repeat, and another organisation's survey.
        String awareness = createSurvey("AWARENESS_AND_IMAGE");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(quarterly("panel-r", first))
                .when().put("/api/v1/surveys/" + awareness + "/recurrence").then().statusCode(409);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(quarterly("panel-r", first))
                .when().put("/api/v1/surveys/" + UUID.randomUUID() + "/recurrence").then().statusCode(404);

        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(quarterly("panel-r", first))
                .when().put(path).then().statusCode(200).header("ETag", equalTo("\"2\"")).body("version", equalTo(2))
                .body("recurrence.every", equalTo(3)).body("recurrence.unit", equalTo("MONTHS"))
                .body("recurrence.audience.segment", equalTo("panel-r")).body("rounds", equalTo(0));
        given().header("If-Match", "\"1\"").when().delete(path).then().statusCode(412);
        given().when().delete(path).then().statusCode(428);
        given().header("If-Match", "\"2\"").when().delete(path).then().statusCode(200).header("ETag", equalTo("\"3\""))
                .body("recurrence", nullValue());
        given().header("If-Match", "\"3\"").when().delete(path).then().statusCode(409);
        assertThat(rounds.sendDue(first.plus(Duration.ofDays(400)))).noneMatch(r -> r.surveyId.toString().equals(survey));
    }

    @Test
    @TestSecurity(user = "manager-rounds", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void eachRoundGoesWhenDueWithNewLinksOneReminderAndItsOwnResults() {
        UUID aino = UUID.randomUUID();
        UUID bertil = UUID.randomUUID();
        UUID optedOut = UUID.randomUUID();
        String ainoMail = SurveySendingTest.uniqueMail("aino");
        String bertilMail = SurveySendingTest.uniqueMail("bertil");
        String optedOutMail = SurveySendingTest.uniqueMail("no-more");
        QuarkusTransaction.requiringNew().run(() -> {
            SurveyOptOut optOut = new SurveyOptOut();
            optOut.clientId = optedOut;
            optOut.optedOutAt = Instant.now();
            optOut.persist();
        });
        registry.panel.addAll(List.of(new RegistryClient.Recipient(aino, ainoMail, "fi"),
                new RegistryClient.Recipient(bertil, bertilMail, "sv"), new RegistryClient.Recipient(aino, ainoMail, "fi"),
                new RegistryClient.Recipient(optedOut, optedOutMail, "en")));
        String survey = createSurvey("DIRECT_CLIENT_SATISFACTION");
        String path = "/api/v1/surveys/" + survey;
        // The first round a month ago (its links still answerable now), the next two months ahead: the
        // test gives the job the time it runs at, as the scheduler's clock would.
        Instant first = Instant.now().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(quarterly("panel-r", first))
                .when().put(path + "/recurrence").then().statusCode(200);

        assertThat(rounds.sendDue(first.minusSeconds(3600))).noneMatch(r -> r.surveyId.toString().equals(survey));
        // The registry cannot answer: nothing is sent, and the round stays due for the next run.
        registry.down = true;
        assertThat(rounds.sendDue(first.plusSeconds(60))).noneMatch(r -> r.surveyId.toString().equals(survey));
        assertThat(survey(survey).nextRoundAt).isEqualTo(first);
        registry.down = false;

        List<SurveyRound> firstRun = rounds.sendDue(first.plusSeconds(60)).stream()
                .filter(r -> r.surveyId.toString().equals(survey)).toList();
        assertThat(firstRun).hasSize(1);
        assertThat(firstRun.getFirst().round).isEqualTo(1);
        assertThat(firstRun.getFirst().sent).as("Aino once, Bertil; not the opted-out client").isEqualTo(2);
        assertThat(registry.askedFor).as("asked as the service, for the survey's organisation").containsOnly("ely-uusimaa");
        Instant second = first.atZone(ZoneId.of("Europe/Helsinki")).plusMonths(3).toInstant();
        Survey afterFirst = survey(survey);
        assertThat(afterFirst.rounds).isEqualTo(1);
        assertThat(afterFirst.nextRoundAt).isEqualTo(second);
        assertThat(afterFirst.version).as("a round changes the survey: a page showing the old one is stale").isEqualTo(3);
        // Run again at the same time: the round is not sent twice.
        assertThat(rounds.sendDue(first.plusSeconds(120))).noneMatch(r -> r.surveyId.toString().equals(survey));
        List<SurveyRecipient> roundOne = recipientsOf(survey, 1);
        assertThat(roundOne).extracting(r -> r.clientId).containsExactlyInAnyOrder(aino, bertil);
        List<SurveyInvitation> invitations = QuarkusTransaction.requiringNew().call(() -> SurveyInvitation.<SurveyInvitation>list(
                "surveyId = ?1", UUID.fromString(survey)));
        assertThat(invitations).allMatch(i -> i.round == 1 && i.expiresAt.equals(second) && i.clientId == null);

        mails.deliver(first.plusSeconds(180), 50);
        assertThat(SurveySendingTest.mailsTo(ainoMail)).hasSize(1);
        assertThat(SurveySendingTest.mailsTo(bertilMail)).hasSize(1);
        assertThat(SurveySendingTest.mailsTo(optedOutMail)).isEmpty();
        String ainosFirst = link(SurveySendingTest.mailsTo(ainoMail).getFirst());
        given().contentType(ContentType.JSON).body(Map.of("answers", List.of(Map.of("question", "overall", "score", 5))))
                .when().post("/api/v1/survey-invitations/" + ainosFirst + "/response").then().statusCode(201);

        // One reminder in the round, after its days, to Bertil only.
        assertThat(mails.remind(first.plus(Duration.ofDays(4)), null, 500)).isZero();
        assertThat(mails.remind(first.plus(Duration.ofDays(5)).plusSeconds(600), null, 500)).isEqualTo(1);
        assertThat(mails.remind(first.plus(Duration.ofDays(30)), null, 500)).isZero();
        mails.deliver(first.plus(Duration.ofDays(5)).plusSeconds(700), 50);
        assertThat(SurveySendingTest.mailsTo(bertilMail)).hasSize(2);
        assertThat(SurveySendingTest.mailsTo(ainoMail)).hasSize(1);

        // The next round: new links for both, Bertil's round-one row keeps no address.
        List<SurveyRound> secondRun = rounds.sendDue(second.plusSeconds(60)).stream()
                .filter(r -> r.surveyId.toString().equals(survey)).toList();
        assertThat(secondRun).hasSize(1);
        assertThat(secondRun.getFirst().round).isEqualTo(2);
        assertThat(secondRun.getFirst().sent).isEqualTo(2);
        assertThat(recipientsOf(survey, 1)).allMatch(r -> r.email == null && r.token == null);
        mails.deliver(second.plusSeconds(120), 50);
        assertThat(SurveySendingTest.mailsTo(ainoMail)).hasSize(2);
        assertThat(link(SurveySendingTest.mailsTo(ainoMail).get(1))).isNotEqualTo(ainosFirst);
        assertThat(SurveySendingTest.mailsTo(bertilMail)).hasSize(3);
        assertThat(survey(survey).nextRoundAt).isEqualTo(second.atZone(ZoneId.of("Europe/Helsinki")).plusMonths(3).toInstant());

        // An erased client's pending round mail goes, and its row no longer names them.
        QuarkusTransaction.requiringNew().run(() -> mails.erase(bertil));
        assertThat(recipientsOf(survey, 2)).extracting(r -> r.clientId).containsExactlyInAnyOrder(aino, null);

        // Results per round, and every round listed.
        given().queryParam("round", 1).when().get(path + "/results").then().statusCode(200)
                .body("round", equalTo(1)).body("invited", equalTo(2)).body("responded", equalTo(1));
        given().queryParam("round", 2).when().get(path + "/results").then().statusCode(200)
                .body("invited", equalTo(2)).body("responded", equalTo(0));
        given().when().get(path + "/results").then().statusCode(200).body("round", nullValue())
                .body("invited", equalTo(4)).body("responded", equalTo(1))
                .body("rounds.round", equalTo(List.of(1, 2))).body("rounds[0].responded", equalTo(1));
        given().queryParam("round", 9).when().get(path + "/results").then().statusCode(400)
                .body("violations[0].field", equalTo("round"));
        given().queryParam("round", "first").when().get(path + "/results").then().statusCode(400)
                .body("violations[0].field", equalTo("round"));
        given().when().get(path).then().statusCode(200).body("rounds", equalTo(2)).header("ETag", equalTo("\"4\""));
    }
}
