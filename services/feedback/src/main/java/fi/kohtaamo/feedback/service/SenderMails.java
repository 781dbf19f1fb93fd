package fi.kohtaamo.feedback.service;

import fi.kohtaamo.feedback.domain.Feedback;
import fi.kohtaamo.feedback.domain.SenderMail;
import fi.kohtaamo.mailqueue.MailDelivery;
import fi.kohtaamo.mailqueue.MailQueue;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import fi.kohtaamo.feedback.repository.SenderMailRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * Answers to senders who left an e-mail address: written in the transaction of the reply, sent by
 * a job after it commits (a rolled-back reply sends nothing; a mail server that is down loses
 * nothing), retried with growing pauses ({@link MailQueue}). In the sender's language.
 */
@ApplicationScoped
public class SenderMails {

    private final Mailer mailer;
    private final SenderMailRepository mails;

    public SenderMails(Mailer mailer, SenderMailRepository mails) {
        this.mailer = mailer;
        this.mails = mails;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(Feedback feedback, Instant now) {
        SenderMail mail = new SenderMail();
        mail.feedbackId = feedback.id;
        mail.recipient = feedback.senderEmail;
        mail.subject = subject(feedback);
        mail.body = body(feedback);
        mail.delivery = MailDelivery.queued(now);
        mail.persist();
    }

    @Scheduled(identity = "feedback-sender-mails", every = "${kohtaamo.feedback.mail-every:10s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void job() {
        deliver(Instant.now(), 50);
    }

    /** Sends the mails due; returns how many went out. */
    @Transactional
    public int deliver(Instant now, int batch) {
        return (int) MailQueue.sent(MailQueue.deliver(mails.getEntityManager(), SenderMail.class, "sender_mail", mailer,
                mail -> Mail.withText(mail.recipient, mail.subject, mail.body), now, batch));
    }

    static String subject(Feedback feedback) {
        return switch (feedback.language) {
            case "sv" -> "Svar på din respons " + feedback.reference;
            case "en" -> "An answer to your feedback " + feedback.reference;
            default -> "Vastaus palautteeseesi " + feedback.reference;
        };
    }

    static String body(Feedback feedback) {
        return switch (feedback.language) {
            case "sv" -> "Hej,\n\ntack för din respons (" + feedback.reference + "). Här är vårt svar:\n\n"
                    + feedback.reply + "\n\nSvara inte på detta meddelande.\n\nKohtaamo – myndigheternas kundtjänst\n";
            case "en" -> "Hello,\n\nthank you for your feedback (" + feedback.reference + "). Here is our answer:\n\n"
                    + feedback.reply + "\n\nPlease do not reply to this message.\n\n"
                    + "Kohtaamo – public agencies' customer service\n";
            default -> "Hei,\n\nkiitos palautteestasi (" + feedback.reference + "). Tässä vastauksemme:\n\n"
                    + feedback.reply + "\n\nÄlä vastaa tähän viestiin.\n\nKohtaamo – viranomaisten asiakaspalvelu\n";
        };
    }
}
