package fi.kohtaamo.routing.mail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What routing takes from one e-mail: read from the IMAP server outside any transaction, then
 * handled in one. Personal data (the address, the name, the texts) stays in here and in the
 * contact; logs and events get none of it.
 *
 * @param messageKey  SHA-256 of the Message-ID (of the folder's UID when the message has none): the idempotency key
 * @param messageId   the Message-ID without angle brackets, which a reply names in In-Reply-To; null when it has none
 * @param sender      the From address, lower case; null when the message has none
 * @param senderName  the From display name, decoded
 * @param subject     the decoded subject, possibly empty
 * @param text        the plain text: the text part, or the text of the sanitised HTML part
 * @param html        the HTML part, sanitised; null when the message has none
 * @param references  Message-IDs from In-Reply-To and References, without angle brackets
 * @param language    fi, sv or en from Content-Language; null when it does not say
 * @param automatic   why the message is automatic mail (RFC 3834 and kin); null for a person's message
 * @param files       the message's attachments, each in a temporary file that the reader deletes after the message is taken
 */
public record ParsedMail(String messageKey, String messageId, String sender, String senderName, String subject, String text,
                         String html, List<String> references, String language, String automatic, List<File> files) {

    /** An attached file: the name the sender gave it, a temporary copy of its decoded bytes, their count. */
    public record File(String fileName, Path content, long size) {
    }

    public ParsedMail {
        subject = subject == null ? "" : subject.strip();
        text = text == null ? "" : text;
        references = references == null ? List.of() : List.copyOf(references);
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** Deletes the attachments' temporary copies. */
    public void deleteFiles() {
        for (File file : files) {
            try {
                Files.deleteIfExists(file.content());
            } catch (IOException ignored) {
                // the system's temporary folder: cleared in time anyway
            }
        }
    }
}
