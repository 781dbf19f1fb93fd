package fi.kohtaamo.knowledge.analysis;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FinnishStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * How words become the terms that PostgreSQL indexes and searches (with its {@code simple}
 * configuration, which takes them as they are), the same at publication and at query time:
 * <ul>
 *   <li>each word's Snowball stem (as PostgreSQL's own configurations would give it);</li>
 *   <li>with a dictionary morphology, the word's base forms and its compound parts' base forms:
 *       Finnish from Voikko (liittymäluvan → liittymälupa, liittymä, lupa: consonant gradation and
 *       the parts of a compound), Swedish from Hunspell (anslutningstillståndet → tillstånd …);</li>
 *   <li>every term also without diacritics (ä, å → a; ö → o; é → e), indexed at a lower weight than
 *       the exact form, so that "ymparisto" finds "ympäristö" and an exact match still ranks higher.</li>
 * </ul>
 * A query word without diacritics that the dictionary does not know is also tried with them
 * restored (tyottomaksi → työttömäksi) when the dictionary knows that form.
 *
 * <p>Where libvoikko, its Finnish dictionary or the Swedish Hunspell dictionary is missing, the
 * service still starts: a warning is logged and that language keeps the Snowball stems (and the
 * prefix expansion in {@code SearchTerms}).
 */
@Startup
@ApplicationScoped
public class TextAnalysis {

    private static final Logger LOG = Logger.getLogger(TextAnalysis.class);
    private static final int MAX_WORD = 40;
    /** At most this many letters of a query word are tried with diacritics restored (2^n or 3^n forms). */
    private static final int MAX_RESTORED_LETTERS = 4;
    private static final Map<String, Supplier<SnowballStemmer>> STEMMERS = Map.of(
            "fi", FinnishStemmer::new, "sv", SwedishStemmer::new, "en", EnglishStemmer::new);
    private static final Map<String, CharArraySet> STOP_WORDS = Map.of(
            "fi", FinnishAnalyzer.getDefaultStopSet(), "sv", SwedishAnalyzer.getDefaultStopSet(),
            "en", EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);

    @ConfigProperty(name = "kohtaamo.knowledge.analysis.voikko", defaultValue = "true")
    boolean voikkoWanted;
    @ConfigProperty(name = "kohtaamo.knowledge.analysis.hunspell-sv-affix", defaultValue = "/usr/share/hunspell/sv_SE.aff")
    Path swedishAffix;
    @ConfigProperty(name = "kohtaamo.knowledge.analysis.hunspell-sv-words", defaultValue = "/usr/share/hunspell/sv_SE.dic")
    Path swedishWords;

    private final Map<String, Morphology> morphologies = new HashMap<>();
    private final Cache<String, WordTerms> terms = Caffeine.newBuilder().maximumSize(200_000).build();

    @PostConstruct
    void load() {
        if (voikkoWanted) {
            try {
                morphologies.put("fi", Voikko.load());
            } catch (Throwable e) { // UnsatisfiedLinkError when libvoikko is not installed
                LOG.warnf("Finnish search without morphology (Snowball stems only): libvoikko or its Finnish dictionary is"
                        + " missing (apt-get install libvoikko1 voikko-fi): %s", e.getMessage());
            }
        } else {
            LOG.warn("Finnish search without morphology (Snowball stems only): kohtaamo.knowledge.analysis.voikko=false");
        }
        try {
            morphologies.put("sv", SwedishHunspell.load(swedishAffix, swedishWords));
        } catch (Exception e) {
            LOG.warnf("Swedish search without morphology (Snowball stems only): the Hunspell dictionary %s could not be read"
                    + " (apt-get install hunspell-sv-se): %s", swedishAffix, e.toString());
        }
        LOG.infof("Search analysis: Finnish %s, Swedish %s, English Snowball", morphology("fi"), morphology("sv"));
    }

    /** What analyses a language's words: the morphology's name, or "Snowball" where there is none. */
    public String morphology(String language) {
        Morphology morphology = morphologies.get(language);
        return morphology == null ? "Snowball" : morphology.name();
    }

