package fi.kohtaamo.routing.service;

import fi.kohtaamo.problem.Problem;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.routing.domain.AttributeDefinition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks answers to a service's extra questions against the catalogue's definitions: every
 * required question answered, no unknown ones, each answer of its datatype, choices among the
 * listed keys. All problems are reported at once, each naming {@code attributes.<code>}.
 */
public final class AttributeAnswers {

    static final int MAX_TEXT = 2000;

    private AttributeAnswers() {
    }

    /** The answers, normalised (numbers as numbers, multiple choices as lists); a 400 listing every problem otherwise. */
    public static Map<String, Object> check(List<AttributeDefinition> definitions, Map<String, Object> answers) {
        Map<String, Object> given = answers == null ? Map.of() : answers;
        List<Problem.Violation> violations = new ArrayList<>();
        Map<String, Object> normalised = new LinkedHashMap<>();
        for (String code : given.keySet()) {
            if (definitions.stream().noneMatch(definition -> definition.code().equals(code))) {
                violations.add(new Problem.Violation("attributes." + code, "the service asks no such question"));
            }
        }
        for (AttributeDefinition definition : definitions) {
            Object answer = given.get(definition.code());
            String field = "attributes." + definition.code();
            if (answer == null || (answer instanceof String text && text.isBlank())
                    || (answer instanceof Collection<?> many && many.isEmpty())) {
                if (definition.required()) {
                    violations.add(new Problem.Violation(field, "is required"));
                }
                continue;
            }
            try {
                normalised.put(definition.code(), normalise(definition, answer));
            } catch (IllegalArgumentException e) {
                violations.add(new Problem.Violation(field, e.getMessage()));
            }
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(Problem.of(400, "validation", "Invalid request", "The request has invalid fields")
                    .withViolations(violations));
        }
        return normalised;
    }

    /** The significant digits a number answer may have: as many as a double holds exactly. */
    static final int SIGNIFICANT_DIGITS = 15;

    private static Object normalise(AttributeDefinition definition, Object answer) {
        String datatype = definition.datatype() == null ? "STRING" : definition.datatype();
        return switch (datatype) {
            case "NUMBER" -> number(answer);
            case "DATE" -> date(answer);
            case "SINGLE_CHOICE" -> choice(definition, single(answer));
            case "MULTI_CHOICE" -> {
                List<String> chosen = new ArrayList<>();
                for (Object one : answer instanceof Collection<?> many ? many : List.of(answer)) {
                    chosen.add(choice(definition, single(one)));
                }
                yield List.copyOf(chosen);
            }
            default -> {
                String text = single(answer).strip();
                if (text.length() > MAX_TEXT) {
                    throw new IllegalArgumentException("must be at most " + MAX_TEXT + " characters");
                }
                yield text;
            }
        };
    }

    private static String single(Object answer) {
        if (answer instanceof Collection<?> || answer instanceof Map<?, ?>) {
            throw new IllegalArgumentException("must be a single value");
        }
        return String.valueOf(answer);
    }

    /**
     * The number as JSON reads back: an Integer or Long when whole, else a Double. The answers are
     * a JSON column, and Hibernate compares a contact with its snapshot read back through JSON: a
     * BigDecimal never equals the Integer it becomes, so every flush wrote the new contact again.
     * A Double holds {@value #SIGNIFICANT_DIGITS} significant digits exactly; a number with more is
     * refused rather than stored rounded.
     */
    private static Number number(Object answer) {
        String text = answer instanceof Number number ? number.toString() : single(answer).strip();
        if (text.length() > 40) { // no number of 15 significant digits is written longer; parsed, a long one costs time
            throw new IllegalArgumentException("must have at most " + SIGNIFICANT_DIGITS + " significant digits");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a number");
        }
        value = value.stripTrailingZeros();
        if (value.precision() > SIGNIFICANT_DIGITS) {
            throw new IllegalArgumentException("must have at most " + SIGNIFICANT_DIGITS + " significant digits");
        }
        if (value.scale() <= 0) {
            try {
                long whole = value.longValueExact();
                return whole == (int) whole ? (Number) (int) whole : (Number) whole;
            } catch (ArithmeticException tooLarge) {
                throw new IllegalArgumentException("is too large");
            }
        }
        double approximate = value.doubleValue();
        if (approximate == 0 || Double.isInfinite(approximate)) {
            throw new IllegalArgumentException("is out of range");
        }
        return approximate;
    }

    private static String date(Object answer) {
        String text = single(answer).strip();
        try {
            return LocalDate.parse(text).toString();
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(text).toString();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("must be a date (2026-11-28) or a date and time with offset");
            }
        }
    }

    private static String choice(AttributeDefinition definition, String key) {
        if (!definition.values().contains(key)) {
            throw new IllegalArgumentException("must be one of " + definition.values());
        }
        return key;
    }
}
