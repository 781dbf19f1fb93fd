package fi.kohtaamo.webchannel.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The supervisor's set-up pages: queues, business calendars, service-level policies and agents
 * (SetupQueuePages, SetupCalendarPages, SetupPolicyPages, SetupAgentPages).
 * <p>
 * {@code setup:} in templates; texts in messages/setup_fi.properties (the default),
 * setup_sv.properties and setup_en.properties, checked by {@code BundleFilesTest}.
 */
@MessageBundle(value = "setup", locale = "fi")
public interface SetupMessages {

    @Message
    String setup_save();

    @Message
    String setup_none();

    @Message
    String setup_yes();

    @Message
    String setup_no();


    @Message
    String queues_heading();

    @Message
    String queues_new();

    @Message
    String queues_intro();

    @Message
    String queue_code();

    @Message
    String queue_code_hint();

    @Message
    String queue_code_fixed();

    @Message
    String queue_name();

    @Message
    String queue_name_in(String language);

    @Message
    String queue_tier();

    @Message
    String queue_tier_first_line();

    @Message
    String queue_tier_expert();

    @Message
    String queue_tier_name(String tier);

    @Message
    String queue_calendar();

    @Message
    String queue_policy();

    @Message
    String queue_area();

    @Message
    String queue_shared_with();

    @Message
    String queue_shared_hint();

    @Message
    String queue_shared_in();

    @Message
    String queue_no_organisations();

    @Message
    String queue_edit_heading();

    @Message
    String calendars_heading();

    @Message
    String calendars_new();

    @Message
    String calendars_intro();

    @Message
    String calendars_none();

    @Message
    String calendar_name();

    @Message
    String calendar_periods();

    @Message
    String calendar_periods_hint();

    @Message
    String calendar_exceptions();

    @Message
    String calendar_exceptions_hint();

    @Message
    String calendar_public_holidays();

    @Message
    String calendar_edit_heading();

    @Message
    String setup_weekday(int day);

    @Message
    String setup_weekday_short(int day);

    @Message
    String period_opens(int n);

    @Message
    String period_closes(int n);

    @Message
    String exception_row(int n);

    @Message
    String exception_day();

    @Message
    String exception_opens();

    @Message
    String exception_closes();

    @Message
    String exception_reason();

    @Message
    String holidays_heading(int year);

    @Message
    String holidays_year();

    @Message
    String holidays_show();

    @Message
    String holidays_hint();

    @Message
    String holiday_date();

    @Message
    String holiday_name();

    @Message
    String holiday_kind();

    @Message
    String holiday_official();

    @Message
    String holiday_custom();

    @Message
    String policies_heading();

    @Message
    String policies_new();

    @Message
    String policies_intro();

    @Message
    String policies_none();

    @Message
    String policy_name();

    @Message
    String policy_targets();

    @Message
    String policy_targets_hint();

    @Message
    String policy_priority(int p);

    @Message
    String policy_first_response();

    @Message
    String policy_resolution();

    @Message
    String policy_at_risk();

    @Message
    String policy_at_risk_hint();

    @Message
    String policy_raise();

    @Message
    String policy_overflow();

    @Message
    String policy_edit_heading();

    @Message
    String team_heading();

    @Message
    String team_intro();

    @Message
    String team_none();

    @Message
    String agent_name();

    @Message
    String agent_load();

    @Message
    String agent_languages();

    @Message
    String agent_skills();

    @Message
    String agent_skills_hint();

    @Message
    String agent_skill_row(int n);

    @Message
    String agent_skill();

    @Message
    String agent_level();

    @Message
    String agent_capacity();

    @Message
    String agent_capacity_hint();

    @Message
    String agent_queues();

    @Message
    String agent_queue_count();

    @Message
    String agent_edit_heading(String name);

    @Message
    String language_fi();

    @Message
    String language_sv();

    @Message
    String language_en();

    @Message
    String notice_queue_created();

    @Message
    String notice_queue_saved();

    @Message
    String notice_calendar_created();

    @Message
    String notice_calendar_saved();

    @Message
    String notice_policy_created();

    @Message
    String notice_policy_saved();

    @Message
    String notice_agent_saved();

    @Message
    String error_setup_stale();

    @Message
    String error_setup_refused();

    @Message
    String error_setup_taken();

    @Message
    String error_setup_choose();

    @Message
    String error_setup_generic();

    @Message
    String error_queue_code();

    @Message
    String error_queue_name();

    @Message
    String error_calendar_name();

    @Message
    String error_calendar_time();

    @Message
    String error_calendar_order();

    @Message
    String error_calendar_no_periods();

    @Message
    String error_calendar_day();

    @Message
    String error_calendar_reason();

    @Message
    String error_policy_name();

    @Message
    String error_policy_at_risk();

    @Message
    String error_policy_minutes();

    @Message
    String error_policy_order();

    @Message
    String error_policy_no_targets();

    @Message
    String error_agent_skill();

    @Message
    String error_agent_level();

    @Message
    String error_agent_languages();

    @Message
    String error_agent_capacity();
}
