package fi.kohtaamo.feedback;

import fi.kohtaamo.feedback.domain.Feedback;
import fi.kohtaamo.feedback.domain.FeedbackEntry;
import fi.kohtaamo.feedback.domain.SenderMail;
import fi.kohtaamo.mailqueue.MailDelivery;
import fi.kohtaamo.feedback.domain.Survey;
import fi.kohtaamo.feedback.domain.SurveyAnswer;
import fi.kohtaamo.feedback.domain.SurveyInvitation;
import fi.kohtaamo.feedback.domain.SurveyResponse;
import fi.kohtaamo.feedback.service.FeedbackRetention;
import fi.kohtaamo.testsupport.GreenMailResource;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retention run against real PostgreSQL, as of a moment long ago so that only this test's
 * feedback and answers are old enough (an organisation of its own keeps them out of other tests'
 * figures): finished anonymous feedback and anonymous survey comments lose their texts once, in
 * batches (two per transaction in tests); recent, open and client-linked ones keep theirs.
 */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "feedback"))
@QuarkusTestResource(GreenMailResource.class)
class FeedbackRetentionTest {

    /** The run's moment: the period is two years, so what finished before 2002-06-02 is due. */
    static final Instant NOW = Instant.parse("2004-06-01T00:00:00Z");
    static final Instant LONG_AGO = Instant.parse("2002-01-15T10:00:00Z");
    static final Instant RECENTLY = Instant.parse("2003-11-01T10:00:00Z");
    static final String ORGANISATION = "ely-retention-test";
    static final String TEXT = "Maija Meikäläinen, Kotikatu 1: jono oli pitkä";

    @Inject
    FeedbackRetention retention;

    @Test
    void finishedAnonymousFeedbackAndOldAnonymousCommentsLoseTheirTextsOnce() {
        UUID closed = feedback(Feedback.Status.CLOSED, LONG_AGO, null);
        UUID answered = feedback(Feedback.Status.ANSWERED, LONG_AGO.plusSeconds(60), null);
        UUID alsoClosed = feedback(Feedback.Status.CLOSED, LONG_AGO.plusSeconds(120), null);
        UUID recent = feedback(Feedback.Status.CLOSED, RECENTLY, null);
        UUID open = feedback(Feedback.Status.IN_PROGRESS, LONG_AGO, null);
        UUID clients = feedback(Feedback.Status.CLOSED, LONG_AGO, UUID.randomUUID());
        UUID survey = survey();
        UUID oldAnonymous = response(survey, LONG_AGO, null, "Kotini on Kotikatu 1", "Soittakaa 040 123 4567", "Kiitos");
        UUID oldIdentified = response(survey, LONG_AGO, UUID.randomUUID(), "Tunnistettu kommentti");
        UUID recentAnonymous = response(survey, RECENTLY, null, "Tuore kommentti");

        FeedbackRetention.Cleared cleared = retention.run(NOW);

        assertThat(cleared).isEqualTo(new FeedbackRetention.Cleared(3, 3)); // each crosses a batch edge
        for (UUID gone : List.of(closed, answered, alsoClosed)) {
            Feedback feedback = load(gone);
            assertThat(feedback.body).isEqualTo(FeedbackRetention.REMOVED_TEXT);
            assertThat(feedback.reply).isEqualTo(FeedbackRetention.REMOVED_TEXT);
            assertThat(feedback.senderName).isNull();
            assertThat(feedback.senderEmail).isNull();
            assertThat(feedback.senderSubject).isNull();
            assertThat(feedback.personalDataRemovedAt).isEqualTo(NOW);
            // the figures: kind, themes, service, organisation, channel and times
            assertThat(feedback.kind).isEqualTo(Feedback.Kind.COMPLAINT);
            assertThat(feedback.themes).containsExactly("queues");
            assertThat(feedback.organisation).isEqualTo(ORGANISATION);
            assertThat(feedback.serviceId).isNotNull();
            assertThat(feedback.channel).isEqualTo("WEB");
            assertThat(feedback.receivedAt).isNotNull();
            assertThat(feedback.answeredAt).isNotNull();
            assertThat(feedback.handler).isEqualTo("Hanna Handler");
            assertThat(mails(gone)).isZero();
        }
        assertThat(load(closed).closedAt).isEqualTo(LONG_AGO);
        List<FeedbackEntry> history = entries(closed);
        assertThat(history).extracting(entry -> entry.kind).containsExactly(FeedbackEntry.Kind.RECEIVED,
                FeedbackEntry.Kind.ANSWERED, FeedbackEntry.Kind.CLOSED, FeedbackEntry.Kind.PERSONAL_DATA_REMOVED);
        assertThat(history.get(2).details).doesNotContainKey("note").containsEntry("mood", "calm");
        assertThat(history.get(2).actor).isEqualTo("Hanna Handler");

        for (UUID kept : List.of(recent, open, clients)) {
            Feedback feedback = load(kept);
            assertThat(feedback.body).isEqualTo(TEXT);
            assertThat(feedback.senderEmail).isEqualTo("maija@example.fi");
            assertThat(feedback.personalDataRemovedAt).isNull();
            assertThat(mails(kept)).isEqualTo(2);
        }
        assertThat(entries(recent).get(2).details).containsKey("note");

        assertThat(freeTexts(oldAnonymous)).containsOnlyNulls().hasSize(4);
        assertThat(scores(oldAnonymous)).containsExactly(4);
        assertThat(freeTexts(oldIdentified)).contains("Tunnistettu kommentti");
        assertThat(freeTexts(recentAnonymous)).contains("Tuore kommentti");

        int version = load(closed).version;
        assertThat(retention.run(NOW)).isEqualTo(new FeedbackRetention.Cleared(0, 0));
        assertThat(load(closed).version).isEqualTo(version);
        assertThat(entries(closed)).hasSize(4);
    }

