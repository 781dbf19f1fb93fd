package fi.kohtaamo.webchannel.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The pages every public site owes (PublicPages): the public results per organisation, the
 * accessibility statement and the privacy notice, and the footer that links them from every page.
 * <p>
 * {@code pub:} in templates; texts in messages/pub_fi.properties (the default), pub_sv.properties
 * and pub_en.properties, checked by {@code BundleFilesTest}.
 */
@MessageBundle(value = "pub", locale = "fi")
public interface PublicMessages {

    @Message
    String pub_footer_label();

    @Message
    String pub_footer_accessibility();

    @Message
    String pub_footer_privacy();

    @Message
    String pub_footer_results();

    @Message
    String pub_results_heading();

    @Message
    String pub_results_intro(int minimum);

    @Message
    String pub_results_organisations();

    @Message
    String pub_results_none();

    @Message
    String pub_org_intro(String quarter, int minimum);

    @Message
    String pub_quarter(int year, int number);

    @Message
    String pub_table_caption(String organisation, String quarter);

    @Message
    String pub_col_service();

    @Message
    String pub_col_contacts();

    @Message
    String pub_col_first_response();

    @Message
    String pub_col_first_response_time();

    @Message
    String pub_col_resolution();

    @Message
    String pub_col_resolution_time();

    @Message
    String pub_col_csat();

    @Message
    String pub_col_answers();

    @Message
    String pub_total();

    @Message
    String pub_too_few(int minimum);

    @Message
    String pub_no_data();

    @Message
    String pub_percent(long value);

    @Message
    String pub_duration(long minutes, long hours, long rest, long days);

    @Message
    String pub_org_no_results();

    @Message
    String pub_explain_heading();

    @Message
    String pub_explain_first_response();

    @Message
    String pub_explain_resolution();

    @Message
    String pub_explain_times();

    @Message
    String pub_explain_csat();

    @Message
    String pub_explain_too_few(int minimum);

    @Message
    String pub_downloads();

    @Message
    String pub_download_json();

    @Message
    String pub_download_csv();

    @Message
    String pub_back_to_results();

    @Message
    String pub_recommended();

    @Message
    String pub_a11y_heading();

    @Message
    String pub_a11y_intro();

    @Message
    String pub_a11y_status_heading();

    @Message
    String pub_a11y_status();

    @Message
    String pub_a11y_gaps_heading();

    @Message
    String pub_a11y_gaps_intro();

    @Message
    String pub_a11y_gap_manual();

    @Message
    String pub_a11y_gap_signin();

    @Message
    String pub_a11y_gap_charts();

    @Message
    String pub_a11y_gap_files();

    @Message
    String pub_a11y_gap_articles();

    @Message
    String pub_a11y_assessed_heading();

    @Message
    String pub_a11y_assessed();

    @Message
    String pub_a11y_dates(String prepared, String reviewed);

    @Message
    String pub_a11y_feedback_heading();

    @Message
    String pub_a11y_feedback();

    @Message
    String pub_a11y_feedback_link();

    @Message
    String pub_a11y_enforcement_heading();

    @Message
    String pub_a11y_enforcement();

    @Message
    String pub_a11y_authority();

    @Message
    String pub_privacy_heading();

    @Message
    String pub_privacy_intro();

    @Message
    String pub_privacy_controller_heading();

    @Message
    String pub_privacy_controller();

    @Message
    String pub_privacy_controller_link();

    @Message
    String pub_privacy_data_heading();

    @Message
    String pub_privacy_data_caption();

    @Message
    String pub_privacy_col_what();

    @Message
    String pub_privacy_col_why();

    @Message
    String pub_privacy_col_kept();

    @Message
    String pub_privacy_contacts_what();

    @Message
    String pub_privacy_contacts_why();

    @Message
    String pub_privacy_contacts_kept();

    @Message
    String pub_privacy_client_what();

    @Message
    String pub_privacy_client_why();

    @Message
    String pub_privacy_client_kept();

    @Message
    String pub_privacy_feedback_what();

    @Message
    String pub_privacy_feedback_why();

    @Message
    String pub_privacy_feedback_kept();

    @Message
    String pub_privacy_audit_what();

    @Message
    String pub_privacy_audit_why();

    @Message
    String pub_privacy_audit_kept();

    @Message
    String pub_privacy_cookies_what();

    @Message
    String pub_privacy_cookies_why();

    @Message
    String pub_privacy_cookies_kept();

    @Message
    String pub_privacy_basis_heading();

    @Message
    String pub_privacy_basis();

    @Message
    String pub_privacy_segments();

    @Message
    String pub_privacy_recipients_heading();

    @Message
    String pub_privacy_recipients();

    @Message
    String pub_privacy_rights_heading();

    @Message
    String pub_privacy_right_access();

    @Message
    String pub_privacy_right_lookup();

    @Message
    String pub_privacy_right_rectify();

    @Message
    String pub_privacy_right_erase();

    @Message
    String pub_privacy_right_object();

    @Message
    String pub_privacy_right_complain();

    @Message
    String pub_privacy_request_link();
}
