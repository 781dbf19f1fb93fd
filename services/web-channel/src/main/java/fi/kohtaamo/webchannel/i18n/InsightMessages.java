package fi.kohtaamo.webchannel.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The manager's feedback insight: the organisation's feedback themes and its surveys' results
 * (InsightPages).
 * <p>
 * {@code insight:} in templates. The texts are in messages/insight_fi.properties (Finnish, the
 * default), insight_sv.properties and insight_en.properties; {@code BundleFilesTest} checks that
 * the three have the same keys as this interface.
 */
@MessageBundle(value = "insight", locale = "fi")
public interface InsightMessages {

    @Message
    String themes_intro();

    @Message
    String theme_code();

    @Message
    String theme_code_hint();

    @Message
    String theme_name_fi();

    @Message
    String theme_name_sv();

    @Message
    String theme_name_en();

    @Message
    String theme_keywords();

    @Message
    String theme_keywords_hint();

    @Message
    String theme_actions();

    @Message
    String theme_edit();

    @Message
    String theme_delete();

    @Message
    String theme_form();

    @Message
    String theme_save();

    @Message
    String surveys_none();

    @Message
    String survey_title();

    @Message
    String survey_type();

    @Message
    String survey_period();

    @Message
    String survey_open();

    @Message
    String survey_closed();

    @Message
    String survey_close();

    @Message
    String survey_invited();

    @Message
    String survey_responded();

    @Message
    String survey_response_rate();

    @Message
    String survey_suppressed();

    @Message
    String survey_answer();

    @Message
    String survey_count();

    @Message
    String error_theme_code();

    @Message
    String error_theme_name();

    @Message
    String error_theme_keywords();

    @Message
    String notice_feedback_theme_saved();

    @Message
    String notice_feedback_theme_deleted();

    @Message
    String notice_feedback_survey_closed();

    @Message
    String survey_answered(long n);

    @Message
    String survey_average(String a);

    @Message
    String survey_type_name(String t);

    @Message
    String survey_rounds();

    @Message
    String survey_round();

    @Message
    String survey_round_started();

    @Message
    String survey_round_shown(Integer round);

    @Message
    String survey_all_rounds();

    @Message
    String survey_all_rounds_shown();
}
