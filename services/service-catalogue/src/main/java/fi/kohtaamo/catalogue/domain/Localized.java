package fi.kohtaamo.catalogue.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.ArrayList;
import java.util.List;

/** A text in Finnish, Swedish and English; a missing translation stays null, never filled in. */
public record Localized(String fi, String sv, String en) {

    public static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    public static Localized of(LocalizedText text) {
        return text == null ? new Localized(null, null, null) : new Localized(text.fi, text.sv, text.en);
    }

    public String in(String language) {
        return switch (language) {
            case "sv" -> sv;
            case "en" -> en;
            default -> fi;
        };
    }

    /** The text in a language, or the first present one in fi, sv, en order. */
    public String inOrFallback(String language) {
        String text = in(language);
        if (text != null && !text.isBlank()) {
            return text;
        }
        for (String other : LANGUAGES) {
            String candidate = in(other);
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return null;
    }

    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        for (String language : LANGUAGES) {
            String text = in(language);
            if (text == null || text.isBlank()) {
                missing.add(language);
            }
        }
        return missing;
    }

    @JsonIgnore
    public boolean isEmpty() {
        return missing().size() == LANGUAGES.size();
    }
}
