package fi.kohtaamo.webchannel.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The manager's survey sending and the recipients' opt-out page (SurveySendingPages, SurveyOptOutPages).
 * <p>
 * {@code send:} in templates; texts in messages/send_fi.properties (the default), send_sv.properties
 * and send_en.properties, checked by {@code BundleFilesTest}.
 */
@MessageBundle(value = "send", locale = "fi")
public interface SendingMessages {

    @Message
    String send_new_heading();

    @Message
    String send_choose_type();

    @Message
    String send_type_purpose(String t);

    @Message
    String send_title(String l);

    @Message
    String send_questions();

    @Message
    String send_kind(String k);

    @Message
    String send_anonymous();

    @Message
    String send_anonymous_hint();

    @Message
    String send_reminder_days();

    @Message
    String send_reminder_hint();

    @Message
    String send_create();

    @Message
    String send_heading();

    @Message
    String send_results();

    @Message
    String send_is_anonymous();

    @Message
    String send_reminder_after(String days);

    @Message
    String send_delivery();

    @Message
    String send_recipients();

    @Message
    String send_invitations_sent();

    @Message
    String send_reminders_sent();

    @Message
    String send_answered();

    @Message
    String send_opted_out();

    @Message
    String send_audience_heading();

    @Message
    String send_audience();

    @Message
    String send_audience_segment();

    @Message
    String send_segment();

    @Message
    String send_audience_role();

    @Message
    String send_role();

    @Message
    String send_role_name(String r);

    @Message
    String send_audience_channel();

    @Message
    String send_channel();

    @Message
    String send_channel_name(String c);

    @Message
    String send_days();

    @Message
    String send_preview(Integer found, Integer optedOut, Integer alreadySent, Integer toSend);

    @Message
    String send_count();

    @Message
    String send_send();

    @Message
    String send_remind_heading();

    @Message
    String send_remind_hint();

    @Message
    String send_remind();

    @Message
    String notice_send_created();

    @Message
    String notice_send_sent();

    @Message
    String notice_send_reminded();

    @Message
    String error_send_title();

    @Message
    String error_send_reminder();

    @Message
    String error_send_questions();

    @Message
    String error_send_refused();

    @Message
    String error_send_audience();

    @Message
    String error_send_segment();

    @Message
    String error_send_role();

    @Message
    String error_send_channel();

    @Message
    String error_send_days();

    @Message
    String error_send_stale();

    @Message
    String error_send_conflict();

    @Message
    String error_send_unavailable();

    @Message
    String optout_heading();

    @Message
    String optout_ask();

    @Message
    String optout_confirm();

    @Message
    String optout_done();

    @Message
    String optout_unknown();

    @Message
    String send_types_heading();

    @Message
    String send_types_caption(Integer days);

    @Message
    String send_types_invited();

    @Message
    String send_types_hidden(Integer minimum);

    @Message
    String send_recur_heading();

    @Message
    String send_recur_hint();

    @Message
    String send_recur_every();

    @Message
    String send_recur_unit();

    @Message
    String send_recur_unit_name(String u);

    @Message
    String send_recur_audience_channel();

    @Message
    String send_recur_current(Integer every, String unit);

    @Message
    String send_recur_next(String date);

    @Message
    String send_recur_rounds(Integer rounds);

    @Message
    String send_recur_none();

    @Message
    String send_recur_save();

    @Message
    String send_recur_stop();

    @Message
    String notice_send_repeating();

    @Message
    String notice_send_stopped();

    @Message
    String error_send_unit();

    @Message
    String error_send_every_weeks();

    @Message
    String error_send_every_months();
}
