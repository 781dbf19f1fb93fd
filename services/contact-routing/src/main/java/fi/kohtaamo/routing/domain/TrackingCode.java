package fi.kohtaamo.routing.domain;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * A contact's human-friendly tracking code, e.g. {@code KH-7QM4-X2PD}: seven random characters
 * and a check character from an alphabet without look-alikes (no 0/O, 1/I/L, U/V), so that a code
 * read over the phone or typed from a letter is either right or visibly wrong.
 */
public final class TrackingCode {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("KH-[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}");
    private static final Pattern IN_TEXT = Pattern.compile("(?i)\\bKH-[0-9A-Z]{4}-[0-9A-Z]{4}\\b");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCode() {
    }

    public static String generate() {
        char[] body = new char[7];
        for (int i = 0; i < body.length; i++) {
            body[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        String payload = new String(body);
        String chars = payload + checkCharacter(payload);
        return "KH-" + chars.substring(0, 4) + "-" + chars.substring(4);
    }

    /** True when the code has the right shape and its check character matches. */
    public static boolean isValid(String code) {
        if (code == null) {
            return false;
        }
        String normalised = normalise(code);
        if (!FORMAT.matcher(normalised).matches()) {
            return false;
        }
        String chars = normalised.substring(3, 7) + normalised.substring(8);
        return chars.charAt(7) == checkCharacter(chars.substring(0, 7));
    }

    /** The first valid tracking code in a text (an e-mail's subject), in any case. */
    public static java.util.Optional<String> findIn(String text) {
        java.util.regex.Matcher matcher = IN_TEXT.matcher(text == null ? "" : text);
        while (matcher.find()) {
            if (isValid(matcher.group())) {
                return java.util.Optional.of(normalise(matcher.group()));
            }
        }
        return java.util.Optional.empty();
    }

    /** Accepts lower case and surrounding spaces, as people type. */
    public static String normalise(String code) {
        return code.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** Luhn mod N over the alphabet: catches every single-character error and most swaps. */
    static char checkCharacter(String payload) {
        int n = ALPHABET.length();
        int factor = 2;
        int sum = 0;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(payload.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / n + addend % n;
        }
        return ALPHABET.charAt((n - sum % n) % n);
    }
}
