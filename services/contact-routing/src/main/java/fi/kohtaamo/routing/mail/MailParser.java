package fi.kohtaamo.routing.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a MIME message into a {@link ParsedMail}. Jakarta Mail decodes transfer encodings
 * (quoted-printable, base64) and charsets (UTF-8, ISO-8859-1 and the rest) of text parts and
 * encoded words in headers; this class picks the parts a person wrote (the first text and the
 * first HTML part that are not attachments, through multipart/alternative, mixed and related)
 * and sanitises HTML ({@link MailHtml}); attached files are copied to temporary files.
 */
public final class MailParser {

    /** A contact's text is at most this long: a message pasted with a whole thread stays readable. */
    static final int MAX_TEXT = 20_000;

    private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]+)>");
    private static final int MAX_MESSAGE_ID = 250;
    private static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");

    private MailParser() {
    }

    /** Reads the message; {@code fallbackKey} identifies it when it has no Message-ID (folder, UIDVALIDITY and UID). */
    public static ParsedMail parse(MimeMessage message, String fallbackKey) throws MessagingException, IOException {
        String messageId = message.getMessageID();
        String key = sha256(messageId != null && !messageId.isBlank() ? "id:" + messageId.strip() : fallbackKey);
        InternetAddress from = firstAddress(message.getFrom());
        Bodies bodies = new Bodies();
        collect(message, bodies);
        String html = bodies.html == null ? null : MailHtml.sanitise(bodies.html);
        String text = bodies.text != null ? bodies.text : html != null ? MailHtml.text(html) : "";
        List<String> references = new ArrayList<>(messageIds(message.getHeader("In-Reply-To", " ")));
        references.addAll(messageIds(message.getHeader("References", " ")));
        return new ParsedMail(key, messageIds(messageId).stream().findFirst().orElse(null),
                from == null ? null : from.getAddress().strip().toLowerCase(Locale.ROOT),
                clean(from == null ? null : from.getPersonal(), 200),
                clean(message.getSubject(), 1000),
                limit(normaliseNewlines(text)),
                html,
                references,
                language(message.getHeader("Content-Language", ",")),
                MailClassifier.automatic(message),
                bodies.files);
    }

    /** Message-IDs of a header such as References, without angle brackets, in order. */
    static List<String> messageIds(String header) {
        List<String> ids = new ArrayList<>();
        if (header != null) {
            Matcher matcher = MESSAGE_ID.matcher(header);
            while (matcher.find()) {
                if (matcher.group(1).length() <= MAX_MESSAGE_ID) { // longer is no real Message-ID; not kept nor sent back
                    ids.add(matcher.group(1));
                }
            }
        }
        return ids;
    }

    /** Hex SHA-256 of a value: how keys and senders are kept without the value itself. */
    public static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing", e);
        }
    }

    private static final class Bodies {
        String text;
        String html;
        final List<ParsedMail.File> files = new ArrayList<>();
    }

    private static void collect(Part part, Bodies bodies) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
                || (part.getFileName() != null && !part.isMimeType("multipart/*") && !part.isMimeType("message/*"))) {
            keep(part, bodies);
            return;
        }
        if (part.isMimeType("text/plain") && bodies.text == null) {
            bodies.text = text(part);
        } else if (part.isMimeType("text/html") && bodies.html == null) {
            bodies.html = text(part);
        } else if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), bodies);
            }
        }
    }

    /**
     * Copies an attached file's decoded bytes to a temporary file (never into memory whole); at most
     * {@link #MAX_FILES} of them. Whether each may be attached is contact routing's rule, checked when
     * the message is taken. A file an inline HTML image refers to counts as an attachment too.
     */
    private static void keep(Part part, Bodies bodies) throws MessagingException, IOException {
        if (bodies.files.size() >= MAX_FILES) {
            return;
        }
        Path copy = Files.createTempFile("kohtaamo-mail-", ".part");
        try (InputStream in = part.getInputStream()) {
            long size = Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            bodies.files.add(new ParsedMail.File(fileName(part), copy, size));
        } catch (IOException | MessagingException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
    }

    /** The file's name; mail programs often send it as an RFC 2047 encoded word ("=?UTF-8?Q?...?="). */
    private static String fileName(Part part) throws MessagingException {
        String name = part.getFileName();
        try {
            return name == null ? null : MimeUtility.decodeText(name);
        } catch (UnsupportedEncodingException e) {
            return name;
        }
    }

    /** Attachments taken from one message at most. */
    static final int MAX_FILES = 20;

    /**
     * A text part's content; a charset Java does not know is read as UTF-8 rather than lost, and
     * one the mail does not name at all as {@link #undeclared}.
     */
    private static String text(Part part) throws MessagingException, IOException {
        if (charsetNotNamed(part)) {
            try (var in = part.getInputStream()) {
                return clean(undeclared(in.readAllBytes()), MAX_PART);
            }
        }
        try {
            return clean(part.getContent().toString(), MAX_PART);
        } catch (UnsupportedEncodingException e) {
            try (var in = part.getInputStream()) {
                return clean(new String(in.readAllBytes(), StandardCharsets.UTF_8), MAX_PART);
            }
        }
    }

    private static boolean charsetNotNamed(Part part) throws MessagingException {
        try {
            return new jakarta.mail.internet.ContentType(part.getContentType()).getParameter("charset") == null;
        } catch (jakarta.mail.internet.ParseException e) {
            return false; // left to Jakarta Mail's own reading
        }
    }

    /**
     * Text whose charset the mail does not name (RFC 2045 would say US-ASCII): UTF-8 when the bytes
     * are valid UTF-8, as mail programs and scripts send today, otherwise ISO-8859-1, so that
     * "Lisätieto" is not read as "LisÃ¤tieto" nor lost.
     */
    static String undeclared(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /** The most of a text or HTML part kept (a contact's text is cut shorter still). */
    static final int MAX_PART = 1_000_000;

    /**
     * Without U+0000, which PostgreSQL refuses in text (a mail carrying one, "=00" in
     * quoted-printable, would fail on every pass and stall its mailbox), and at most {@code max}
     * characters.
     */
    static String clean(String value, int max) {
        if (value == null) {
            return null;
        }
        String without = value.indexOf('\u0000') < 0 ? value : value.replace("\u0000", "");
        return without.length() > max ? without.substring(0, max) : without;
    }

    private static InternetAddress firstAddress(Address[] addresses) {
        if (addresses == null) {
            return null;
        }
        for (Address address : addresses) {
            if (address instanceof InternetAddress internet && internet.getAddress() != null) {
                return internet;
            }
        }
        return null;
    }

    private static String language(String header) {
        if (header == null) {
            return null;
        }
        String first = header.split(",")[0].strip().toLowerCase(Locale.ROOT);
        String primary = first.split("-")[0];
        return LANGUAGES.contains(primary) ? primary : null;
    }

    private static String normaliseNewlines(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    private static String limit(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "\n[…]";
    }
}
