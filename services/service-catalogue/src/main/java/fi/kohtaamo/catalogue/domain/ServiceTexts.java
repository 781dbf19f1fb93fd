package fi.kohtaamo.catalogue.domain;

/** A service's longer texts, each in fi/sv/en (stored as JSON). */
public record ServiceTexts(Localized description, Localized userInstructions, Localized processingTime,
                           Localized validityTime) {

    public static ServiceTexts empty() {
        return new ServiceTexts(null, null, null, null);
    }
}
