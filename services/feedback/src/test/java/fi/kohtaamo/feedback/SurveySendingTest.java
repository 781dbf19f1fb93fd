package fi.kohtaamo.feedback;

import fi.kohtaamo.feedback.client.RegistryClient;
import fi.kohtaamo.feedback.domain.ContactFact;
import fi.kohtaamo.feedback.domain.SurveyRecipient;
import fi.kohtaamo.feedback.domain.SurveyResponse;
import fi.kohtaamo.feedback.service.RecipientDirectory;
import fi.kohtaamo.feedback.service.SurveyMails;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Surveys that reach people: recipients from the registry (a stand-in for its REST answer), personal
 * one-time links mailed through a real SMTP server in each recipient's language, one reminder when
 * its day comes (time is moved, not waited for), the opt-out honoured across surveys, and the
 * addresses forgotten once no more mail will go.
 */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "feedback"))
@QuarkusTestResource(GreenMailResource.class)
class SurveySendingTest {

    private static final Pattern LINK = Pattern.compile("/surveys/([a-z0-9]{20,})");
    private static final Pattern OPT_OUT = Pattern.compile("/surveys/opt-out/([a-z0-9]{20,})");

    @Inject
    SurveyMails mails;

    /** What the registry answers in these tests: the panel's clients, a partner, and clients by id. */
    static final class Registry extends RecipientDirectory {
        final List<RegistryClient.Recipient> panel = new ArrayList<>();
        final List<RegistryClient.Recipient> partners = new ArrayList<>();
        final List<RegistryClient.Recipient> byId = new ArrayList<>();

        Registry() {
            super(null, null);
        }

        @Override
        public List<RegistryClient.Recipient> recipients(RegistryClient.Query query, String field) {
            if (query.segment() != null) {
                if (!query.segment().startsWith("panel")) {
                    throw ProblemException.invalid(field, "the client registry does not know it");
                }
                return panel;
            }
            if (query.role() != null) {
                return partners;
            }
            return byId.stream().filter(r -> query.clientIds().contains(r.clientId())).toList();
        }
    }

    private final Registry registry = new Registry();

    @BeforeEach
    void standInForTheRegistry() {
        QuarkusMock.installMockForType(registry, RecipientDirectory.class);
    }

