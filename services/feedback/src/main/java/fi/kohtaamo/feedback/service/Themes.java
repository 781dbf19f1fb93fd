package fi.kohtaamo.feedback.service;

import fi.kohtaamo.feedback.domain.FeedbackTheme;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.feedback.repository.FeedbackThemeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** An organisation's feedback themes, and the themes a text's words suggest. */
@ApplicationScoped
public class Themes {

    private final FeedbackThemeRepository themes;

    public Themes(FeedbackThemeRepository themes) {
        this.themes = themes;
    }

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    public record ThemeInput(String nameFi, String nameSv, String nameEn, List<String> keywords) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FeedbackTheme> list(String organisation) {
        return themes.ofOrganisation(organisation);
    }

    @Transactional
    public FeedbackTheme put(String organisation, String code, ThemeInput input) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw ProblemException.invalid("code", "must be 1–40 lower-case letters, digits or dashes");
        }
        require("name.fi", input.nameFi());
        require("name.sv", input.nameSv());
        require("name.en", input.nameEn());
        List<String> keywords = new ArrayList<>();
        for (String keyword : input.keywords() == null ? List.<String>of() : input.keywords()) {
            String normalised = normalise(keyword == null ? "" : keyword).strip();
            if (normalised.isEmpty() || normalised.contains(" ") || normalised.length() > 40) {
                throw ProblemException.invalid("keywords", "each keyword is one word of at most 40 characters");
            }
            keywords.add(normalised);
        }
        FeedbackTheme theme = themes.findById(new FeedbackTheme.Key(organisation, code));
        boolean created = theme == null;
        if (created) {
            theme = new FeedbackTheme();
            theme.organisation = organisation;
            theme.code = code;
        }
        theme.nameFi = input.nameFi().strip();
        theme.nameSv = input.nameSv().strip();
        theme.nameEn = input.nameEn().strip();
        theme.keywords = keywords;
        if (created) {
            theme.persist();
        }
        return theme;
    }

    @Transactional
    public void delete(String organisation, String code) {
        if (!themes.deleteById(new FeedbackTheme.Key(organisation, code))) {
            throw ProblemException.notFound("Theme", code);
        }
    }

    /** Theme codes of the organisation; unknown codes are refused, naming the field. */
    public List<String> check(String organisation, List<String> codes, String field) {
        Set<String> known = new LinkedHashSet<>();
        list(organisation).forEach(theme -> known.add(theme.code));
        Set<String> result = new LinkedHashSet<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            if (!known.contains(code)) {
                throw ProblemException.invalid(field, "unknown theme '" + code + "'");
            }
            result.add(code);
        }
        return new ArrayList<>(result);
    }

    /** The themes whose keywords begin a word of the text, in the theme order. */
    public List<String> suggest(String organisation, String text) {
        return suggest(list(organisation), text);
    }

    static List<String> suggest(List<FeedbackTheme> themes, String text) {
        List<String> words = List.of(WORD_SPLIT.split(normalise(text)));
        List<String> suggested = new ArrayList<>();
        for (FeedbackTheme theme : themes) {
            if (theme.keywords.stream().anyMatch(keyword -> words.stream().anyMatch(word -> word.startsWith(keyword)))) {
                suggested.add(theme.code);
            }
        }
        return suggested;
    }

    /** Lower case; accents other than the Nordic letters kept as they are. */
    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static void require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(field, "is required");
        }
        if (value.length() > 120) {
            throw ProblemException.invalid(field, "is at most 120 characters");
        }
    }
}
