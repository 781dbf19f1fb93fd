package fi.kohtaamo.routing.domain;

/** First line handles most first contacts; experts take what needs deeper knowledge. */
public enum Tier {
    FIRST_LINE,
    EXPERT
}
