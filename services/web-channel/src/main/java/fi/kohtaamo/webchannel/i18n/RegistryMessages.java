package fi.kohtaamo.webchannel.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Registry administration's pages (segments, erasure requests; {@code reg_}) and what a citizen
 * changes and asks for on "My data" ({@code mine_}): their own details, a copy, an erasure.
 * <p>
 * {@code registry:} in templates; texts in messages/registry_fi.properties (the default),
 * registry_sv.properties and registry_en.properties, checked by {@code BundleFilesTest}.
 */
@MessageBundle(value = "registry", locale = "fi")
public interface RegistryMessages {

    @Message
    String reg_nav();

    @Message
    String reg_heading();

    @Message
    String reg_intro();

    @Message
    String reg_segments_heading();

    @Message
    String reg_segments_intro();

    @Message
    String reg_segments_new();

    @Message
    String reg_segments_none();

    @Message
    String reg_segment_code();

    @Message
    String reg_segment_code_hint();

    @Message
    String reg_segment_name_fi();

    @Message
    String reg_segment_name_sv();

    @Message
    String reg_segment_name_en();

    @Message
    String reg_segment_rule();

    @Message
    String reg_segment_rule_hint();

    @Message
    String reg_segment_kinds();

    @Message
    String reg_kind(String code);

    @Message
    String reg_segment_org_types();

    @Message
    String reg_segment_org_types_hint();

    @Message
    String reg_segment_industries();

    @Message
    String reg_segment_industries_hint();

    @Message
    String reg_segment_sizes();

    @Message
    String reg_size(String code);

    @Message
    String reg_segment_municipalities();

    @Message
    String reg_segment_municipalities_hint();

    @Message
    String reg_segment_languages();

    @Message
    String reg_segment_min_age();

    @Message
    String reg_segment_max_age();

    @Message
    String reg_segment_channels();

    @Message
    String reg_segment_channels_hint();

    @Message
    String reg_segment_age_hint();

    @Message
    String reg_segment_preview();

    @Message
    String reg_segment_matching(long count);

    @Message
    String reg_segment_save();

    @Message
    String reg_segment_manual();

    @Message
    String reg_segment_version();

    @Message
    String reg_segment_edit_heading();

    @Message
    String reg_segment_new_heading();

    @Message
    String reg_notice_segment_saved();

    @Message
    String reg_segment_conflict();

    @Message
    String reg_error_segment_code();

    @Message
    String reg_error_segment_code_taken();

    @Message
    String reg_error_segment_name();

    @Message
    String reg_error_segment_list();

    @Message
    String reg_error_segment_age();

    @Message
    String reg_erasure_heading();

    @Message
    String reg_erasure_intro();

    @Message
    String reg_erasure_none();

    @Message
    String reg_erasure_requested();

    @Message
    String reg_erasure_client();

    @Message
    String reg_erasure_citizen_reason();

    @Message
    String reg_erasure_no_reason();

    @Message
    String reg_erasure_decide();

    @Message
    String reg_erasure_decide_heading();

    @Message
    String reg_erasure_decision();

    @Message
    String reg_erasure_approve();

    @Message
    String reg_erasure_reject();

    @Message
    String reg_erasure_reason();

    @Message
    String reg_erasure_reason_hint();

    @Message
    String reg_erasure_submit();

    @Message
    String reg_notice_erasure_approved();

    @Message
    String reg_notice_erasure_rejected();

    @Message
    String reg_notice_erasure_decided();

    @Message
    String reg_error_erasure_decision();

    @Message
    String reg_error_erasure_reason();

    @Message
    String mine_details_heading();

    @Message
    String mine_details_intro();

    @Message
    String mine_details_link();

    @Message
    String mine_language();

    @Message
    String mine_channels();

    @Message
    String mine_channel(String code);

    @Message
    String mine_emails();

    @Message
    String mine_emails_hint();

    @Message
    String mine_phones();

    @Message
    String mine_phones_hint();

    @Message
    String mine_address();

    @Message
    String mine_address_hint();

    @Message
    String mine_street();

    @Message
    String mine_postal_code();

    @Message
    String mine_post_office();

    @Message
    String mine_country();

    @Message
    String mine_country_hint();

    @Message
    String mine_save();

    @Message
    String mine_notice_details_saved();

    @Message
    String mine_details_conflict();

    @Message
    String mine_no_record();

    @Message
    String mine_error_language();

    @Message
    String mine_error_channels();

    @Message
    String mine_error_emails();

    @Message
    String mine_error_phones();

    @Message
    String mine_error_street();

    @Message
    String mine_error_postal_code();

    @Message
    String mine_error_post_office();

    @Message
    String mine_error_country();

    @Message
    String mine_exports_heading();

    @Message
    String mine_exports_intro();

    @Message
    String mine_export_ask();

    @Message
    String mine_exports_none();

    @Message
    String mine_exports_caption();

    @Message
    String mine_export_requested();

    @Message
    String mine_export_state();

    @Message
    String mine_export_status(String code);

    @Message
    String mine_export_download(String when);

    @Message
    String mine_notice_export_requested();

    @Message
    String mine_exports_unavailable();

    @Message
    String mine_erasure_heading();

    @Message
    String mine_erasure_intro();

    @Message
    String mine_erasure_ask_link();

    @Message
    String mine_erasure_none();

    @Message
    String mine_erasure_caption();

    @Message
    String mine_erasure_state();

    @Message
    String mine_erasure_status(String code);

    @Message
    String mine_erasure_decided_reason();

    @Message
    String mine_erasure_confirm_heading();

