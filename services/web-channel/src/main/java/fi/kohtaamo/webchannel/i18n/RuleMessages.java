package fi.kohtaamo.webchannel.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The supervisor's routing rules: the rule form and the names of channels, conditions and
 * notices that the rules list shares (RuleEditorPages, ManagerPages).
 * <p>
 * {@code rule:} in templates. The texts are in messages/rule_fi.properties (Finnish, the
 * default), rule_sv.properties and rule_en.properties; {@code BundleFilesTest} checks that
 * the three have the same keys as this interface.
 */
@MessageBundle(value = "rule", locale = "fi")
public interface RuleMessages {

    @Message
    String rule_new_heading();

    @Message
    String rule_edit_heading();

    @Message
    String rule_name();

    @Message
    String rule_position();

    @Message
    String rule_position_hint();

    @Message
    String rule_enabled();

    @Message
    String rule_when();

    @Message
    String rule_when_hint();

    @Message
    String rule_services();

    @Message
    String rule_groups();

    @Message
    String rule_channels();

    @Message
    String rule_languages();

    @Message
    String rule_keywords();

    @Message
    String rule_keywords_hint();

    @Message
    String rule_segments();

    @Message
    String rule_list_hint();

    @Message
    String rule_municipalities();

    @Message
    String rule_municipalities_hint();

    @Message
    String rule_preferred_channel();

    @Message
    String rule_preferred_channel_hint();

    @Message
    String rule_preferred_any();

    @Message
    String rule_preferred_yes();

    @Message
    String rule_preferred_no();

    @Message
    String rule_then();

    @Message
    String rule_choose_queue();

    @Message
    String rule_priority_default();

    @Message
    String rule_skills();

    @Message
    String rule_skills_hint();

    @Message
    String rule_save();

    @Message
    String rule_delete();

    @Message
    String rule_delete_hint();

    @Message
    String rules_new();

    @Message
    String error_rule_name();

    @Message
    String error_rule_position();

    @Message
    String error_rule_priority();

    @Message
    String error_rule_skills();

    @Message
    String error_rule_keywords();

    @Message
    String error_rule_preferred_channel();

    @Message
    String error_rule_conflict();

    @Message
    String error_rule_refused();

    @Message
    String notice_rule_created();

    @Message
    String notice_rule_saved();

    @Message
    String notice_rule_deleted();

    @Message
    String rule_kept(String conditions);

    @Message
    String channel_name(String c);
}
