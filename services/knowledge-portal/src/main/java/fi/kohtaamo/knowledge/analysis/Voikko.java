package fi.kohtaamo.knowledge.analysis;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finnish morphology from libvoikko (Debian's {@code libvoikko1} with the {@code voikko-fi}
 * dictionary) through JNA: a word's base forms and the base forms of its compound parts
 * (liittymäluvan → liittymälupa, liittymä, lupa). A Voikko handle is not thread-safe: calls are
 * serialised (an analysis takes microseconds, and {@link TextAnalysis} caches them).
 */
final class Voikko implements Morphology {

    /** The part of libvoikko's C API used here (voikko.h). */
    interface Lib extends Library {
        Pointer voikkoInit(PointerByReference error, String language, String path);

        void voikkoTerminate(Pointer handle);

        int voikkoSpellCstr(Pointer handle, String word);

        Pointer voikkoAnalyzeWordCstr(Pointer handle, String word);

        Pointer voikko_mor_analysis_value_cstr(Pointer analysis, String key);

        void voikko_free_mor_analysis_value_cstr(Pointer value);

        void voikko_free_mor_analysis(Pointer analyses);
    }

    /** WORDBASES: {@code +liittymä(liittymä)+lupa(lupa)}; a part's base form is in parentheses, when it has one. */
    private static final Pattern PART = Pattern.compile("\\+([^+(]+)(?:\\(([^)]*)\\))?");
    private static final int VOIKKO_SPELL_OK = 1;

    private final Lib lib;
    private final Pointer handle;

    private Voikko(Lib lib, Pointer handle) {
        this.lib = lib;
        this.handle = handle;
    }

    /** libvoikko with its Finnish dictionary, or an exception saying what is missing. */
    static Voikko load() {
        Lib lib = Native.load("voikko", Lib.class);
        PointerByReference error = new PointerByReference();
        Pointer handle = lib.voikkoInit(error, "fi", null);
        if (handle == null) {
            Pointer message = error.getValue();
            throw new IllegalStateException("libvoikko found no Finnish dictionary: "
                    + (message == null ? "unknown error" : message.getString(0, "UTF-8")));
        }
        return new Voikko(lib, handle);
    }

    @Override
    public synchronized boolean knows(String word) {
        return lib.voikkoSpellCstr(handle, word) == VOIKKO_SPELL_OK;
    }

    @Override
    public synchronized Forms forms(String word) {
        Set<String> bases = new LinkedHashSet<>();
        Set<String> parts = new LinkedHashSet<>();
        Pointer analyses = lib.voikkoAnalyzeWordCstr(handle, word);
        if (analyses == null) {
            return Forms.NONE;
        }
        try {
            for (int i = 0; ; i++) {
                Pointer analysis = analyses.getPointer((long) i * Native.POINTER_SIZE);
                if (analysis == null) {
                    break;
                }
                String base = value(analysis, "BASEFORM");
                if (base != null) {
                    bases.add(base.toLowerCase(Locale.ROOT));
                }
                String wordBases = value(analysis, "WORDBASES");
                if (wordBases != null) {
                    parts.addAll(parts(wordBases));
                }
            }
        } finally {
            lib.voikko_free_mor_analysis(analyses);
        }
        return new Forms(bases, parts);
    }

    /**
     * The base forms of a compound's parts, when there are two or more. A derivation suffix
     * ({@code +kuljet(kuljettaa)+us(+us)}) joins the part before it, which then counts as written
     * (kuljetus); a part without a base form ({@code +erikois}) counts as written too.
     */
    static List<String> parts(String wordBases) {
        List<String[]> parts = new ArrayList<>(); // {as written, base form or null}
        Matcher matcher = PART.matcher(wordBases);
        while (matcher.find()) {
            String written = matcher.group(1);
            String base = matcher.group(2);
            if (base != null && base.startsWith("+") && !parts.isEmpty()) {
                String[] previous = parts.get(parts.size() - 1);
                parts.set(parts.size() - 1, new String[] {previous[0] + written, null});
            } else {
                parts.add(new String[] {written, base == null || base.isEmpty() ? null : base});
            }
        }
        if (parts.size() < 2) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (String[] part : parts) {
            String term = (part[1] == null ? part[0] : part[1]).toLowerCase(Locale.ROOT);
            if (term.length() >= 2 && term.chars().allMatch(Character::isLetter)) {
                result.add(term);
            }
        }
        return result;
    }

    private String value(Pointer analysis, String key) {
        Pointer value = lib.voikko_mor_analysis_value_cstr(analysis, key);
        if (value == null) {
            return null;
        }
        try {
            return value.getString(0, "UTF-8");
        } finally {
            lib.voikko_free_mor_analysis_value_cstr(value);
        }
    }

    @Override
    public String name() {
        return "Voikko";
    }
}