    @Message
    String mine_erasure_what_happens_heading();

    @Message
    String mine_erasure_what_happens();

    @Message
    String mine_erasure_what_stays_heading();

    @Message
    String mine_erasure_what_stays();

    @Message
    String mine_erasure_reason();

    @Message
    String mine_erasure_reason_hint();

    @Message
    String mine_erasure_confirm();

    @Message
    String mine_erasure_submit();

    @Message
    String mine_erasure_cancel();

    @Message
    String mine_notice_erasure_requested();

    @Message
    String mine_notice_erasure_waiting();

    @Message
    String mine_erasure_unavailable();

    @Message
    String mine_error_erasure_confirm();

    @Message
    String mine_error_erasure_reason();

    @Message
    String reg_clients_heading();

    @Message
    String reg_clients_intro();

    @Message
    String reg_clients_q();

    @Message
    String reg_clients_q_hint();

    @Message
    String reg_clients_identity_code();

    @Message
    String reg_clients_business_id();

    @Message
    String reg_clients_phone();

    @Message
    String reg_clients_purpose();

    @Message
    String reg_clients_purpose_hint();

    @Message
    String reg_clients_search();

    @Message
    String reg_clients_results();

    @Message
    String reg_clients_none();

    @Message
    String reg_client_heading();

    @Message
    String reg_client_details();

    @Message
    String reg_client_name();

    @Message
    String reg_client_kind();

    @Message
    String reg_client_municipality();

    @Message
    String reg_client_municipality_hint();

    @Message
    String reg_client_segments();

    @Message
    String reg_client_correction();

    @Message
    String reg_client_first_name();

    @Message
    String reg_client_last_name();

    @Message
    String reg_client_emails();

    @Message
    String reg_client_phones();

    @Message
    String reg_client_list_hint();

    @Message
    String reg_client_language();

    @Message
    String reg_client_save();

    @Message
    String reg_client_conflict();

    @Message
    String reg_notice_client_corrected();

    @Message
    String reg_error_client_criteria();

    @Message
    String reg_error_client_criterion();

    @Message
    String reg_error_client_purpose();

    @Message
    String reg_error_client_name();

    @Message
    String reg_error_client_municipality();

    @Message
    String reg_error_client_field();

    @Message
    String reg_new_client_heading();

    @Message
    String reg_new_client_intro();

    @Message
    String reg_new_client_existing();

    @Message
    String reg_new_client_open_existing();

    @Message
    String reg_new_client_person();

    @Message
    String reg_new_client_identity_hint();

    @Message
    String reg_new_client_organisation();

    @Message
    String reg_new_client_business_hint();

    @Message
    String reg_new_client_organisation_type();

    @Message
    String reg_new_client_industry();

    @Message
    String reg_new_client_size();

    @Message
    String reg_new_client_contact();

    @Message
    String reg_new_client_save();

    @Message
    String reg_error_client_duplicate();

    @Message
    String reg_notice_client_registered();

    @Message
    String reg_notice_client_merged();

    @Message
    String reg_notice_relation_added();

    @Message
    String reg_notice_relation_removed();

    @Message
    String reg_notice_roles_set();

    @Message
    String reg_merge_heading();

    @Message
    String reg_merge_intro();

    @Message
    String reg_merge_choose();

    @Message
    String reg_merge_confirm_heading();

    @Message
    String reg_merge_survivor();

    @Message
    String reg_merge_duplicate();

    @Message
    String reg_merge_compare();

    @Message
    String reg_merge_what_happens();

    @Message
    String reg_merge_reason();

    @Message
    String reg_merge_reason_hint();

    @Message
    String reg_merge_save();

    @Message
    String reg_merge_conflict();

    @Message
    String reg_merge_refused();

    @Message
    String reg_error_merge_reason();

    @Message
    String reg_error_merge_same();

    @Message
    String reg_relations_heading();

    @Message
    String reg_relations_none();

    @Message
    String reg_relation_person();

    @Message
    String reg_relation_organisation();

    @Message
    String reg_relation_kind_label();

    @Message
    String reg_relation_agency();

    @Message
    String reg_relation_valid();

    @Message
    String reg_relation_valid_from();

    @Message
    String reg_relation_valid_until();

    @Message
    String reg_relation_date_hint();

    @Message
    String reg_relation_add();

    @Message
    String reg_relation_add_heading();

    @Message
    String reg_relation_remove();

    @Message
    String reg_relation_exists();

    @Message
    String reg_roles_heading();

    @Message
    String reg_roles_none();

    @Message
    String reg_roles_since();

    @Message
    String reg_roles_set_heading();

    @Message
    String reg_roles_set_hint();

    @Message
    String reg_roles_save();

    @Message
    String reg_roles_end();

    @Message
    String reg_roles_only_organisations();

    @Message
    String reg_error_relation_field();

    @Message
    String reg_relation_kind(String code);

    @Message
    String reg_role(String code);

    @Message
    String reg_roles_towards(String agency);

    @Message
    String reg_roles_no_agency();

    @Message
    String reg_roles_conflict();

    @Message
    String reg_relation_conflict();

    @Message
    String reg_relation_add_person_heading();

    @Message
    String reg_relation_intro();

    @Message
    String reg_relation_other();

    @Message
    String reg_error_relation_party();

    @Message
    String reg_error_relation_kind();

    @Message
    String reg_error_relation_date();

    @Message
    String reg_candidates_heading();

    @Message
    String reg_candidates_intro();

    @Message
    String reg_candidates_same();

    @Message
    String reg_candidates_register_anyway();

    @Message
    String reg_candidate_match(String code);
}
