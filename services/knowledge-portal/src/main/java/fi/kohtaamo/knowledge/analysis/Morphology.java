package fi.kohtaamo.knowledge.analysis;

import java.util.Set;

/** A language's dictionary morphology: whether it knows a word, and the word's base forms and compound parts. */
interface Morphology {

    /** Whether the dictionary knows the word as written (lower case). */
    boolean knows(String word);

    /** The word's base forms and the base forms of its compound parts (lower case); empty for an unknown word. */
    Set<String> baseForms(String word);

    String name();
}
