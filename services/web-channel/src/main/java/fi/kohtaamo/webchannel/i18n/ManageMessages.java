package fi.kohtaamo.webchannel.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The supervisor's and the manager's figures: the supervision view, the rules list with its
 * simulator, and the management dashboard's charts and tables (ManagerPages).
 * <p>
 * {@code manage:} in templates. The texts are in messages/manage_fi.properties (Finnish, the
 * default), manage_sv.properties and manage_en.properties; {@code BundleFilesTest} checks that
 * the three have the same keys as this interface.
 */
@MessageBundle(value = "manage", locale = "fi")
public interface ManageMessages {

    @Message
    String manage_heading();

    @Message
    String manage_period();

    @Message
    String manage_csv();

    @Message
    String manage_area();

    @Message
    String manage_area_all();

    @Message
    String manage_area_show();

    @Message
    String manage_error_area();

    @Message
    String manage_table();

    @Message
    String manage_contacts();

    @Message
    String manage_first_response();

    @Message
    String manage_resolution();

    @Message
    String manage_responses();

    @Message
    String manage_response_rate();

    @Message
    String chart_volumes();

    @Message
    String chart_volumes_desc();

    @Message
    String chart_channels();

    @Message
    String chart_channels_desc();

    @Message
    String chart_service_levels();

    @Message
    String chart_service_levels_desc();

    @Message
    String chart_satisfaction();

    @Message
    String chart_satisfaction_desc();

    @Message
    String chart_trend();

    @Message
    String chart_trend_desc();

    @Message
    String chart_themes();

    @Message
    String chart_themes_desc();

    @Message
    String chart_no_theme();

    @Message
    String chart_forecast();

    @Message
    String chart_forecast_desc();

    @Message
    String supervise_heading();

    @Message
    String supervise_refresh();

    @Message
    String supervise_queued();

    @Message
    String supervise_assigned();

    @Message
    String supervise_waiting_client();

    @Message
    String supervise_oldest();

    @Message
    String supervise_agents();

    @Message
    String manage_days(int days);

    @Message
    String manage_intro(int n);

    @Message
    String supervise_updated(String when);

    @Message
    String chart_no_service();

    @Message
    String rules_simulator();

    @Message
    String rules_simulate();

    @Message
    String rules_rule();

    @Message
    String rules_list();

    @Message
    String rules_none();

    @Message
    String rules_conditions();

    @Message
    String rules_disabled();

    @Message
    String supervise_agents_heading();

    @Message
    String supervise_no_agents();

    @Message
    String supervise_agent();

    @Message
    String supervise_agent_load();

    @Message
    String supervise_expert();

    @Message
    String supervise_figures_heading();

    @Message
    String supervise_figures_intro();

    @Message
    String supervise_figures_from();

    @Message
    String supervise_figures_to();

    @Message
    String supervise_figures_show();

    @Message
    String supervise_figures_resolved();

    @Message
    String supervise_figures_aht();

    @Message
    String supervise_figures_fcr();

    @Message
    String supervise_figures_attainment();

    @Message
    String supervise_figures_csv();

    @Message
    String supervise_figures_none();

    /** A chart's bar for contacts whose channel the figures do not name. */
    @Message
    String chart_no_channel();
}
