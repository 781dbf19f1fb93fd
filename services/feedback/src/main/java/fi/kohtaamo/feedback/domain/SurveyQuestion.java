package fi.kohtaamo.feedback.domain;

import java.util.List;
import java.util.Map;

/**
 * A survey question with its texts in fi, sv and en. {@code measure} marks the question whose
 * answers are the survey's satisfaction (CSAT, a 1–5 scale) or recommendation (NPS, 0–10).
 */
public record SurveyQuestion(String code, Kind kind, Map<String, String> text, List<Choice> choices,
                             boolean required, Measure measure) {

    public enum Kind { SCALE_1_5, NPS_0_10, SINGLE_CHOICE, MULTIPLE_CHOICE, FREE_TEXT }

    public enum Measure { CSAT, NPS }

    public record Choice(String code, Map<String, String> text) {
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
