package fi.kohtaamo.knowledge.analysis;

import java.util.Set;

/** A language's dictionary morphology: whether it knows a word, and the word's base forms and compound parts. */
interface Morphology {

    /** Whether the dictionary knows the word as written (lower case). */
    boolean knows(String word);

    /** The word's base forms and, apart, the base forms of its compound parts (lower case); empty for an unknown word. */
    Forms forms(String word);

    String name();

    /** {@code bases}: the whole word's base forms; {@code parts}: its compound parts' (none for a simple word). */
    record Forms(Set<String> bases, Set<String> parts) {

        static final Forms NONE = new Forms(Set.of(), Set.of());
    }
}
