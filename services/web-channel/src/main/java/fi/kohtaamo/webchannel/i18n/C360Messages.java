package fi.kohtaamo.webchannel.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The client 360 page of a contact (Client360Pages): the client, relations, roles, segments, contacts,
 * feedback and survey answers, and linking, unlinking or registering the contact's client.
 * <p>
 * {@code c360:} in templates; texts in messages/c360_fi.properties (the default), c360_sv.properties
 * and c360_en.properties, checked by {@code BundleFilesTest}.
 */
@MessageBundle(value = "c360", locale = "fi")
public interface C360Messages {

    @Message
    String c360_open();

    @Message
    String c360_heading(String code);

    @Message
    String c360_back();

    @Message
    String c360_no_client();

    @Message
    String c360_read_intro();

    @Message
    String c360_purpose();

    @Message
    String c360_purpose_hint();

    @Message
    String c360_show();

    @Message
    String c360_record();

    @Message
    String c360_kind(String kind);

    @Message
    String c360_kind_label();

    @Message
    String c360_birth_date();

    @Message
    String c360_relations();

    @Message
    String c360_relation_kind(String kind);

    @Message
    String c360_relation_with();

    @Message
    String c360_relation_as();

    @Message
    String c360_relation_valid();

    @Message
    String c360_roles();

    @Message
    String c360_role(String role);

    @Message
    String c360_since(String since);

    @Message
    String c360_segments();

    @Message
    String c360_open_matters();

    @Message
    String c360_earlier();

    @Message
    String c360_feedback();

    @Message
    String c360_feedback_kind(String kind);

    @Message
    String c360_survey_answers();

    @Message
    String c360_none();

    @Message
    String c360_unavailable();

    @Message
    String c360_received();

    @Message
    String c360_reference();

    @Message
    String c360_answer();

    @Message
    String c360_unlink_heading();

    @Message
    String c360_unlink_confirm();

    @Message
    String c360_unlink();

    @Message
    String c360_find_heading();

    @Message
    String c360_find_hint();

    @Message
    String c360_find_name();

    @Message
    String c360_find_phone();

    @Message
    String c360_find_identity_code();

    @Message
    String c360_find_business_id();

    @Message
    String c360_find();

    @Message
    String c360_find_purpose(String code);

    @Message
    String c360_results();

    @Message
    String c360_results_none();

    @Message
    String c360_choose();

    @Message
    String c360_link();

    @Message
    String c360_register_heading();

    @Message
    String c360_register_hint();

    @Message
    String c360_first_name();

    @Message
    String c360_last_name();

    @Message
    String c360_org_name();

    @Message
    String c360_email();

    @Message
    String c360_register();

    @Message
    String c360_linked();

    @Message
    String c360_unlinked();

    @Message
    String error_c360_purpose();

    @Message
    String error_c360_find();

    @Message
    String error_c360_identity_code();

    @Message
    String error_c360_business_id();

    @Message
    String error_c360_phone();

    @Message
    String error_c360_choose();

    @Message
    String error_c360_confirm();

    @Message
    String error_c360_first_name();

    @Message
    String error_c360_last_name();

    @Message
    String error_c360_org_name();

    @Message
    String error_c360_email();

    @Message
    String error_c360_duplicate();

    @Message
    String error_c360_closed();

    @Message
    String error_c360_not_allowed();
}
