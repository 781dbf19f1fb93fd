package fi.kohtaamo.routing.domain;

import fi.kohtaamo.problem.ProblemException;

import java.text.Normalizer;

/**
 * A file name as sent by a browser or an agency system, made safe to store and to give back in
 * a {@code Content-Disposition} header: the last path segment only (no folders), NFC-normalised,
 * control and shell-special characters replaced, no leading dots. NUL and overlong names are
 * refused rather than cut, so the sender learns that the name was wrong.
 */
public final class AttachmentName {

    public static final int MAX_LENGTH = 255;
    static final String FALLBACK = "attachment";

    private AttachmentName() {
    }

    /** The stored name; {@code field} is the form field named in the problem. */
    public static String sanitise(String sent, String field) {
        if (sent == null || sent.isBlank()) {
            return FALLBACK;
        }
        if (sent.indexOf('\0') >= 0) {
            throw ProblemException.invalid(field, "the file name must not contain the NUL character (U+0000)");
        }
        String name = Normalizer.normalize(sent, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder safe = new StringBuilder(name.length());
        name.codePoints().forEach(c -> safe.appendCodePoint(Character.isISOControl(c) || "\"*:<>?|;".indexOf(c) >= 0
                || Character.getType(c) == Character.FORMAT ? '_' : c));
        String cleaned = safe.toString().strip().replaceFirst("^\\.+", "").strip();
        if (cleaned.isEmpty()) {
            return FALLBACK;
        }
        if (cleaned.length() > MAX_LENGTH) {
            throw ProblemException.invalid(field, "the file name is longer than " + MAX_LENGTH + " characters");
        }
        return cleaned;
    }
}
