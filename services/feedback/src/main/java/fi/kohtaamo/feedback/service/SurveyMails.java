package fi.kohtaamo.feedback.service;

import fi.kohtaamo.feedback.client.RegistryClient;
import fi.kohtaamo.feedback.config.FeedbackConfig;
import fi.kohtaamo.feedback.domain.Survey;
import fi.kohtaamo.feedback.domain.SurveyInvitation;
import fi.kohtaamo.feedback.domain.SurveyMail;
import fi.kohtaamo.feedback.domain.SurveyOptOut;
import fi.kohtaamo.feedback.domain.SurveyRecipient;
import fi.kohtaamo.feedback.domain.SurveyRound;
import fi.kohtaamo.feedback.domain.Tokens;
import fi.kohtaamo.feedback.repository.SurveyRecipientRepository;
import fi.kohtaamo.feedback.repository.SurveyRepository;
import fi.kohtaamo.mailqueue.MailDelivery;
import fi.kohtaamo.mailqueue.MailQueue;
import fi.kohtaamo.problem.ProblemException;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Sent surveys: each recipient's personal one-time link by e-mail in their language, one reminder
 * to those who have not answered or opted out, and the opt-out that stops every later survey
 * mail to the client. Mails leave after the commit through the mail-queue library; a recipient's
 * address and tokens are forgotten once no more mail will go to them.
 */
@ApplicationScoped
public class SurveyMails {

    static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");
    static final int MAX_REMINDER_DAYS = 60;

    private final FeedbackConfig config;
    private final Mailer mailer;
    private final SurveyRepository surveys;
    private final SurveyRecipientRepository recipients;

    public SurveyMails(FeedbackConfig config, Mailer mailer, SurveyRepository surveys, SurveyRecipientRepository recipients) {
        this.config = config;
        this.mailer = mailer;
        this.surveys = surveys;
        this.recipients = recipients;
    }

    public record Sent(int sent, int skipped, int version) {
    }

