package fi.kohtaamo.feedback.domain;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Each type's defaults fit its purpose and are a survey the service accepts as it is. */
class SurveyDefaultsTest {

    @Test
    void everyTypeHasDefaultsInThreeLanguages() {
        for (Survey.Type type : Survey.Type.values()) {
            SurveyDefaults.Template template = SurveyDefaults.of(type);
            assertThat(template.type()).isEqualTo(type);
            assertThat(template.title()).containsOnlyKeys("fi", "sv", "en");
            assertThat(template.reminderAfterDays()).isBetween(1, 60);
            Set<String> codes = new HashSet<>();
            for (SurveyQuestion question : template.questions()) {
                assertThat(codes.add(question.code())).as(type + " " + question.code()).isTrue();
                assertThat(question.text()).containsOnlyKeys("fi", "sv", "en");
                question.choices().forEach(choice -> assertThat(choice.text()).containsOnlyKeys("fi", "sv", "en"));
            }
        }
    }

    @Test
    void eachTypeReachesItsOwnAudience() {
        assertThat(SurveyDefaults.of(Survey.Type.STAKEHOLDER).audience()).isEqualTo(SurveyDefaults.AudienceKind.ROLE);
        assertThat(SurveyDefaults.of(Survey.Type.STAKEHOLDER).anonymous()).isFalse();
        assertThat(SurveyDefaults.of(Survey.Type.AWARENESS_AND_IMAGE).audience()).isEqualTo(SurveyDefaults.AudienceKind.SEGMENT);
        assertThat(SurveyDefaults.of(Survey.Type.DIRECT_CLIENT_SATISFACTION).audience()).isEqualTo(SurveyDefaults.AudienceKind.CONTACTS);
        assertThat(SurveyDefaults.of(Survey.Type.DIRECT_CLIENT_SATISFACTION).recurrence()).isEqualTo(SurveyDefaults.Recurrence.QUARTERLY);
        assertThat(SurveyDefaults.of(Survey.Type.INDIRECT_CLIENT_SATISFACTION).anonymous()).isTrue();
    }
}
