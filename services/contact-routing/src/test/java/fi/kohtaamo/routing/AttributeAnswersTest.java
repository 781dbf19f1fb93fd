package fi.kohtaamo.routing;

import fi.kohtaamo.problem.Problem;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.routing.domain.AttributeDefinition;
import fi.kohtaamo.routing.service.AttributeAnswers;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AttributeAnswersTest {

    static final List<AttributeDefinition> QUESTIONS = List.of(
            new AttributeDefinition("road_number", "NUMBER", true, List.of()),
            new AttributeDefinition("connection_use", "SINGLE_CHOICE", true, List.of("residential", "agricultural", "business")),
            new AttributeDefinition("topics", "MULTI_CHOICE", false, List.of("noise", "dust")),
            new AttributeDefinition("since", "DATE", false, List.of()),
            new AttributeDefinition("note", "TEXT", false, List.of()));

    @Test
    void answersAreNormalisedToTheirDatatypes() {
        Map<String, Object> answers = AttributeAnswers.check(QUESTIONS, Map.of("road_number", "1234",
                "connection_use", "business", "topics", List.of("noise"), "since", "2026-11-01", "note", "  hello  "));
        assertThat(answers).containsEntry("road_number", 1234).containsEntry("connection_use", "business")
                .containsEntry("topics", List.of("noise")).containsEntry("since", "2026-11-01").containsEntry("note", "hello");
    }

    /** Stored as JSON and compared with what reads back: an answer unlike its reading makes every flush write the contact again. */
    @Test
    void numbersReadBackFromJsonAsTheyWereChecked() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (Object given : List.of("1234", 1234, "3000000000", "12.5", 0.1, "-7", "1.0")) {
            Map<String, Object> answers = AttributeAnswers.check(QUESTIONS, Map.of("road_number", given, "connection_use", "business"));
            assertThat(json.readValue(json.writeValueAsString(answers), Map.class)).as("answer %s", given).isEqualTo(answers);
        }
        // never stored rounded: a number a double cannot hold exactly is refused, naming the field
        for (String given : List.of("1e400", "1e-400", "1234567890.123456789", "99999999999999999999", "1".repeat(100_000))) {
            ProblemException e = catchThrowableOfType(ProblemException.class,
                    () -> AttributeAnswers.check(QUESTIONS, Map.of("road_number", given, "connection_use", "business")));
            assertThat(e).as("answer %s", given).isNotNull();
            assertThat(e.problem().violations()).extracting(Problem.Violation::field).containsExactly("attributes.road_number");
        }
        assertThat(AttributeAnswers.check(QUESTIONS, Map.of("road_number", "1500e3", "connection_use", "business")))
                .containsEntry("road_number", 1500000);
    }

    @Test
    void everyProblemIsReportedAtOnceNamingTheField() {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> AttributeAnswers.check(QUESTIONS,
                Map.of("road_number", "twelve", "topics", List.of("noise", "smell"), "since", "yesterday", "colour", "red")));
        assertThat(e.problem().status()).isEqualTo(400);
        assertThat(e.problem().violations()).extracting(Problem.Violation::field).containsExactlyInAnyOrder(
                "attributes.colour", "attributes.road_number", "attributes.connection_use", "attributes.topics",
                "attributes.since");
        assertThat(e.problem().violations()).filteredOn(v -> v.field().equals("attributes.connection_use"))
                .extracting(Problem.Violation::message).containsExactly("is required");
    }

    @Test
    void aSingleChoiceTakesOneValue() {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> AttributeAnswers.check(QUESTIONS,
                Map.of("road_number", 1, "connection_use", List.of("business", "residential"))));
        assertThat(e.problem().violations()).extracting(Problem.Violation::message).containsExactly("must be a single value");
    }

    @Test
    void aServiceWithoutQuestionsTakesNoAnswers() {
        assertThat(AttributeAnswers.check(List.of(), null)).isEmpty();
        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> AttributeAnswers.check(List.of(), Map.of("x", "y")));
        assertThat(e.problem().violations()).extracting(Problem.Violation::field).containsExactly("attributes.x");
    }
}
