package fi.kohtaamo.webchannel.i18n;

import java.util.List;
import java.util.Locale;

/** The three languages of every page; Finnish unless the user chose otherwise. */
public final class Language {

    public static final List<String> SUPPORTED = List.of("fi", "sv", "en");
    public static final String DEFAULT = "fi";
    public static final String COOKIE = "kohtaamo-lang";

    private Language() {
    }

    /** The explicit choice first, then the remembered one, then the browser's preference. */
    public static String resolve(String requested, String remembered, String acceptLanguage) {
        if (isSupported(requested)) {
            return requested;
        }
        if (isSupported(remembered)) {
            return remembered;
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String tag = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                    if (isSupported(tag)) {
                        return tag;
                    }
                }
            } catch (RuntimeException ignored) {
                // a malformed header counts as no preference (JDK 17 throws an index error on "-")
            }
        }
        return DEFAULT;
    }

    public static boolean isSupported(String language) {
        return language != null && SUPPORTED.contains(language);
    }
}
