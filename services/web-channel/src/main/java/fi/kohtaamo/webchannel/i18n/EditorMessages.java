package fi.kohtaamo.webchannel.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The content editors' pages: the worklist, a new article, a language version with its workflow
 * steps, versions and diff (EditorPages).
 * <p>
 * {@code edit:} in templates. The texts are in messages/edit_fi.properties (Finnish, the
 * default), edit_sv.properties and edit_en.properties; {@code BundleFilesTest} checks that
 * the three have the same keys as this interface.
 */
@MessageBundle(value = "edit", locale = "fi")
public interface EditorMessages {

    @Message
    String error_tags();

    @Message
    String error_title_required();

    @Message
    String error_title_too_long();

    @Message
    String error_body_too_long();

    @Message
    String error_edit_conflict();

    @Message
    String error_publish_at();

    @Message
    String error_note_too_long();

    @Message
    String error_self_review();

    @Message
    String error_step_not_allowed();

    @Message
    String notice_article_created();

    @Message
    String notice_article_saved();

    @Message
    String notice_article_submit();

    @Message
    String notice_article_approve();

    @Message
    String notice_article_reject();

    @Message
    String notice_article_archive();

    @Message
    String notice_article_details();

    @Message
    String edit_heading();

    @Message
    String edit_new();

    @Message
    String edit_status_filter();

    @Message
    String edit_all();

    @Message
    String edit_show();

    @Message
    String edit_none();

    @Message
    String edit_worklist();

    @Message
    String edit_title();

    @Message
    String edit_status();

    @Message
    String edit_updated();

    @Message
    String edit_views();

    @Message
    String edit_source_language();

    @Message
    String edit_audience();

    @Message
    String edit_services();

    @Message
    String edit_services_hint();

    @Message
    String edit_tags();

    @Message
    String edit_tags_hint();

    @Message
    String edit_body();

    @Message
    String edit_body_hint();

    @Message
    String edit_preview();

    @Message
    String edit_save();

    @Message
    String edit_preview_heading();

    @Message
    String edit_new_translation();

    @Message
    String edit_published();

    @Message
    String edit_publish_at();

    @Message
    String edit_translations();

    @Message
    String edit_translation_status();

    @Message
    String edit_workflow();

    @Message
    String edit_submit();

    @Message
    String edit_publish_at_optional();

    @Message
    String edit_approve();

    @Message
    String edit_reject_note();

    @Message
    String edit_reject();

    @Message
    String edit_archive();

    @Message
    String edit_edit_text();

    @Message
    String edit_write_translation();

    @Message
    String edit_source_text();

    @Message
    String edit_history();

    @Message
    String edit_versions();

    @Message
    String edit_steps();

    @Message
    String edit_by();

    @Message
    String edit_when();

    @Message
    String edit_step();

    @Message
    String edit_note();

    @Message
    String article_status(String s);

    @Message
    String translation_status(String s);

    @Message
    String language_name(String l);

    @Message
    String audience_name(String a);

    @Message
    String edit_most_viewed();

    @Message
    String edit_least_helpful();

    @Message
    String edit_helpful();

    @Message
    String edit_change_details();

    @Message
    String edit_save_details();

    @Message
    String edit_changes();

    @Message
    String edit_diff_hint();

    @Message
    String edit_diff_none();

    @Message
    String edit_compare(int v);

    @Message
    String edit_diff_heading(int from, int to);
}
