package fi.kohtaamo.webchannel.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The organisation's webhooks (issue 26): the catalogue admin's subscriptions, their secrets and delivery
 * log (WebhookPages).
 * <p>
 * {@code hook:} in templates; texts in messages/hook_fi.properties (the default), hook_sv.properties and
 * hook_en.properties, checked by {@code BundleFilesTest}.
 */
@MessageBundle(value = "hook", locale = "fi")
public interface WebhookMessages {

    @Message
    String hook_heading();

    @Message
    String hook_intro();

    @Message
    String hook_new();

    @Message
    String hook_none();

    @Message
    String hook_back();

    @Message
    String hook_col_url();

    @Message
    String hook_col_description();

    @Message
    String hook_col_event_types();

    @Message
    String hook_col_state();

    @Message
    String hook_state_active();

    @Message
    String hook_state_off();

    @Message
    String hook_state_gone();

    @Message
    String hook_new_heading();

    @Message
    String hook_edit_heading();

    @Message
    String hook_field_url();

    @Message
    String hook_field_url_hint();

    @Message
    String hook_field_description();

    @Message
    String hook_field_description_hint();

    @Message
    String hook_field_event_types();

    @Message
    String hook_field_event_types_hint();

    @Message
    String hook_event_type_name(String t);

    @Message
    String hook_field_active();

    @Message
    String hook_field_active_hint();

    @Message
    String hook_create();

    @Message
    String hook_save();

    @Message
    String hook_actions_heading();

    @Message
    String hook_turn_off();

    @Message
    String hook_turn_on();

    @Message
    String hook_turn_hint();

    @Message
    String hook_rotate();

    @Message
    String hook_rotate_hint();

    @Message
    String hook_test();

    @Message
    String hook_test_hint();

    @Message
    String hook_delete_link();

    @Message
    String hook_delete_heading();

    @Message
    String hook_delete_intro();

    @Message
    String hook_delete_confirm();

    @Message
    String hook_delete_cancel();

    @Message
    String hook_secret_heading();

    @Message
    String hook_secret_created();

    @Message
    String hook_secret_rotated();

    @Message
    String hook_secret_label();

    @Message
    String hook_secret_once();

    @Message
    String hook_secret_previous(String until);

    @Message
    String hook_secret_continue();

    @Message
    String hook_log_heading();

    @Message
    String hook_log_intro();

    @Message
    String hook_log_none();

    @Message
    String hook_log_filter();

    @Message
    String hook_log_all();

    @Message
    String hook_log_show();

    @Message
    String hook_col_created();

    @Message
    String hook_col_event_type();

    @Message
    String hook_col_status();

    @Message
    String hook_col_attempts();

    @Message
    String hook_col_last_code();

    @Message
    String hook_col_last_error();

    @Message
    String hook_col_settled();

    @Message
    String hook_col_send();

    @Message
    String hook_status_name(String s);

    @Message
    String hook_attempts_summary();

    @Message
    String hook_event_id();

    @Message
    String hook_col_attempted_at();

    @Message
    String hook_col_code();

    @Message
    String hook_col_duration();

    @Message
    String hook_col_error();

    @Message
    String hook_attempts_none();

    @Message
    String hook_redeliver();

    @Message
    String notice_hook_saved();

    @Message
    String notice_hook_turned_on();

    @Message
    String notice_hook_turned_off();

    @Message
    String notice_hook_deleted();

    @Message
    String notice_hook_test_sent();

    @Message
    String notice_hook_redelivered();

    @Message
    String hook_error_url_missing();

    @Message
    String hook_error_url_long();

    @Message
    String hook_error_url_invalid();

    @Message
    String hook_error_url_refused();

    @Message
    String hook_error_description();

    @Message
    String hook_error_event_types_none();

    @Message
    String hook_error_event_types_unknown();

    @Message
    String hook_error_conflict();

    @Message
    String hook_error_status();
}
