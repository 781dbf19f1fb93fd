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

    @Test
    void aKnowledgeQuestionIsAskedOnAFamiliarityScale() {
        SurveyQuestion awareness = SurveyDefaults.of(Survey.Type.AWARENESS_AND_IMAGE).questions().stream()
                .filter(q -> q.code().equals("awareness")).findFirst().orElseThrow();
        assertThat(awareness.scale()).isEqualTo(SurveyQuestion.Scale.FAMILIARITY);
        assertThat(awareness.scale().labels("en")).isEqualTo(new SurveyQuestion.Labels("not at all", "very well"));
        for (Survey.Type type : Survey.Type.values()) {
            for (SurveyQuestion question : SurveyDefaults.of(type).questions()) {
                if (question.kind() == SurveyQuestion.Kind.SCALE_1_5) {
                    assertThat(question.scale()).as(type + " " + question.code()).isNotNull();
                }
            }
        }
        for (SurveyQuestion.Scale scale : SurveyQuestion.Scale.values()) {
            assertThat(scale.allLabels()).containsOnlyKeys("fi", "sv", "en");
        }
    }
}