    /**
     * Complaint with the sender's details, an answer and (unless open) a closing note, two
     * e-mails (one sent, one never due in other tests); finished at {@code finishedAt} as its status says.
     */
    static UUID feedback(Feedback.Status status, Instant finishedAt, UUID clientId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Feedback feedback = new Feedback();
            feedback.id = UUID.randomUUID();
            feedback.reference = "FB-RT" + feedback.id.toString().substring(0, 8);
            feedback.kind = Feedback.Kind.COMPLAINT;
            feedback.organisation = ORGANISATION;
            feedback.serviceId = UUID.randomUUID();
            feedback.channel = "WEB";
            feedback.language = "fi";
            feedback.body = TEXT;
            feedback.clientId = clientId;
            feedback.senderSubject = "citizen-" + feedback.id;
            feedback.senderName = "Maija Meikäläinen";
            feedback.senderEmail = "maija@example.fi";
            feedback.handler = "Hanna Handler";
            feedback.themes = new ArrayList<>(List.of("queues"));
            feedback.receivedAt = finishedAt.minusSeconds(10 * 86_400);
            feedback.replyDue = feedback.receivedAt.plusSeconds(5 * 86_400);
            feedback.answeredAt = status == Feedback.Status.CLOSED ? finishedAt.minusSeconds(86_400) : finishedAt;
            feedback.reply = "Hei Maija, pahoittelemme jonoa";
            feedback.status = status;
            feedback.closedAt = status == Feedback.Status.CLOSED ? finishedAt : null;
            feedback.persist();
            entry(feedback, FeedbackEntry.Kind.RECEIVED, Map.of("kind", "COMPLAINT"));
            entry(feedback, FeedbackEntry.Kind.ANSWERED, Map.of("mailed", true));
            if (status == Feedback.Status.CLOSED) {
                entry(feedback, FeedbackEntry.Kind.CLOSED, Map.of("note", "Maija soitti vielä, asia selvä", "mood", "calm"));
            }
            mail(feedback, feedback.answeredAt);
            mail(feedback, null);
            return feedback.id;
        });
    }

    private static void entry(Feedback feedback, FeedbackEntry.Kind kind, Map<String, Object> details) {
        FeedbackEntry entry = new FeedbackEntry();
        entry.feedbackId = feedback.id;
        entry.kind = kind;
        entry.actor = "Hanna Handler";
        entry.at = feedback.receivedAt;
        entry.details = new LinkedHashMap<>(details);
        entry.persist();
    }

    private static void mail(Feedback feedback, Instant sentAt) {
        SenderMail mail = new SenderMail();
        mail.feedbackId = feedback.id;
        mail.recipient = feedback.senderEmail;
        mail.subject = "Vastaus palautteeseesi " + feedback.reference;
        mail.body = feedback.reply;
        MailDelivery queued = new MailDelivery(feedback.receivedAt,
                sentAt != null ? sentAt : Instant.parse("2100-01-01T00:00:00Z"), 0, null, null);
        mail.delivery = sentAt != null ? queued.sent(sentAt) : queued;
        mail.persist();
    }

    private static UUID survey() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Survey survey = new Survey();
            survey.id = UUID.randomUUID();
            survey.organisation = ORGANISATION;
            survey.type = Survey.Type.STAKEHOLDER;
            survey.title = Map.of("fi", "Kysely", "sv", "Enkät", "en", "Survey");
            survey.opensAt = LONG_AGO.minusSeconds(86_400 * 30L);
            survey.createdBy = "manager";
            survey.createdAt = survey.opensAt;
            survey.persist();
            return survey.id;
        });
    }

    /** A response with a score of 4 and the free-text comments given. */
    private static UUID response(UUID surveyId, Instant at, UUID clientId, String... comments) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SurveyInvitation invitation = new SurveyInvitation();
            invitation.id = UUID.randomUUID();
            invitation.surveyId = surveyId;
            invitation.tokenHash = "retention-" + invitation.id;
            invitation.language = "fi";
            invitation.clientId = clientId;
            invitation.createdAt = at.minusSeconds(3600);
            invitation.expiresAt = at.plusSeconds(86_400);
            invitation.respondedAt = at;
            invitation.persist();
            SurveyResponse response = new SurveyResponse();
            response.id = UUID.randomUUID();
            response.surveyId = surveyId;
            response.invitationId = invitation.id;
            response.surveyType = Survey.Type.STAKEHOLDER;
            response.organisation = ORGANISATION;
            response.language = "fi";
            response.clientId = clientId;
            response.respondedAt = at;
            response.persist();
            answer(response.id, "score", 4, null);
            for (int i = 0; i < comments.length; i++) {
                answer(response.id, "comment" + i, null, comments[i]);
            }
            return response.id;
        });
    }

    private static void answer(UUID responseId, String question, Integer score, String text) {
        SurveyAnswer answer = new SurveyAnswer();
        answer.responseId = responseId;
        answer.questionCode = question;
        answer.score = score;
        answer.freeText = text;
        answer.persist();
    }

    static Feedback load(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Feedback.<Feedback>findById(id));
    }

    static List<FeedbackEntry> entries(UUID feedbackId) {
        return QuarkusTransaction.requiringNew().call(() -> FeedbackEntry.<FeedbackEntry>list("feedbackId = ?1 order by id", feedbackId));
    }

    static long mails(UUID feedbackId) {
        return QuarkusTransaction.requiringNew().call(() -> SenderMail.count("feedbackId", feedbackId));
    }

    private static List<String> freeTexts(UUID responseId) {
        return QuarkusTransaction.requiringNew().call(() -> SurveyAnswer.<SurveyAnswer>list("responseId = ?1 order by questionCode",
                responseId).stream().map(answer -> answer.freeText).toList());
    }

    private static List<Integer> scores(UUID responseId) {
        return QuarkusTransaction.requiringNew().call(() -> SurveyAnswer.<SurveyAnswer>list("responseId = ?1 and score is not null",
                responseId).stream().map(answer -> answer.score).toList());
    }
}
