package fi.kohtaamo.webchannel.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The agents' and experts' pages: presence, queues, a contact and its actions, a phone contact
 * (WorkPages).
 * <p>
 * {@code work:} in templates. The texts are in messages/work_fi.properties (Finnish, the
 * default), work_sv.properties and work_en.properties; {@code BundleFilesTest} checks that
 * the three have the same keys as this interface.
 */
@MessageBundle(value = "work", locale = "fi")
public interface WorkMessages {

    @Message
    String work_heading();

    @Message
    String work_next();

    @Message
    String work_save();

    @Message
    String work_queues();

    @Message
    String work_no_queues();

    @Message
    String work_waiting();

    @Message
    String work_queue_empty();

    @Message
    String work_service_level();

    @Message
    String work_matter();

    @Message
    String work_take();

    @Message
    String work_handler();

    @Message
    String work_client_name();

    @Message
    String work_client_email();

    @Message
    String work_client_phone();

    @Message
    String work_description();

    @Message
    String work_internal();

    @Message
    String work_transfer();

    @Message
    String work_handover();

    @Message
    String work_resolve();

    @Message
    String work_resolution_code();

    @Message
    String phone_heading();

    @Message
    String phone_log();

    @Message
    String phone_tell_client();

    @Message
    String error_resolution_code();

    @Message
    String notice_presence();

    @Message
    String notice_none_waiting();

    @Message
    String notice_not_available();

    @Message
    String notice_transferred();

    @Message
    String work_take_named(String code);

    @Message
    String work_contact(String code);

    @Message
    String work_first_response_due(String when);

    @Message
    String sla_state(String state);

    @Message
    String work_action(String action);

    @Message
    String work_send(String action);

    @Message
    String staff_entry_kind(String kind);

    @Message
    String work_suggestions();

    @Message
    String work_client();

    @Message
    String work_client_purpose();

    @Message
    String work_client_audited();

    @Message
    String work_client_read();

    @Message
    String work_identity_code();

    @Message
    String work_segments();

    @Message
    String work_client_prefers();

    @Message
    String work_not_preferred_channel();

    @Message
    String error_purpose();

    @Message
    String error_no_client();

    @Message
    String work_reveal_reason();

    @Message
    String work_reveal_audited();

    @Message
    String work_reveal();

    @Message
    String work_identity_code_revealed();

    @Message
    String error_reveal_reason();

    @Message
    String work_expert();

    @Message
    String notices_heading();

    @Message
    String notices_settings();

    @Message
    String notices_unread(long unread);

    @Message
    String notices_none();

    @Message
    String notices_new();

    @Message
    String notices_kind(String kind);

    @Message
    String notices_mark_read();

    @Message
    String notices_email();

    @Message
    String notices_email_hint();

    @Message
    String notices_language();

    @Message
    String notices_kinds();

    @Message
    String notices_kind_column();

    @Message
    String notices_by_email();

    @Message
    String notices_in_workspace();

    @Message
    String notices_saved();

    @Message
    String notices_link(long unread);

    @Message
    String error_notice_email();

    /** Who sees the files attached with a reply (the client) or a note (staff only). */
    @Message
    String work_files_audience(String action);

    // Call-back requests on the contact page (CallAttemptPages, callAttempts.html)
    @Message
    String call_heading();

    @Message
    String call_number();

    @Message
    String call_number_removed();

    @Message
    String call_windows();

    @Message
    String call_attempts();

    @Message
    String call_no_attempts();

    @Message
    String call_suggestion_label();

    @Message
    String call_suggestion(String suggestion);

    @Message
    String call_outcome(String outcome);

    @Message
    String call_outcome_legend();

    @Message
    String call_note();

    @Message
    String call_note_hint();

    @Message
    String call_record();

    @Message
    String error_call_outcome();

    @Message
    String error_call_note();

    @Message
    String error_reply_aid_template();

    @Message
    String error_reply_aid_unavailable();

    @Message
    String error_reply_aid_too_long();

    @Message
    String notice_released();

    @Message
    String notice_offer_declined();

    @Message
    String notice_offer_gone();

    @Message
    String layout_details();

    @Message
    String layout_actions();

    @Message
    String clock_waiting_since(String since);

    @Message
    String clock_paused();

    @Message
    String clock_left(long hours, long minutes);

    @Message
    String actor_kind(String kind);

    @Message
    String transfers_heading();

    @Message
    String transfer_by(String name);

    @Message
    String transfer_queues(String from, String to);

    @Message
    String transfer_queue(String queue);

    @Message
    String transfer_expert(String expert);

    @Message
    String transfer_note(String note);

    @Message
    String release_heading();

    @Message
    String release_note();

    @Message
    String release_hint();

    @Message
    String release_button();

    @Message
    String reopen_heading();

    @Message
    String reopen_reason();

    @Message
    String reopen_hint();

    @Message
    String reopen_button();

    @Message
    String close_heading();

    @Message
    String close_hint();

    @Message
    String close_button();

    @Message
    String closed_note();

    @Message
    String error_reopen_reason();

    @Message
    String offers_heading();

    @Message
    String offers_hint();

    @Message
    String offers_refresh();

    @Message
    String offer_time_left();

    @Message
    String offer_seconds(long seconds);

    @Message
    String offer_expired();

    @Message
    String offer_accept();

    @Message
    String offer_accept_named(String code);

    @Message
    String offer_decline();

    @Message
    String offer_decline_named(String code);

    @Message
    String shortcuts_heading();

    @Message
    String shortcuts_how();

    @Message
    String shortcut_next();

    @Message
    String shortcut_reply();

    @Message
    String shortcut_resolve();

    @Message
    String phone_open_contact(String code);

    @Message
    String phone_log_another();

    @Message
    String work_tags();

    @Message
    String entry_origin(String origin);

    @Message
    String macro_label();

    @Message
    String macro_hint();

    @Message
    String macro_apply();

    @Message
    String error_macro_stale();

    @Message
    String error_macro_choose();
}
