package fi.kohtaamo.webchannel.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What every page shares: the frame (title, skip link, languages, navigation, sign-in), the error
 * summary, the search box, the not-found and unavailable pages, and the texts (errors, states) that
 * pages of more than one audience show.
 * <p>
 * {@code site:} in templates. The texts are in messages/site_fi.properties (Finnish, the
 * default), site_sv.properties and site_en.properties; {@code BundleFilesTest} checks that
 * the three have the same keys as this interface.
 */
@MessageBundle(value = "site", locale = "fi")
public interface SiteMessages {

    @Message
    String site_title();

    @Message
    String skip_to_content();

    @Message
    String language_label();

    @Message
    String sign_in();

    @Message
    String sign_out();

    @Message
    String signed_in_as(String name);

    @Message
    String service_unknown();

    @Message
    String field_service();

    @Message
    String field_description();

    @Message
    String field_language();

    @Message
    String field_name();

    @Message
    String field_email();

    @Message
    String field_phone();

    @Message
    String submit();

    @Message
    String errors_heading();

    @Message
    String error_description_required();

    @Message
    String error_service();

    @Message
    String error_generic();

    @Message
    String error_unavailable();

    @Message
    String answer_choose();

    @Message
    String sent_tracking_code();

    @Message
    String sent_secret();

    @Message
    String back_home();

    @Message
    String status_heading();

    @Message
    String status_received();

    @Message
    String field_tracking_code();

    @Message
    String error_message_required();

    @Message
    String status_state();

    @Message
    String state(String state);

    @Message
    String resolution(String code);

    @Message
    String status_justification();

    @Message
    String status_history();

    @Message
    String lang_fi();

    @Message
    String lang_sv();

    @Message
    String lang_en();

    @Message
    String group(String group);

    @Message
    String nav_feedback();

    @Message
    String feedback_kind_name(String kind);

    @Message
    String work_presence();

    @Message
    String work_queue();

    @Message
    String work_priority();

    @Message
    String work_channel();

    @Message
    String error_queue();

    @Message
    String error_not_allowed();

    @Message
    String not_found_heading();

    @Message
    String error_not_found_page();

    @Message
    String forbidden_heading();

    @Message
    String error_forbidden_page();

    @Message
    String unavailable_heading();

    @Message
    String supervise_at_risk();

    @Message
    String supervise_breached();

    @Message
    String nav_work();

    @Message
    String nav_supervise();

    @Message
    String nav_manage();

    @Message
    String presence_name(String p);

    @Message
    String search_label();

    @Message
    String search_button();

    @Message
    String my_data_name();

    @Message
    String my_data_business_id();

    @Message
    String my_data_emails();

    @Message
    String my_data_phones();

    @Message
    String nav_my_data();

    @Message
    String rules_heading();

    @Message
    String rules_version();

    @Message
    String nav_edit();

    @Message
    String nav_feedback_queue();

    @Message
    String nav_catalogue();

    @Message
    String nav_audit();

    // Files on contacts: the field, its limits and refusals, the list with scan states.

    @Message
    String files_heading();

    @Message
    String field_files();

    @Message
    String files_hint(int maxFiles, long maxMegabytes, long contactMegabytes);

    @Message
    String files_send();

    @Message
    String files_none();

    @Message
    String file_download(String name);

    @Message
    String file_state(String state);

    @Message
    String error_files_none();

    @Message
    String error_files_too_many();

    @Message
    String error_file_empty();

    @Message
    String error_file_too_large();

    @Message
    String error_file_type();

    @Message
    String error_files_contact_full();

    @Message
    String error_file_closed();

    @Message
    String error_file_invalid();

    @Message
    String error_file_unavailable();

    @Message
    String error_file_not_available();
}
