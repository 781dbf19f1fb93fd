package fi.kohtaamo.ids;

import java.util.regex.Pattern;

/**
 * Finnish business id (Y-tunnus), e.g. {@code 0245437-2}: seven digits, a hyphen and a check
 * digit with weights 7, 9, 10, 5, 8, 4, 2 modulo 11 (remainder 1 is never issued).
 */
public final class BusinessId {

    private static final Pattern FORMAT = Pattern.compile("\\d{7}-\\d");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

    private BusinessId() {
    }

    public static boolean isValid(String value) {
        if (value == null || !FORMAT.matcher(value).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (value.charAt(i) - '0') * WEIGHTS[i];
        }
        int remainder = sum % 11;
        if (remainder == 1) {
            return false;
        }
        return value.charAt(8) - '0' == (remainder == 0 ? 0 : 11 - remainder);
    }
}
