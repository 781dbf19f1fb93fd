package fi.kohtaamo.routing.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.util.Locale;
import java.util.Set;

/**
 * Tells automatic mail from a person's: out-of-office replies, bounces and delivery reports,
 * mailing lists and bulk mail. Such a message never becomes a contact and never gets a notice
 * (RFC 3834: an automatic responder must not answer automatic mail, or two of them loop).
 */
public final class MailClassifier {

    private static final Set<String> BULK_PRECEDENCE = Set.of("bulk", "list", "junk", "auto_reply");
    private static final Set<String> DAEMON_SENDERS = Set.of("mailer-daemon", "postmaster");

    private MailClassifier() {
    }

    /** Why the message is automatic (a short token, fit for a log), or null for a person's message. */
    public static String automatic(MimeMessage message) throws MessagingException {
        String autoSubmitted = header(message, "Auto-Submitted");
        if (autoSubmitted != null && !autoSubmitted.startsWith("no")) {
            return "auto-submitted"; // RFC 3834: auto-generated, auto-replied, auto-notified
        }
        String precedence = header(message, "Precedence");
        if (precedence != null && BULK_PRECEDENCE.contains(precedence)) {
            return "precedence-" + precedence.replace('_', '-');
        }
        if (header(message, "List-Id") != null || header(message, "List-Unsubscribe") != null
                || header(message, "List-Post") != null) {
            return "mailing-list";
        }
        String returnPath = header(message, "Return-Path");
        if (returnPath != null && returnPath.replaceAll("\\s", "").equals("<>")) {
            return "bounce"; // the null reverse-path of delivery reports and auto-replies
        }
        if (message.isMimeType("multipart/report")) {
            return "delivery-report";
        }
        if (header(message, "X-Autoreply") != null || header(message, "X-Autorespond") != null) {
            return "auto-reply"; // what some mail servers put on their out-of-office replies instead
        }
        String[] from = message.getHeader("From");
        if (from != null && from.length > 0) {
            try {
                String address = new InternetAddress(from[0], false).getAddress();
                String local = address == null ? "" : address.split("@")[0].toLowerCase(Locale.ROOT);
                if (DAEMON_SENDERS.contains(local)) {
                    return "bounce";
                }
            } catch (jakarta.mail.internet.AddressException e) {
                return null; // an unreadable From is a person's problem, not a daemon's signature
            }
        }
        return null;
    }

    private static String header(MimeMessage message, String name) throws MessagingException {
        String value = message.getHeader(name, ",");
        return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
    }
}
