package fi.kohtaamo.catalogue.domain;

import java.util.List;

/**
 * An extra question a contact form asks for a service: an Open311 service-definition attribute.
 * Datatypes: STRING, TEXT, NUMBER, DATE (Open311: datetime), SINGLE_CHOICE (singlevaluelist),
 * MULTI_CHOICE (multivaluelist); choices have keys and fi/sv/en names.
 */
public record AttributeDefinition(String code, Datatype datatype, boolean required, int order,
                                  Localized description, List<Choice> values) {

    public AttributeDefinition {
        values = values == null ? List.of() : List.copyOf(values);
    }

    public enum Datatype {
        STRING("string"),
        TEXT("text"),
        NUMBER("number"),
        DATE("datetime"),
        SINGLE_CHOICE("singlevaluelist"),
        MULTI_CHOICE("multivaluelist");

        private final String open311;

        Datatype(String open311) {
            this.open311 = open311;
        }

        public String open311() {
            return open311;
        }

        public boolean hasChoices() {
            return this == SINGLE_CHOICE || this == MULTI_CHOICE;
        }
    }

    public record Choice(String key, Localized name) {
    }
}