    static String uniqueMail(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static String createSurvey(String type, boolean anonymous, Integer reminderDays) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("type", type, "title", SurveyTest.texts("Panel survey"),
                "questions", List.of(Map.of("code", "overall", "kind", "SCALE_1_5",
                        "text", SurveyTest.texts("How are we doing?"), "required", true, "measure", "CSAT")),
                "anonymous", anonymous));
        if (reminderDays != null) {
            body.put("reminderAfterDays", reminderDays);
        }
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/surveys")
                .then().statusCode(201).body("version", equalTo(1)).extract().path("id");
    }

    private static Map<String, Object> segment(String code) {
        return Map.of("audience", Map.of("segment", code));
    }

    static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(GreenMailResource.smtp().getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    /** The mail's text as the recipient reads it (decoded from quoted-printable). */
    static String text(MimeMessage mail) {
        try {
            return String.valueOf(mail.getContent());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String find(Pattern pattern, MimeMessage mail) {
        Matcher matcher = pattern.matcher(text(mail));
        assertThat(matcher.find()).as("link in the mail").isTrue();
        return matcher.group(1);
    }

    private static SurveyRecipient recipientOf(String survey, UUID client) {
        return QuarkusTransaction.requiringNew().call(() -> SurveyRecipient.<SurveyRecipient>find(
                "surveyId = ?1 and clientId = ?2", UUID.fromString(survey), client).firstResult());
    }

    @Test
    @TestSecurity(user = "manager-sending", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void aSurveyReachesItsRecipientsRemindsOnceAndHonoursTheOptOut() {
        UUID swede = UUID.randomUUID();
        UUID finn = UUID.randomUUID();
        UUID english = UUID.randomUUID();
        String sven = uniqueMail("sven");
        String aino = uniqueMail("aino");
        String ella = uniqueMail("ella");
        registry.panel.addAll(List.of(new RegistryClient.Recipient(swede, sven, "sv"),
                new RegistryClient.Recipient(finn, aino, "fi"), new RegistryClient.Recipient(english, ella, "en"),
                new RegistryClient.Recipient(swede, sven, "sv")));
        String survey = createSurvey("AWARENESS_AND_IMAGE", true, 3);
        String path = "/api/v1/surveys/" + survey;

        given().contentType(ContentType.JSON).body(segment("panel-a")).when().post(path + "/recipients/preview")
                .then().statusCode(200).body("found", equalTo(3)).body("toSend", equalTo(3)).body("optedOut", equalTo(0));
        given().contentType(ContentType.JSON).body(segment("panel-a")).when().post(path + "/sendings")
                .then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(segment("panel-a"))
                .when().post(path + "/sendings").then().statusCode(412);
        given().when().get(path).then().statusCode(200).header("ETag", equalTo("\"1\""));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(segment("panel-a"))
                .when().post(path + "/sendings").then().statusCode(201).body("sent", equalTo(3)).body("version", equalTo(2))
                .header("ETag", equalTo("\"2\""));

        Instant sentAt = Instant.now();
        assertThat(mails.deliver(sentAt, 50)).isGreaterThanOrEqualTo(3);
        MimeMessage toSven = mailsTo(sven).getFirst();
        MimeMessage toAino = mailsTo(aino).getFirst();
        assertThat(mailsTo(sven)).hasSize(1);
        try {
            assertThat(toSven.getSubject()).isEqualTo("Panel survey (sv)");
            assertThat(toAino.getSubject()).isEqualTo("Panel survey (fi)");
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
        assertThat(text(toSven)).contains("Din personliga länk");

        // Sven answers through his personal link, once.
        String svensLink = find(LINK, toSven);
        given().when().get("/api/v1/survey-invitations/" + svensLink).then().statusCode(200)
                .body("language", equalTo("sv")).body("title", equalTo("Panel survey (sv)"));
        Map<String, Object> answer = Map.of("answers", List.of(Map.of("question", "overall", "score", 4)), "identified", true);
        String responseId = given().contentType(ContentType.JSON).body(answer)
                .when().post("/api/v1/survey-invitations/" + svensLink + "/response").then().statusCode(201)
                .extract().path("responseId");
        given().contentType(ContentType.JSON).body(answer)
                .when().post("/api/v1/survey-invitations/" + svensLink + "/response").then().statusCode(410);
        // The survey is anonymous: the answer names nobody even when the respondent asks, and the
        // recipient's row no longer leads to it.
        SurveyResponse response = QuarkusTransaction.requiringNew().call(() -> SurveyResponse.findById(UUID.fromString(responseId)));
        assertThat(response.clientId).isNull();
        SurveyRecipient svensRow = recipientOf(survey, swede);
        assertThat(svensRow.answered).isTrue();
        assertThat(svensRow.invitationId).isNull();
        assertThat(svensRow.email).isNull();

        // Aino opts out; again is the same; a made-up link is unknown.
        String ainosOptOut = find(OPT_OUT, toAino);
        given().when().post("/api/v1/survey-opt-outs/" + ainosOptOut).then().statusCode(204);
        given().when().post("/api/v1/survey-opt-outs/" + ainosOptOut).then().statusCode(204);
        given().when().post("/api/v1/survey-opt-outs/nosuchtoken").then().statusCode(404);
        assertThat(recipientOf(survey, finn).email).isNull();

        // The reminder: not before its day; on it, only to Ella; only once.
        assertThat(mails.remind(sentAt.plus(Duration.ofDays(2)), null, 500)).isZero();
        assertThat(mails.remind(sentAt.plus(Duration.ofDays(3)).plusSeconds(60), null, 500)).isEqualTo(1);
        assertThat(mails.remind(sentAt.plus(Duration.ofDays(10)), null, 500)).isZero();
        // The reminder is due from the moment it was made: the mail job, too, runs at the moved time.
        mails.deliver(sentAt.plus(Duration.ofDays(3)).plusSeconds(120), 50);
        List<MimeMessage> toElla = mailsTo(ella);
        assertThat(toElla).hasSize(2);
        try {
            assertThat(toElla.get(1).getSubject()).isEqualTo("Reminder: Panel survey");
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
        assertThat(find(LINK, toElla.get(1))).isEqualTo(find(LINK, toElla.getFirst()));
        assertThat(mailsTo(aino)).hasSize(1);
        assertThat(mailsTo(sven)).hasSize(1);
        assertThat(recipientOf(survey, english).email).as("forgotten once the reminder went").isNull();

        given().when().get(path + "/delivery").then().statusCode(200).body("recipients", equalTo(3))
                .body("invitationsSent", equalTo(3)).body("remindersSent", equalTo(1)).body("answered", equalTo(1))
                .body("optedOut", equalTo(1));

        // Sent again: nobody twice. Another survey: Aino's opt-out holds there too.
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(segment("panel-a"))
                .when().post(path + "/sendings").then().statusCode(201).body("sent", equalTo(0));
        String next = createSurvey("STAKEHOLDER", false, null);
        given().contentType(ContentType.JSON).body(segment("panel-a")).when().post("/api/v1/surveys/" + next + "/recipients/preview")
                .then().statusCode(200).body("found", equalTo(3)).body("optedOut", equalTo(1)).body("toSend", equalTo(2));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(segment("panel-a"))
                .when().post("/api/v1/surveys/" + next + "/sendings").then().statusCode(201).body("sent", equalTo(2));
        mails.deliver(Instant.now(), 50);
        assertThat(mailsTo(aino)).hasSize(1);
        // Without a reminder the address goes with the invitation.
        assertThat(recipientOf(next, english).email).isNull();
        given().header("If-Match", "\"2\"").when().post("/api/v1/surveys/" + next + "/reminders").then().statusCode(409);

        // The management view's survey types: one answer is fewer than the minimum, so no CSAT or NPS.
        given().when().get("/api/v1/statistics/survey-types").then().statusCode(200)
                .body("rows.type", org.hamcrest.Matchers.hasItems("STAKEHOLDER", "AWARENESS_AND_IMAGE",
                        "DIRECT_CLIENT_SATISFACTION", "INDIRECT_CLIENT_SATISFACTION"))
                .body("rows.find { it.type == 'AWARENESS_AND_IMAGE' }.suppressed", equalTo(true))
                .body("rows.find { it.type == 'AWARENESS_AND_IMAGE' }.csatAverage", org.hamcrest.Matchers.nullValue());
    }

    @Test
    @TestSecurity(user = "manager-sending", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void theManagerRemindsNowAndAnErasedClientGetsNothing() {
        UUID stays = UUID.randomUUID();
        UUID erased = UUID.randomUUID();
        String staysMail = uniqueMail("stays");
        String erasedMail = uniqueMail("erased");
        registry.partners.addAll(List.of(new RegistryClient.Recipient(stays, staysMail, "en"),
                new RegistryClient.Recipient(erased, erasedMail, "fi")));
        String survey = createSurvey("STAKEHOLDER", false, 14);
        String path = "/api/v1/surveys/" + survey;
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("audience", Map.of("role", "PARTNER")))
                .when().post(path + "/sendings").then().statusCode(201).body("sent", equalTo(2));
        QuarkusTransaction.requiringNew().run(() -> mails.erase(erased));
        mails.deliver(Instant.now(), 50);
        assertThat(mailsTo(erasedMail)).isEmpty();
        assertThat(mailsTo(staysMail)).hasSize(1);

        given().header("If-Match", "\"1\"").when().post(path + "/reminders").then().statusCode(412);
        given().header("If-Match", "\"2\"").when().post(path + "/reminders").then().statusCode(200)
                .body("sent", equalTo(1)).body("version", equalTo(3));
        mails.deliver(Instant.now(), 50);
        assertThat(mailsTo(staysMail)).hasSize(2);
        assertThat(mailsTo(erasedMail)).isEmpty();
    }

    @Test
    @TestSecurity(user = "manager-sending", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void theClientsOfAChannelInAPeriodAreAnAudience() {
        UUID client = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            ContactFact fact = new ContactFact();
            fact.contactId = UUID.randomUUID();
            fact.queueCode = "phone-queue";
            fact.organisation = "ely-uusimaa";
            fact.channel = "LETTER";
            fact.language = "fi";
            fact.receivedAt = Instant.now().minus(Duration.ofDays(10));
            fact.clientId = client;
            fact.persist();
        });
        registry.byId.add(new RegistryClient.Recipient(client, uniqueMail("letter"), "fi"));
        String survey = createSurvey("DIRECT_CLIENT_SATISFACTION", true, null);
        given().contentType(ContentType.JSON).body(Map.of("audience", Map.of("channel", "LETTER")))
                .when().post("/api/v1/surveys/" + survey + "/recipients/preview").then().statusCode(200)
                .body("found", equalTo(1));
        given().contentType(ContentType.JSON).body(Map.of("audience", Map.of("channel", "LETTER",
                        "from", Instant.now().minus(Duration.ofDays(5)).toString())))
                .when().post("/api/v1/surveys/" + survey + "/recipients/preview").then().statusCode(200)
                .body("found", equalTo(0));
    }

    @Test
    @TestSecurity(user = "manager-sending", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void badAudiencesAreProblemsNamingTheField() {
        String survey = createSurvey("STAKEHOLDER", false, null);
        String preview = "/api/v1/surveys/" + survey + "/recipients/preview";
        Map<Object, String> cases = Map.of(
                Map.of("audience", Map.of("segment", "panel", "role", "PARTNER")), "audience",
                Map.of(), "audience",
                Map.of("audience", Map.of("role", "OVERLORD")), "audience.role",
                Map.of("audience", Map.of("segment", "a\u0000b")), "audience.segment",
                Map.of("audience", Map.of("segment", "x".repeat(100_000))), "audience.segment",
                Map.of("audience", Map.of("segment", "unknown")), "audience.segment",
                Map.of("audience", Map.of("channel", "FAX")), "audience.channel",
                Map.of("audience", Map.of("serviceId", UUID.randomUUID().toString())), "audience.serviceId");
        cases.forEach((body, field) -> given().contentType(ContentType.JSON).body(body).when().post(preview)
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo(field)));
        given().contentType(ContentType.JSON).body("{\"audience\": \"panel\"}").when().post(preview).then().statusCode(400);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("audience", Map.of("segment", "panel"), "reminderAfterDays", 0))
                .when().post("/api/v1/surveys/" + survey + "/sendings").then().statusCode(400)
                .body("violations[0].field", equalTo("reminderAfterDays"));
        given().when().get("/api/v1/survey-defaults/DIRECT_CLIENT_SATISFACTION").then().statusCode(200)
                .body("audience", equalTo("CONTACTS")).body("anonymous", equalTo(true)).body("recurrence", equalTo("QUARTERLY"));
        given().when().get("/api/v1/survey-defaults/NOT_A_TYPE").then().statusCode(400)
                .body("violations[0].field", equalTo("type"));
    }

    @Test
    @TestSecurity(user = "manager-other", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-pirkanmaa"))
    void anotherOrganisationsSurveyIsNotFound() {
        String survey = QuarkusTransaction.requiringNew().call(() -> fi.kohtaamo.feedback.domain.Survey
                .<fi.kohtaamo.feedback.domain.Survey>find("organisation", "ely-uusimaa").firstResult().id.toString());
        given().contentType(ContentType.JSON).body(segment("panel")).when().post("/api/v1/surveys/" + survey + "/recipients/preview")
                .then().statusCode(404);
        given().when().get("/api/v1/surveys/" + survey + "/delivery").then().statusCode(404);
        given().header("If-Match", "\"1\"").contentType(ContentType.JSON).body(segment("panel"))
                .when().post("/api/v1/surveys/" + survey + "/sendings").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "agent-sending", roles = "agent")
    @OidcSecurity(claims = @Claim(key = "org", value = "ely-uusimaa"))
    void onlyManagersSendSurveys() {
        given().contentType(ContentType.JSON).body(segment("panel")).when()
                .post("/api/v1/surveys/" + UUID.randomUUID() + "/recipients/preview").then().statusCode(403);
        given().when().get("/api/v1/survey-defaults/STAKEHOLDER").then().statusCode(403);
    }
}
