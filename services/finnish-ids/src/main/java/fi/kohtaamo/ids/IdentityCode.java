package fi.kohtaamo.ids;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finnish personal identity code (henkilötunnus), DDMMYYCZZZQ: date of birth, century sign
 * ({@code +} 1800s; {@code -}, {@code U}-{@code Y} 1900s; {@code A}-{@code F} 2000s, the letters
 * other than A and {@code -} in use since 2023), individual number 002-899 (900-999 temporary
 * codes) and a check character: the nine digits modulo 31 in {@code 0123456789ABCDEFHJKLMNPRSTUVWXY}.
 */
public final class IdentityCode {

    private static final Pattern FORMAT = Pattern.compile("(\\d{6})([-+A-FU-Y])(\\d{3})([0-9A-Y])");
    private static final String CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    private IdentityCode() {
    }

    /** The normalised code when valid (upper case, no spaces), otherwise empty. */
    public static Optional<String> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String code = value.strip().toUpperCase(java.util.Locale.ROOT);
        var matcher = FORMAT.matcher(code);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String date = matcher.group(1);
        int individual = Integer.parseInt(matcher.group(3));
        if (individual < 2) {
            return Optional.empty();
        }
        if (birthDate(date, matcher.group(2).charAt(0)).isEmpty()) {
            return Optional.empty();
        }
        int number = Integer.parseInt(date + matcher.group(3));
        if (CHECK_CHARACTERS.charAt(number % 31) != matcher.group(4).charAt(0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }

    public static boolean isValid(String value) {
        return parse(value).isPresent();
    }

    /** Date of birth of a valid code. */
    public static LocalDate birthDate(String validCode) {
        return birthDate(validCode.substring(0, 6), validCode.charAt(6))
                .orElseThrow(() -> new IllegalArgumentException("not a valid identity code"));
    }

    /** A temporary code (individual number 900-999), given before a permanent one. */
    public static boolean isTemporary(String validCode) {
        return Integer.parseInt(validCode.substring(7, 10)) >= 900;
    }

    /**
     * For display to those who may not see the code: the birth date and century sign only,
     * {@code 131052-****}. The check character stays hidden too: with the date known, it narrows
     * the individual number to a few candidates.
     */
    public static String masked(String validCode) {
        return validCode.substring(0, 7) + "****";
    }

    private static Optional<LocalDate> birthDate(String date, char centurySign) {
        int century = switch (centurySign) {
            case '+' -> 1800;
            case '-', 'U', 'V', 'W', 'X', 'Y' -> 1900;
            case 'A', 'B', 'C', 'D', 'E', 'F' -> 2000;
            default -> -1;
        };
        if (century < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(century + Integer.parseInt(date.substring(4, 6)),
                    Integer.parseInt(date.substring(2, 4)), Integer.parseInt(date.substring(0, 2))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
