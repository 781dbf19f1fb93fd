package fi.kohtaamo.routing.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * One of a service's extra questions as the catalogue defines it: datatype STRING, TEXT, NUMBER,
 * DATE, SINGLE_CHOICE or MULTI_CHOICE, whether it must be answered, and the choices' keys.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AttributeDefinition(String code, String datatype, boolean required, List<String> values) {

    public AttributeDefinition {
        values = values == null ? List.of() : List.copyOf(values);
    }
}
