package fi.kohtaamo.webchannel.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The auditor's audit log of the client registry (AuditPages).
 * <p>
 * {@code audit:} in templates; texts in messages/audit_fi.properties (the default),
 * audit_sv.properties and audit_en.properties, checked by {@code BundleFilesTest}.
 */
@MessageBundle(value = "audit", locale = "fi")
public interface AuditMessages {

    @Message
    String audit_heading();

    @Message
    String audit_intro();

    @Message
    String audit_filters();

    @Message
    String audit_client();

    @Message
    String audit_client_hint();

    @Message
    String audit_actor();

    @Message
    String audit_actor_hint();

    @Message
    String audit_from();

    @Message
    String audit_to();

    @Message
    String audit_date_hint();

    @Message
    String audit_show();

    @Message
    String audit_count(int count);

    @Message
    String audit_limited(int count);

    @Message
    String audit_none();

    @Message
    String audit_when();

    @Message
    String audit_organisation();

    @Message
    String audit_action();

    @Message
    String audit_action_name(String code);

    @Message
    String audit_purpose();

    @Message
    String audit_contact();

    @Message
    String audit_csv();

    @Message
    String audit_error_client();

    @Message
    String audit_error_date();

    @Message
    String audit_error_range();

    @Message
    String audit_error_forbidden();
}
