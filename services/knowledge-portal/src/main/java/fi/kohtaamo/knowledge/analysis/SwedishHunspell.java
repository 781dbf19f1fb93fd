package fi.kohtaamo.knowledge.analysis;

import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.hunspell.SortingStrategy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Swedish morphology from Debian's {@code hunspell-sv-se} dictionary read by Lucene's Hunspell:
 * a word's stems (bygglovet → bygglov) and, for a compound the dictionary accepts only through its
 * compounding rules, its parts: the longest known first part, with a linking -s dropped, and the
 * stems of the rest (avfallshanteringsregistret → avfall, hantering, register, and the whole
 * avfallshanteringsregister).
 */
final class SwedishHunspell implements Morphology {

    static final Path AFFIX = Path.of("/usr/share/hunspell/sv_SE.aff");
    static final Path WORDS = Path.of("/usr/share/hunspell/sv_SE.dic");
    private static final int MIN_PART = 3;

    private final Dictionary dictionary;
    private final Hunspell hunspell;

    private SwedishHunspell(Dictionary dictionary) {
        this.dictionary = dictionary;
        this.hunspell = new Hunspell(dictionary);
    }

    static SwedishHunspell load(Path affix, Path words) throws IOException, ParseException {
        try (InputStream affixIn = Files.newInputStream(affix); InputStream wordsIn = Files.newInputStream(words)) {
            return new SwedishHunspell(new Dictionary(affixIn, List.of(wordsIn), true, SortingStrategy.inMemory()));
        }
    }

    @Override
    public boolean knows(String word) {
        return hunspell.spell(word);
    }

    @Override
    public Forms forms(String word) {
        Set<String> bases = new LinkedHashSet<>(hunspell.getRoots(word));
        if (bases.isEmpty() && word.length() >= 2 * MIN_PART && hunspell.spell(word)) {
            List<String> parts = parts(word, 0);
            if (parts.size() >= 2) {
                bases.add(word.substring(0, word.length() - lastLength(word, parts)) + parts.get(parts.size() - 1));
                return new Forms(bases, new LinkedHashSet<>(parts));
            }
        }
        return new Forms(bases, Set.of());
    }

    /** The stem of the last part is at the end of the word; how long the word's last part is. */
    private int lastLength(String word, List<String> parts) {
        String last = parts.get(parts.size() - 1);
        for (int i = word.length() - MIN_PART; i >= 0; i--) {
            if (hunspell.getRoots(word.substring(i)).contains(last)) {
                return word.length() - i;
            }
        }
        return last.length();
    }

    /** The compound's parts: a known first part (its linking -s dropped) and the stems of the rest, longest first part first. */
    private List<String> parts(String word, int depth) {
        if (depth > 3) {
            return List.of();
        }
        for (int split = word.length() - MIN_PART; split >= MIN_PART; split--) {
            String head = word.substring(0, split);
            String tail = word.substring(split);
            List<String> tailParts = new ArrayList<>(hunspell.getRoots(tail));
            if (tailParts.isEmpty()) {
                tailParts = parts(tail, depth + 1);
                if (tailParts.isEmpty()) {
                    continue;
                }
            } else {
                tailParts = List.of(tailParts.get(0));
            }
            for (String candidate : head.endsWith("s") ? List.of(head.substring(0, head.length() - 1), head) : List.of(head)) {
                if (candidate.length() >= MIN_PART && dictionary.lookupEntries(candidate) != null) {
                    List<String> parts = new ArrayList<>();
                    parts.add(candidate);
                    parts.addAll(tailParts);
                    return parts;
                }
            }
        }
        return List.of();
    }

    @Override
    public String name() {
        return "Hunspell sv_SE";
    }
}
