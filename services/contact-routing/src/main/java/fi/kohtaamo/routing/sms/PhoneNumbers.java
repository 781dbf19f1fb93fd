package fi.kohtaamo.routing.sms;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A phone number as people write it ({@code 040 123 4567}, {@code +358 40-123 4567},
 * {@code 00358401234567}) in the international form a gateway takes (E.164). A number that
 * is not one (letters, too short or long) is none: the receipt then does not go by SMS.
 */
public final class PhoneNumbers {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-().]");

    private PhoneNumbers() {
    }

    /** A Finnish national number (leading 0) is taken as Finland's (+358). */
    public static Optional<String> international(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String digits = SEPARATORS.matcher(written.strip()).replaceAll("");
        if (digits.startsWith("00")) {
            digits = "+" + digits.substring(2);
        } else if (digits.startsWith("0")) {
            digits = "+358" + digits.substring(1);
        }
        return E164.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }
}
