package fi.kohtaamo.webchannel.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Automation (issue 26): the supervisor's automation rules, their simulator and the macros
 * (AutomationPages, MacroPages, the shared action rows).
 * <p>
 * {@code auto:} in templates. The texts are in messages/auto_fi.properties (Finnish, the
 * default), auto_sv.properties and auto_en.properties; {@code BundleFilesTest} checks that
 * the three have the same keys as this interface.
 */
@MessageBundle(value = "auto", locale = "fi")
public interface AutomationMessages {

    @Message
    String auto_automation_heading();

    @Message
    String auto_automation_new();

    @Message
    String auto_automation_intro();

    @Message
    String auto_automation_none();

    @Message
    String auto_rule_new_heading();

    @Message
    String auto_rule_edit_heading();

    @Message
    String auto_rule_name();

    @Message
    String auto_rule_enabled();

    @Message
    String auto_rule_triggers();

    @Message
    String auto_rule_when();

    @Message
    String auto_rule_when_hint();

    @Message
    String auto_rule_save();

    @Message
    String auto_rule_delete();

    @Message
    String auto_updated();

    @Message
    String auto_yes();

    @Message
    String auto_no();

    @Message
    String auto_trigger_name(String t);

    @Message
    String auto_condition_name(String f);

    @Message
    String auto_condition_hint(String f);

    @Message
    String auto_actions_heading();

    @Message
    String auto_actions_hint();

    @Message
    String auto_action_legend(int number);

    @Message
    String auto_action_type();

    @Message
    String auto_action_none();

    @Message
    String auto_action_value();

    @Message
    String auto_action_template();

    @Message
    String auto_action_type_name(String t);

    @Message
    String auto_simulate_heading();

    @Message
    String auto_simulate_intro();

    @Message
    String auto_simulate_event();

    @Message
    String auto_simulate_description();

    @Message
    String auto_simulate_run();

    @Message
    String auto_simulate_result(String event);

    @Message
    String auto_simulate_would_run();

    @Message
    String auto_simulate_why();

    @Message
    String auto_macros_heading();

    @Message
    String auto_macros_new();

    @Message
    String auto_macros_intro();

    @Message
    String auto_macros_none();

    @Message
    String auto_macro_name();

    @Message
    String auto_macro_edit_heading();

    @Message
    String auto_macro_save();

    @Message
    String auto_macro_delete();

    @Message
    String notice_automation_created();

    @Message
    String notice_automation_saved();

    @Message
    String notice_automation_deleted();

    @Message
    String notice_macro_created();

    @Message
    String notice_macro_saved();

    @Message
    String notice_macro_deleted();

    @Message
    String error_automation_name();

    @Message
    String error_automation_triggers();

    @Message
    String error_automation_priorities();

    @Message
    String error_automation_waited();

    @Message
    String error_automation_list();

    @Message
    String error_automation_event();

    @Message
    String error_automation_description();

    @Message
    String error_automation_refused();

    @Message
    String error_automation_conflict();

    @Message
    String error_action_type();

    @Message
    String error_action_value();

    @Message
    String error_action_priority();

    @Message
    String error_action_template();

    @Message
    String error_action_subscription();

    @Message
    String error_actions();

    @Message
    String error_macro_name();

    @Message
    String error_macro_name_taken();

    @Message
    String error_macro_conflict();
}
