package fi.kohtaamo.webchannel.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The catalogue admin's pages (CatalogueAdminPages): services, organisations and the PTV import.
 * <p>
 * {@code catadmin:} in templates; texts in messages/catadmin_fi.properties (the default),
 * catadmin_sv.properties and catadmin_en.properties, checked by {@code BundleFilesTest}.
 */
@MessageBundle(value = "catadmin", locale = "fi")
public interface CatAdminMessages {

    @Message
    String cat_heading();

    @Message
    String cat_intro();

    @Message
    String cat_nav_organisations();

    @Message
    String cat_nav_ptv();

    @Message
    String cat_new_service();

    @Message
    String cat_none();

    @Message
    String cat_col_code();

    @Message
    String cat_col_name();

    @Message
    String cat_col_status();

    @Message
    String cat_col_missing();

    @Message
    String cat_missing_none();

    @Message
    String cat_status(String code);

    @Message
    String cat_group(String code);

    @Message
    String cat_ptv_type(String code);

    @Message
    String cat_service_new_heading();

    @Message
    String cat_service_edit_heading();

    @Message
    String cat_field_code();

    @Message
    String cat_field_code_hint();

    @Message
    String cat_field_group();

    @Message
    String cat_field_ptv_type();

    @Message
    String cat_texts_heading();

    @Message
    String cat_field_name(String language);

    @Message
    String cat_field_summary(String language);

    @Message
    String cat_field_description(String language);

    @Message
    String cat_field_queue();

    @Message
    String cat_field_queue_hint();

    @Message
    String cat_field_area();

    @Message
    String cat_area_none();

    @Message
    String cat_questions_heading();

    @Message
    String cat_questions_intro();

    @Message
    String cat_question_legend(int number);

    @Message
    String cat_question_new_legend();

    @Message
    String cat_question_code();

    @Message
    String cat_question_type();

    @Message
    String cat_datatype(String code);

    @Message
    String cat_question_required();

    @Message
    String cat_question_text(String language);

    @Message
    String cat_question_choices();

    @Message
    String cat_question_remove();

    @Message
    String cat_save();

    @Message
    String cat_publish();

    @Message
    String cat_withdraw();

    @Message
    String cat_history_heading();

    @Message
    String cat_history_version();

    @Message
    String cat_history_action();

    @Message
    String cat_history_action_name(String code);

    @Message
    String cat_history_who();

    @Message
    String cat_history_when();

    @Message
    String cat_history_what();

    @Message
    String cat_notice(String code);

    @Message
    String cat_error_code();

    @Message
    String cat_error_code_taken();

    @Message
    String cat_error_name();

    @Message
    String cat_error_text();

    @Message
    String cat_error_queue();

    @Message
    String cat_error_area();

    @Message
    String cat_error_question();

    @Message
    String cat_error_choices();

    @Message
    String cat_error_conflict();

    @Message
    String cat_error_publish();

    @Message
    String cat_error_refused();

    @Message
    String cat_orgs_heading();

    @Message
    String cat_orgs_intro();

    @Message
    String cat_orgs_code();

    @Message
    String cat_orgs_units();

    @Message
    String cat_orgs_own();

    @Message
    String cat_ptv_heading();

    @Message
    String cat_ptv_intro();

    @Message
    String cat_ptv_document();

    @Message
    String cat_ptv_document_hint();

    @Message
    String cat_ptv_default_group();

    @Message
    String cat_ptv_default_queue();

    @Message
    String cat_ptv_preview();

    @Message
    String cat_ptv_plan_heading();

    @Message
    String cat_ptv_done_heading();

    @Message
    String cat_ptv_apply();

    @Message
    String cat_ptv_section(String code);

    @Message
    String cat_ptv_kind(String code);

    @Message
    String cat_ptv_object();

    @Message
    String cat_ptv_change();

    @Message
    String cat_ptv_fields();

    @Message
    String cat_ptv_counts(int created, int updated, int unchanged);

    @Message
    String cat_ptv_error_document();

    @Message
    String cat_ptv_error_group();

    @Message
    String cat_ptv_error_queue();

    @Message
    String cat_chart_areas();

    @Message
    String cat_chart_areas_desc();

    @Message
    String cat_chart_no_area();

    @Message
    String cat_nav_channels();

    @Message
    String cat_channels_heading();

    @Message
    String cat_channels_intro();

    @Message
    String cat_channels_none();

    @Message
    String cat_col_kind();

    @Message
    String cat_col_today();

    @Message
    String cat_today_closed();

    @Message
    String cat_today_always();

    @Message
    String cat_channel_type(String type);

    @Message
    String cat_channel_heading(String name);

    @Message
    String cat_field_always_open();

    @Message
    String cat_field_holidays();

    @Message
    String cat_weekly_heading();

    @Message
    String cat_weekly_intro();

    @Message
    String cat_day(String day);

    @Message
    String cat_field_from(int n);

    @Message
    String cat_field_to(int n);

    @Message
    String cat_exceptions_heading();

    @Message
    String cat_exceptions_intro();

    @Message
    String cat_exception_legend(int n);

    @Message
    String cat_exception_new();

    @Message
    String cat_field_date();

    @Message
    String cat_field_closed();

    @Message
    String cat_field_day_from(int n);

    @Message
    String cat_field_day_to(int n);

    @Message
    String cat_field_note(String l);

    @Message
    String cat_save_hours();

    @Message
    String cat_channel_saved();

    @Message
    String cat_channel_conflict();

    @Message
    String cat_error_hours_time();

    @Message
    String cat_error_hours_date();

    @Message
    String cat_error_hours_note();
}
