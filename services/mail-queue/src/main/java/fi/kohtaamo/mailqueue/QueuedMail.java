package fi.kohtaamo.mailqueue;

/** A service's queued e-mail (a row of its mail table): its id and where its delivery is. */
public interface QueuedMail {

    /** The row's id, for the log. */
    Long id();

    MailDelivery delivery();

    /** Keeps the delivery's next state. */
    void delivery(MailDelivery next);
}
