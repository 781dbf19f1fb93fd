package fi.kohtaamo.webchannel.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The citizen's pages: the service map and search, a service's and an article's page, the contact
 * form, the status page, surveys, the feedback form and "my data" (CitizenPages, ServicePages,
 * StatusPages, SurveyPages, FeedbackPages, MyDataPages).
 * <p>
 * {@code citizen:} in templates. The texts are in messages/citizen_fi.properties (Finnish, the
 * default), citizen_sv.properties and citizen_en.properties; {@code BundleFilesTest} checks that
 * the three have the same keys as this interface.
 */
@MessageBundle(value = "citizen", locale = "fi")
public interface CitizenMessages {

    @Message
    String services_heading();

    @Message
    String services_intro();

    @Message
    String contact_button();

    @Message
    String contact_heading(String service);

    @Message
    String contact_heading_general();

    @Message
    String field_description_hint();

    @Message
    String error_description_too_long();

    @Message
    String error_email();

    @Message
    String error_phone();

    @Message
    String field_website();

    @Message
    String error_website();

    @Message
    String error_check();

    @Message
    String error_answer_required();

    @Message
    String error_answer_invalid();

    @Message
    String questions_heading();

    @Message
    String optional();

    @Message
    String sent_heading();

    @Message
    String sent_keep();

    @Message
    String sent_signed_in();

    @Message
    String status_mine();

    @Message
    String status_other();

    @Message
    String status_intro();

    @Message
    String field_secret();

    @Message
    String status_show();

    @Message
    String error_not_found();

    @Message
    String recover_heading();

    @Message
    String recover_intro();

    @Message
    String field_recover_email();

    @Message
    String recover_send();

    @Message
    String recover_sent();

    @Message
    String error_recover_email();

    @Message
    String error_recover_limit();

    @Message
    String error_tracking_code();

    @Message
    String error_closed();

    @Message
    String error_reopen_over();

    @Message
    String entry_kind(String kind);

    @Message
    String status_waiting();

    @Message
    String status_write();

    @Message
    String status_write_reopens();

    @Message
    String status_send();

    @Message
    String feedback_heading();

    @Message
    String feedback_intro();

    @Message
    String feedback_kind();

    @Message
    String feedback_text();

    @Message
    String feedback_email();

    @Message
    String feedback_sent_heading();

    @Message
    String feedback_reference();

    @Message
    String feedback_sent_anonymous();

    @Message
    String error_kind();

    @Message
    String error_feedback_text();

    @Message
    String survey_intro();

    @Message
    String survey_scale_hint();

    @Message
    String survey_nps_hint();

    @Message
    String survey_identified();

    @Message
    String survey_send();

    @Message
    String survey_thanks_heading();

    @Message
    String survey_thanks();

    @Message
    String survey_gone_heading();

    @Message
    String survey_gone();

    @Message
    String survey_not_found_heading();

    @Message
    String survey_not_found();

    @Message
    String status_survey();

    @Message
    String status_removed(String date);

    @Message
    String feedback_sent_reachable(String date);

    @Message
    String search_heading();

    @Message
    String search_services();

    @Message
    String search_articles();

    @Message
    String search_none();

    @Message
    String search_did_you_mean();

    @Message
    String search_missing_words();

    @Message
    String service_description();

    @Message
    String service_instructions();

    @Message
    String service_channels();

    @Message
    String service_no_channels();

    @Message
    String service_always_open();

    @Message
    String service_closed();

    @Message
    String service_hours();

    @Message
    String service_articles();

    @Message
    String service_open_until(String time);

    @Message
    String service_closed_opens(String time);

    @Message
    String weekday(String day);

    @Message
    String my_data_heading();

    @Message
    String my_data_birth_date();

    @Message
    String my_data_municipality();

    @Message
    String my_data_reads();

    @Message
    String my_data_no_reads();

    @Message
    String my_data_when();

    @Message
    String my_data_who();

    @Message
    String my_data_what();

    @Message
    String my_data_why();

    @Message
    String my_data_none();

    @Message
    String my_data_contact_action(String action);

    @Message
    String my_data_contact_purpose(String trackingCode);

    @Message
    String my_data_contact_reads_unavailable();

    @Message
    String browse_heading();

    @Message
    String browse_life_events();

    @Message
    String browse_group();

    @Message
    String browse_life_event();

    @Message
    String browse_target_group();

    @Message
    String browse_all();

    @Message
    String browse_show();

    @Message
    String browse_clear();

    @Message
    String error_filter();

    @Message
    String browse_count(int n);

    @Message
    String suggestions_heading();

    @Message
    String opens_in_new_tab();

    /** The contact was received but a file was refused: the reason, and where to attach it again. */
    @Message
    String sent_files_refused(String reason);

    /** "My data": the files of the citizen's contacts, downloadable as their export refers to them. */
    @Message
    String my_data_files();

    @Message
    String my_data_files_intro();

    @Message
    String my_data_files_unavailable();

    /** The citizen themself in the read log (their own download of a file). */
    @Message
    String my_data_you();

    @Message
    String my_data_own_copy(String trackingCode);

    // Call-back requests (CallBackPages)

    @Message
    String callback_button();

    @Message
    String callback_heading(String service);

    @Message
    String callback_heading_general();

    @Message
    String callback_intro();

    @Message
    String callback_unavailable();

    @Message
    String callback_no_times();

    @Message
    String callback_phone();

    @Message
    String callback_phone_hint();

    @Message
    String callback_times();

    @Message
    String callback_times_hint();

    @Message
    String callback_description();

    @Message
    String callback_description_hint();

    @Message
    String callback_language();

    @Message
    String callback_submit();

    @Message
    String callback_write_instead();

    @Message
    String callback_sent_heading();

    @Message
    String callback_sent_intro();

    @Message
    String error_callback_phone();

    @Message
    String error_callback_times();

    @Message
    String error_callback_too_many();

    @Message
    String error_callback_times_closed();
}
