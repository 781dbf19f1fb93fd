package fi.kohtaamo.webchannel.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Good answers: the supervisor's reply-template pages (ReplyTemplatePages) and the reply aids on a
 * contact's page (ReplyAids: a template, an article's text or link inserted into the reply).
 * <p>
 * {@code reply:} in templates. The texts are in messages/reply_fi.properties (Finnish, the
 * default), reply_sv.properties and reply_en.properties; {@code BundleFilesTest} checks that
 * the three have the same keys as this interface.
 */
@MessageBundle(value = "reply", locale = "fi")
public interface ReplyMessages {

    @Message
    String reply_templates_heading();

    @Message
    String reply_templates_intro();

    @Message
    String reply_templates_new();

    @Message
    String reply_templates_none();

    @Message
    String reply_templates_name();

    @Message
    String reply_templates_languages();

    @Message
    String reply_templates_updated();

    @Message
    String reply_template_edit_heading();

    @Message
    String reply_template_text(String l);

    @Message
    String reply_template_placeholders();

    @Message
    String reply_template_save();

    @Message
    String reply_template_delete();

    @Message
    String error_reply_template_name();

    @Message
    String error_reply_template_texts();

    @Message
    String error_reply_template_text();

    @Message
    String error_reply_template_name_taken();

    @Message
    String error_reply_template_conflict();

    @Message
    String notice_reply_template_created();

    @Message
    String notice_reply_template_saved();

    @Message
    String notice_reply_template_deleted();

    @Message
    String reply_aids_heading();

    @Message
    String reply_aids_hint();

    @Message
    String reply_aids_template();

    @Message
    String reply_aids_insert();

    @Message
    String reply_aids_articles();

    @Message
    String reply_aids_insert_text();

    @Message
    String reply_aids_insert_link();

    @Message
    String reply_aids_missing(String names);
}
