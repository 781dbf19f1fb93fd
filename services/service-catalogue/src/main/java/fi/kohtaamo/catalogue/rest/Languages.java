package fi.kohtaamo.catalogue.rest;

import java.util.List;
import java.util.Locale;

/** Accept-Language → fi, sv or en (Finnish when nothing matches). */
final class Languages {

    private static final List<String> SUPPORTED = List.of("fi", "sv", "en");

    private Languages() {
    }

    static String pick(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return "fi";
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String language = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                if (SUPPORTED.contains(language)) {
                    return language;
                }
            }
        } catch (IllegalArgumentException ignored) {
            // a malformed header is no preference
        }
        return "fi";
    }
}
