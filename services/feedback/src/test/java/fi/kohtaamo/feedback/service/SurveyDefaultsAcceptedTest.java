package fi.kohtaamo.feedback.service;

import fi.kohtaamo.feedback.domain.Survey;
import fi.kohtaamo.feedback.domain.SurveyDefaults;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The create page posts a type's defaults back unchanged: the service's own checks accept them. */
class SurveyDefaultsAcceptedTest {

    @Test
    void theDefaultsPassTheChecksOfANewSurvey() {
        for (Survey.Type type : Survey.Type.values()) {
            SurveyDefaults.Template template = SurveyDefaults.of(type);
            assertThat(Surveys.texts("title", template.title())).isEqualTo(template.title());
            assertThat(Surveys.questions(template.questions())).as(type.name()).isEqualTo(template.questions());
        }
    }
}
