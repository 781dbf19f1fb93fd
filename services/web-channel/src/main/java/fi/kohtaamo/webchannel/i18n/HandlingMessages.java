package fi.kohtaamo.webchannel.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The feedback handlers' pages: the feedback queue and a feedback's handling steps
 * (FeedbackHandlingPages).
 * <p>
 * {@code handle:} in templates. The texts are in messages/handle_fi.properties (Finnish, the
 * default), handle_sv.properties and handle_en.properties; {@code BundleFilesTest} checks that
 * the three have the same keys as this interface.
 */
@MessageBundle(value = "handle", locale = "fi")
public interface HandlingMessages {

    @Message
    String handle_heading();

    @Message
    String handle_filter_status();

    @Message
    String handle_filter_kind();

    @Message
    String handle_only_overdue();

    @Message
    String handle_show();

    @Message
    String handle_all();

    @Message
    String handle_none();

    @Message
    String handle_table();

    @Message
    String handle_reference();

    @Message
    String handle_received();

    @Message
    String handle_reply_due();

    @Message
    String handle_overdue();

    @Message
    String handle_handler();

    @Message
    String handle_text();

    @Message
    String handle_service();

    @Message
    String handle_channel();

    @Message
    String handle_sender();

    @Message
    String handle_anonymous();

    @Message
    String handle_no_address();

    @Message
    String handle_answered();

    @Message
    String handle_claim();

    @Message
    String handle_release();

    @Message
    String handle_reopen();

    @Message
    String handle_reply();

    @Message
    String handle_send_reply();

    @Message
    String handle_close_note();

    @Message
    String handle_close();

    @Message
    String handle_themes();

    @Message
    String handle_suggested();

    @Message
    String handle_save_themes();

    @Message
    String handle_no_themes();

    @Message
    String handle_history();

    @Message
    String error_feedback_not_allowed();

    @Message
    String notice_feedback_claim();

    @Message
    String notice_feedback_release();

    @Message
    String notice_feedback_reopen();

    @Message
    String notice_feedback_reply();

    @Message
    String notice_feedback_close();

    @Message
    String notice_feedback_themes();

    @Message
    String feedback_status(String s);

    @Message
    String feedback_entry(String k);

    @Message
    String themes_heading();

    @Message
    String surveys_heading();
}
