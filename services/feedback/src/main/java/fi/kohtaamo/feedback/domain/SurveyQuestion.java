package fi.kohtaamo.feedback.domain;

import java.util.List;
import java.util.Map;

/**
 * A survey question with its texts in fi, sv and en. {@code measure} marks the question whose
 * answers are the survey's satisfaction (CSAT, a 1–5 scale) or recommendation (NPS, 0–10).
 * {@code scale} says what a 1–5 question measures, and so what its end points are called
 * ({@link Scale#SATISFACTION} when none is named, as for every question written before it existed).
 */
public record SurveyQuestion(String code, Kind kind, Map<String, String> text, List<Choice> choices,
                             boolean required, Measure measure, Scale scale) {

    public enum Kind { SCALE_1_5, NPS_0_10, SINGLE_CHOICE, MULTIPLE_CHOICE, FREE_TEXT }

    public enum Measure { CSAT, NPS }

    /** What a 1–5 scale measures, with the names of its end points (1 and 5) in fi, sv and en. */
    public enum Scale {
        SATISFACTION(labels("erittäin tyytymätön", "mycket missnöjd", "very dissatisfied"),
                labels("erittäin tyytyväinen", "mycket nöjd", "very satisfied")),
        FAMILIARITY(labels("en tunne lainkaan", "känner inte alls till", "not at all"),
                labels("tunnen erittäin hyvin", "känner mycket väl till", "very well")),
        AGREEMENT(labels("täysin eri mieltä", "helt av annan åsikt", "strongly disagree"),
                labels("täysin samaa mieltä", "helt av samma åsikt", "strongly agree")),
        LIKELIHOOD(labels("erittäin epätodennäköistä", "mycket osannolikt", "very unlikely"),
                labels("erittäin todennäköistä", "mycket sannolikt", "very likely")),
        EASE(labels("erittäin vaikeaa", "mycket svårt", "very difficult"),
                labels("erittäin helppoa", "mycket lätt", "very easy")),
        IMPRESSION(labels("erittäin kielteinen", "mycket negativ", "very negative"),
                labels("erittäin myönteinen", "mycket positiv", "very positive"));

        private final Map<String, String> low;
        private final Map<String, String> high;

        Scale(Map<String, String> low, Map<String, String> high) {
            this.low = low;
            this.high = high;
        }

        /** The end points' names in a language (fi, sv or en; Finnish for any other). */
        public Labels labels(String language) {
            String lang = low.containsKey(language) ? language : "fi";
            return new Labels(low.get(lang), high.get(lang));
        }

        /** The end points' names in every language, as results show them. */
        public Map<String, Labels> allLabels() {
            return Map.of("fi", labels("fi"), "sv", labels("sv"), "en", labels("en"));
        }

        private static Map<String, String> labels(String fi, String sv, String en) {
            return Map.of("fi", fi, "sv", sv, "en", en);
        }
    }

    /** The names of a scale's lowest (1) and highest (5) point. */
    public record Labels(String min, String max) {
    }

    /** A question without a named scale (a 1–5 question then measures satisfaction). */
    public SurveyQuestion(String code, Kind kind, Map<String, String> text, List<Choice> choices, boolean required,
                          Measure measure) {
        this(code, kind, text, choices, required, measure, null);
    }

    public record Choice(String code, Map<String, String> text) {
    }

    /** What this question's scale measures: its own, else satisfaction for a 1–5 question; null for others. */
    public Scale scaleOrDefault() {
        if (kind != Kind.SCALE_1_5) {
            return null;
        }
        return scale == null ? Scale.SATISFACTION : scale;
    }

    public boolean scored() {
        return kind == Kind.SCALE_1_5 || kind == Kind.NPS_0_10;
    }

    public int min() {
        return kind == Kind.SCALE_1_5 ? 1 : 0;
    }

    public int max() {
        return kind == Kind.SCALE_1_5 ? 5 : 10;
    }
}