    /** A survey can be sent while it is open and is not the satisfaction-after-service one. */
    static void requireSendable(Survey survey, Instant now) {
        if (survey.csat) {
            throw ProblemException.conflict("The satisfaction survey is sent when contacts are resolved");
        }
        if (survey.closesAt != null && !survey.closesAt.isAfter(now)) {
            throw ProblemException.conflict("The survey is closed");
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SurveySendings.Preview preview(UUID surveyId, List<RegistryClient.Recipient> found) {
        Set<UUID> ids = new HashSet<>();
        found.forEach(recipient -> ids.add(recipient.clientId()));
        Set<UUID> optedOut = recipients.optedOut(ids);
        Set<UUID> already = recipients.clientsOf(surveyId);
        already.removeAll(optedOut);
        already.retainAll(ids);
        return new SurveySendings.Preview(ids.size(), optedOut.size(), already.size(),
                ids.size() - optedOut.size() - already.size());
    }

    /**
     * Invites each found client not yet invited to this survey and not opted out, on the version
     * the manager saw (checked under the survey's row lock).
     */
    @Transactional
    public Sent send(UUID surveyId, List<RegistryClient.Recipient> found, Integer reminderAfterDays, int version) {
        Survey survey = surveys.lock(surveyId);
        survey.requireVersion(version);
        Instant now = Instant.now();
        requireSendable(survey, now);
        if (reminderAfterDays != null) {
            if (reminderAfterDays < 1 || reminderAfterDays > MAX_REMINDER_DAYS) {
                throw ProblemException.invalid("reminderAfterDays", "1–" + MAX_REMINDER_DAYS + " days");
            }
            survey.reminderAfterDays = reminderAfterDays;
        }
        Set<UUID> skip = optedOut(found);
        skip.addAll(recipients.clientsOf(survey.id));
        Instant expires = survey.closesAt != null ? survey.closesAt : now.plus(Surveys.OPEN_ENDED_VALIDITY);
        int sent = invite(survey, found, skip, 0, now, expires);
        survey.version++;
        return new Sent(sent, found.size() - sent, survey.version);
    }

    /**
     * A round of a recurring survey that was due at {@code due}, as of {@code now}: a new personal
     * link to each found client not opted out and not yet mailed in this round, valid until the next
     * round (or the survey's close); the earlier rounds' addresses are forgotten (their links have
     * expired), and the next round is set. Nothing happens when another run already sent this round
     * or the survey no longer repeats. Returns the round, or null.
     */
    @Transactional
    public SurveyRound sendRound(UUID surveyId, Instant due, List<RegistryClient.Recipient> found, Instant now) {
        Survey survey = surveys.lock(surveyId);
        if (survey.recurrence() == null || survey.nextRoundAt == null || !survey.nextRoundAt.equals(due)) {
            return null;
        }
        if (survey.csat || survey.closesAt != null && !survey.closesAt.isAfter(now)) {
            survey.nextRoundAt = null;
            return null;
        }
        int round = survey.rounds + 1;
        recipients.forgetEarlierRounds(survey.id, round);
        Instant next = survey.recurrence().nextAfter(due, now);
        Instant expires = survey.closesAt != null && survey.closesAt.isBefore(next) ? survey.closesAt : next;
        Set<UUID> skip = optedOut(found);
        skip.addAll(recipients.clientsOf(survey.id, round));
        SurveyRound sent = new SurveyRound();
        sent.id = UUID.randomUUID();
        sent.surveyId = survey.id;
        sent.round = round;
        sent.startedAt = now;
        sent.sent = invite(survey, found, skip, round, now, expires);
        sent.skipped = found.size() - sent.sent;
        sent.persist();
        survey.rounds = round;
        survey.nextRoundAt = next;
        survey.version++;
        return sent;
    }

    private Set<UUID> optedOut(List<RegistryClient.Recipient> found) {
        Set<UUID> ids = new HashSet<>();
        found.forEach(recipient -> ids.add(recipient.clientId()));
        return new HashSet<>(recipients.optedOut(ids));
    }

    /** Invites each found client with an address not in {@code skip} (which grows); returns how many. */
    private int invite(Survey survey, List<RegistryClient.Recipient> found, Set<UUID> skip, int round, Instant now,
                       Instant expires) {
        int sent = 0;
        for (RegistryClient.Recipient found1 : found) {
            if (found1.clientId() == null || found1.email() == null || !skip.add(found1.clientId())) {
                continue;
            }
            String language = LANGUAGES.contains(found1.language()) ? found1.language() : "fi";
            String token = Tokens.invitationToken();
            SurveyInvitation invitation = new SurveyInvitation();
            invitation.id = UUID.randomUUID();
            invitation.surveyId = survey.id;
            invitation.tokenHash = Tokens.hash(token);
            invitation.language = language;
            // An anonymous survey's invitation never names its client: the answer cannot either.
            invitation.clientId = survey.anonymous ? null : found1.clientId();
            invitation.round = round;
            invitation.createdAt = now;
            invitation.expiresAt = expires;
            invitation.persist();
            SurveyRecipient recipient = new SurveyRecipient();
            recipient.id = UUID.randomUUID();
            recipient.surveyId = survey.id;
            recipient.clientId = found1.clientId();
            recipient.invitationId = invitation.id;
            recipient.language = language;
            recipient.email = found1.email();
            recipient.token = token;
            recipient.optOutToken = Tokens.invitationToken();
            recipient.optOutTokenHash = Tokens.hash(recipient.optOutToken);
            recipient.round = round;
            recipient.sentAt = now;
            recipient.persist();
            queue(recipient, SurveyMail.Kind.INVITATION, now);
            sent++;
        }
        return sent;
    }

    private static void queue(SurveyRecipient recipient, SurveyMail.Kind kind, Instant now) {
        SurveyMail mail = new SurveyMail();
        mail.recipientId = recipient.id;
        mail.kind = kind;
        mail.delivery = MailDelivery.queued(now);
        mail.persist();
    }

    @Scheduled(identity = "feedback-survey-mails", every = "${kohtaamo.feedback.mail-every:10s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void mailJob() {
        deliver(Instant.now(), 50);
    }

    @Scheduled(identity = "feedback-survey-reminders", cron = "${kohtaamo.feedback.survey-reminders.cron}",
            timeZone = "Europe/Helsinki", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void reminderJob() {
        remind(Instant.now(), null, 500);
    }

    /** Sends the survey mails due; a recipient who will get no more mail is forgotten. Returns how many went. */
    @Transactional
    public int deliver(Instant now, int batch) {
        List<MailQueue.Attempt<SurveyMail>> attempts = MailQueue.deliver(recipients.getEntityManager(), SurveyMail.class,
                "survey_mail", mailer, this::compose, now, batch);
        for (MailQueue.Attempt<SurveyMail> attempt : attempts) {
            if (attempt.sent()) {
                SurveyRecipient recipient = recipients.findById(attempt.mail().recipientId);
                Survey survey = surveys.findById(recipient.surveyId);
                if (attempt.mail().kind == SurveyMail.Kind.REMINDER || survey.reminderAfterDays == null) {
                    recipient.forget();
                }
            }
        }
        return (int) MailQueue.sent(attempts);
    }

    /**
     * Queues the one reminder of each recipient due by {@code now} (their survey's days passed);
     * with {@code surveyId}, that survey's recipients at once. Returns how many were reminded.
     */
    @Transactional
    public int remind(Instant now, UUID surveyId, int batch) {
        List<SurveyRecipient> due = recipients.dueForReminder(now, surveyId, batch);
        for (SurveyRecipient recipient : due) {
            recipient.remind(now);
            queue(recipient, SurveyMail.Kind.REMINDER, now);
        }
        return due.size();
    }

    /** The manager's "remind now" on the version they saw; 409 when the survey sends no reminder. */
    @Transactional
    public Sent remindNow(UUID surveyId, int version) {
        Survey survey = surveys.lock(surveyId);
        survey.requireVersion(version);
        requireSendable(survey, Instant.now());
        if (survey.reminderAfterDays == null) {
            throw ProblemException.conflict("This survey sends no reminder");
        }
        int reminded = remind(Instant.now(), survey.id, 5000);
        survey.version++;
        return new Sent(reminded, 0, survey.version);
    }

    /** The opt-out link: no more survey mail to this client from any survey (idempotent). */
    @Transactional
    public void optOut(String token) {
        SurveyRecipient recipient = token == null || token.length() > 100 ? null
                : recipients.findByOptOutTokenHash(Tokens.hash(token));
        if (recipient == null) {
            throw ProblemException.notFound("Opt-out", "link");
        }
        Instant now = Instant.now();
        recipient.optOut(now);
        recipients.dropUnsentMails(List.of(recipient.id));
        if (recipient.clientId != null && recipients.optOutOf(recipient.clientId) == null) {
            SurveyOptOut optOut = new SurveyOptOut();
            optOut.clientId = recipient.clientId;
            optOut.optedOutAt = now;
            optOut.persist();
        }
    }

    /** The recipient of the invitation answered: no reminder, and the link to the answer goes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void answered(UUID invitationId) {
        SurveyRecipient recipient = recipients.findByInvitation(invitationId);
        if (recipient != null) {
            recipient.answered();
            recipients.dropUnsentMails(List.of(recipient.id));
        }
    }

    /** An erased client: their addresses, pending mails and opt-out go; the counts stay. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int erase(UUID clientId) {
        List<SurveyRecipient> rows = recipients.ofClient(clientId);
        for (SurveyRecipient recipient : rows) {
            recipient.forget();
            recipient.clientId = null;
        }
        recipients.dropUnsentMails(rows.stream().map(row -> row.id).toList());
        SurveyOptOut optOut = recipients.optOutOf(clientId);
        if (optOut != null) {
            optOut.delete();
        }
        return rows.size();
    }

    /** A merged client: the survivor keeps the duplicate's opt-out. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int merge(UUID survivorId, UUID mergedId) {
        SurveyOptOut merged = recipients.optOutOf(mergedId);
        if (merged == null) {
            return 0;
        }
        if (recipients.optOutOf(survivorId) == null) {
            SurveyOptOut survivor = new SurveyOptOut();
            survivor.clientId = survivorId;
            survivor.optedOutAt = merged.optedOutAt;
            survivor.persist();
        }
        merged.delete();
        return 1;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SurveyRecipientRepository.Delivery delivery(UUID surveyId) {
        return recipients.delivery(surveyId);
    }

    Mail compose(SurveyMail mail) {
        SurveyRecipient recipient = recipients.findById(mail.recipientId);
        if (recipient.email == null) {
            throw new IllegalStateException("the recipient's address is no longer held");
        }
        Survey survey = surveys.findById(recipient.surveyId);
        boolean reminder = mail.kind == SurveyMail.Kind.REMINDER;
        String link = config.surveyPageUrl() + "/" + recipient.token;
        String optOut = config.surveyPageUrl() + "/opt-out/" + recipient.optOutToken + "?lang=" + recipient.language;
        return Mail.withText(recipient.email, SurveyTexts.subject(recipient.language, survey.title.get(recipient.language), reminder),
                SurveyTexts.body(recipient.language, survey.title.get(recipient.language), link, optOut, reminder));
    }
}