    /** A text's words in lower case: letters and digits, at most 40 characters each. */
    public static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty() && word.length() <= MAX_WORD).toList();
    }

    public boolean isStopWord(String language, String word) {
        return STOP_WORDS.get(language).contains(word);
    }

    /** The word's Snowball stem. */
    public static String stem(String language, String word) {
        SnowballStemmer stemmer = STEMMERS.get(language).get();
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /**
     * One word's exact terms (lower case): {@code whole}, its stem and base forms; {@code parts},
     * the base forms of its compound parts that are not among them (none for a simple word).
     */
    public record WordTerms(Set<String> whole, Set<String> parts) {

        Set<String> all() {
            Set<String> all = new LinkedHashSet<>(whole);
            all.addAll(parts);
            return all;
        }
    }

    /** The exact terms of one word (lower case): its stem, base forms and compound parts; cached. */
    public Set<String> terms(String language, String word) {
        return wordTerms(language, word).all();
    }

    /** Forgets every word analysed so far (after the warm-up at start, so that the first searches meet an empty cache). */
    public void forgetWords() {
        terms.invalidateAll();
    }

    private WordTerms wordTerms(String language, String word) {
        return terms.get(language + ":" + word, key -> {
            Set<String> whole = new LinkedHashSet<>();
            Set<String> parts = new LinkedHashSet<>();
            whole.add(stem(language, word));
            Morphology morphology = morphologies.get(language);
            if (morphology != null) {
                Morphology.Forms forms = morphology.forms(word);
                forms.bases().stream().filter(TextAnalysis::indexable).forEach(whole::add);
                forms.parts().stream().filter(TextAnalysis::indexable).filter(part -> !whole.contains(part)).forEach(parts::add);
            }
            return new WordTerms(Set.copyOf(whole), Set.copyOf(parts));
        });
    }

    private static boolean indexable(String base) {
        return base.length() <= MAX_WORD && base.chars().allMatch(Character::isLetterOrDigit);
    }

    /** The term without diacritics: ä, å → a, ö → o, é → e and so on. */
    public static String fold(String term) {
        String decomposed = Normalizer.normalize(term, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "");
    }

    /**
     * What PostgreSQL indexes for a published text: its title's and its text's exact terms and
     * the terms that change without diacritics, each a space-separated list in word order.
     */
    public record Indexed(String titleExact, String titleFolded, String bodyExact, String bodyFolded) {
    }

    public Indexed index(String language, String title, String text) {
        StringBuilder titleExact = new StringBuilder();
        StringBuilder titleFolded = new StringBuilder();
        StringBuilder bodyExact = new StringBuilder();
        StringBuilder bodyFolded = new StringBuilder();
        append(language, title, titleExact, titleFolded);
        append(language, text, bodyExact, bodyFolded);
        return new Indexed(titleExact.toString(), titleFolded.toString(), bodyExact.toString(), bodyFolded.toString());
    }

    private void append(String language, String text, StringBuilder exact, StringBuilder folded) {
        for (String word : words(text)) {
            if (isStopWord(language, word)) {
                continue;
            }
            for (String term : terms(language, word)) {
                exact.append(term).append(' ');
                String plain = fold(term);
                if (!plain.equals(term)) {
                    folded.append(plain).append(' ');
                }
            }
        }
    }

    /**
     * A query word's terms: its own and their forms without diacritics, and, for a word the
     * dictionary does not know, the terms of the forms with diacritics restored that it knows,
     * without diacritics (they meet the lower-weighted folded terms of a text). The whole word's
     * terms apart from its compound parts': a text with only one part of a compound ("lupa" for
     * "sijoituslupa") matches the word less well than one with the compound.
     * Both empty for a stop word.
     */
    public WordTerms queryTerms(String language, String word) {
        if (isStopWord(language, word)) {
            return new WordTerms(Set.of(), Set.of());
        }
        WordTerms own = wordTerms(language, word);
        Set<String> whole = withFolded(own.whole());
        Set<String> parts = withFolded(own.parts());
        Morphology morphology = morphologies.get(language);
        if (morphology != null && !morphology.knows(word)) {
            for (String restored : restored(language, word)) {
                if (morphology.knows(restored)) {
                    // only without diacritics, as typed: a text that has the form as typed ranks above one with diacritics
                    WordTerms known = wordTerms(language, restored);
                    known.whole().forEach(term -> whole.add(fold(term)));
                    known.parts().forEach(term -> parts.add(fold(term)));
                }
            }
        }
        parts.removeAll(whole);
        return new WordTerms(whole, parts);
    }

    private static Set<String> withFolded(Set<String> terms) {
        Set<String> result = new LinkedHashSet<>(terms);
        terms.forEach(term -> result.add(fold(term)));
        return result;
    }

    /** The word with its a, o (and in Swedish å for a) written with diacritics in every combination; none if too many. */
    static List<String> restored(String language, String word) {
        List<Integer> places = new ArrayList<>();
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) == 'a' || word.charAt(i) == 'o') {
                places.add(i);
            }
        }
        if (places.isEmpty() || places.size() > MAX_RESTORED_LETTERS) {
            return List.of();
        }
        List<String> forms = new ArrayList<>(List.of(word));
        for (int place : places) {
            List<String> next = new ArrayList<>();
            for (String form : forms) {
                char letter = form.charAt(place);
                next.add(form);
                List<Character> options = letter == 'o' ? List.of('ö') : language.equals("sv") ? List.of('ä', 'å') : List.of('ä');
                for (char option : options) {
                    next.add(form.substring(0, place) + option + form.substring(place + 1));
                }
            }
            forms = next;
        }
        forms.remove(word);
        return forms;
    }
}
