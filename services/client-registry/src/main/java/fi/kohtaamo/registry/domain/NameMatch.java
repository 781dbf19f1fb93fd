package fi.kohtaamo.registry.domain;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How alike two people's names are, for duplicate candidates: case, accents (ä/a, å/a, ö/o),
 * hyphens and extra spaces do not matter; typos lower the score a little (Jaro-Winkler).
 */
public final class NameMatch {

    /** Names at least this alike are worth showing as a possible duplicate. */
    public static final double CANDIDATE_THRESHOLD = 0.88;
    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

    private NameMatch() {
    }

    public static double similarity(String first, String second) {
        return SIMILARITY.apply(normalise(first), normalise(second));
    }

    static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Phone numbers compared by their digits (and a leading +). */
    public static String normalisePhone(String phone) {
        if (phone == null) {
            return null;
        }
        String trimmed = phone.strip();
        return (trimmed.startsWith("+") ? "+" : "") + trimmed.replaceAll("\\D", "");
    }
}
