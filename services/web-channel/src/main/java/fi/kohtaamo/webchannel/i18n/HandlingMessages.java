package fi.kohtaamo.webchannel.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The feedback handler's texts ({@code handle:} in templates). Finnish here; Swedish and English
 * in messages/handle_sv.properties and messages/handle_en.properties.
 */
@MessageBundle(value = "handle", locale = "fi")
public interface HandlingMessages {

    @Message("Palautteiden käsittely")
    String handle_heading();

    @Message("Tila")
    String handle_filter_status();

    @Message("Laji")
    String handle_filter_kind();

    @Message("Vain myöhässä olevat")
    String handle_only_overdue();

    @Message("Näytä")
    String handle_show();

    @Message("Kaikki")
    String handle_all();

    @Message("Ei palautteita näillä valinnoilla.")
    String handle_none();

    @Message("Organisaatiosi palautteet, lähin vastausaika ensin")
    String handle_table();

    @Message("Tunnus")
    String handle_reference();

    @Message("Saapui")
    String handle_received();

    @Message("Vastattava viimeistään")
    String handle_reply_due();

    @Message("myöhässä")
    String handle_overdue();

    @Message("Käsittelijä")
    String handle_handler();

    @Message("Palaute")
    String handle_text();

    @Message("Palvelu")
    String handle_service();

    @Message("Kanava")
    String handle_channel();

    @Message("Lähettäjä")
    String handle_sender();

    @Message("nimetön")
    String handle_anonymous();

    @Message("ei sähköpostiosoitetta: vastaus näkyy vain kirjautuneelle lähettäjälle")
    String handle_no_address();

    @Message("Vastattu")
    String handle_answered();

    @Message("Ota käsittelyyn")
    String handle_claim();

    @Message("Palauta jonoon")
    String handle_release();

    @Message("Avaa uudelleen")
    String handle_reopen();

    @Message("Vastaus lähettäjälle")
    String handle_reply();

    @Message("Lähetä vastaus")
    String handle_send_reply();

    @Message("Sulkemisen huomautus (valinnainen)")
    String handle_close_note();

    @Message("Sulje")
    String handle_close();

    @Message("Teemat")
    String handle_themes();

    @Message("ehdotettu")
    String handle_suggested();

    @Message("Tallenna teemat")
    String handle_save_themes();

    @Message("Organisaatiollasi ei ole teemoja; johtaja lisää ne.")
    String handle_no_themes();

    @Message("Historia")
    String handle_history();

    @Message("Palautteiden käsittely")
    String nav_feedback_queue();

    @Message("Tätä ei voi tehdä nyt: joku muu käsittelee palautetta tai sen tila on muuttunut.")
    String error_feedback_not_allowed();

    @Message("Otit palautteen käsittelyyn.")
    String notice_feedback_claim();

    @Message("Palaute palautettiin jonoon.")
    String notice_feedback_release();

    @Message("Palaute avattiin uudelleen.")
    String notice_feedback_reopen();

    @Message("Vastaus tallennettiin ja lähetetään lähettäjälle, jos hän antoi osoitteen.")
    String notice_feedback_reply();

    @Message("Palaute suljettiin.")
    String notice_feedback_close();

    @Message("Teemat tallennettiin.")
    String notice_feedback_themes();

    @Message("""
            {#when s}\
            {#is 'NEW'}Uusi\
            {#is 'IN_PROGRESS'}Käsittelyssä\
            {#is 'ANSWERED'}Vastattu\
            {#is 'CLOSED'}Suljettu\
            {#else}{s}\
            {/when}""")
    String feedback_status(String s);

    @Message("""
            {#when k}\
            {#is 'RECEIVED'}Saapui\
            {#is 'CLAIMED'}Otettu käsittelyyn\
            {#is 'RELEASED'}Palautettu jonoon\
            {#is 'THEMES_SET'}Teemat asetettu\
            {#is 'ANSWERED'}Vastattu\
            {#is 'CLOSED'}Suljettu\
            {#is 'REOPENED'}Avattu uudelleen\
            {#is 'ERASED'}Lähettäjän tiedot poistettu\
            {#else}{k}\
            {/when}""")
    String feedback_entry(String k);

    @Message("Palautteen teemat")
    String themes_heading();

    @Message("Teemoilla palautteet ryhmitellään johdon näkymää varten. Avainsanat ehdottavat teemaa saapuvalle palautteelle.")
    String themes_intro();

    @Message("Koodi")
    String theme_code();

    @Message("Pienet kirjaimet, numerot ja viivat, enintään 40. Olemassa olevan koodin tallentaminen muuttaa teemaa.")
    String theme_code_hint();

    @Message("Nimi suomeksi")
    String theme_name_fi();

    @Message("Nimi ruotsiksi")
    String theme_name_sv();

    @Message("Nimi englanniksi")
    String theme_name_en();

    @Message("Avainsanat")
    String theme_keywords();

    @Message("Yksittäisiä sanoja pilkuilla erotettuina; sana sopii sanan alkuun.")
    String theme_keywords_hint();

    @Message("Toiminnot")
    String theme_actions();

    @Message("Muokkaa")
    String theme_edit();

    @Message("Poista")
    String theme_delete();

    @Message("Lisää tai muuta teema")
    String theme_form();

    @Message("Tallenna teema")
    String theme_save();

    @Message("Kyselyt")
    String surveys_heading();

    @Message("Organisaatiollasi ei ole kyselyjä.")
    String surveys_none();

    @Message("Kysely")
    String survey_title();

    @Message("Tyyppi")
    String survey_type();

    @Message("Aika")
    String survey_period();

    @Message("Avoinna")
    String survey_open();

    @Message("Suljettu")
    String survey_closed();

    @Message("Sulje kysely")
    String survey_close();

    @Message("Kutsuttuja")
    String survey_invited();

    @Message("Vastanneita")
    String survey_responded();

    @Message("Vastausosuus")
    String survey_response_rate();

    @Message("Vastaajia on vielä liian vähän, jotta tuloksia voisi näyttää heitä tunnistamatta.")
    String survey_suppressed();

    @Message("Vastaus")
    String survey_answer();

    @Message("Määrä")
    String survey_count();

    @Message("Anna koodi: pienet kirjaimet, numerot ja viivat, enintään 40.")
    String error_theme_code();

    @Message("Anna nimi (enintään 120 merkkiä).")
    String error_theme_name();

    @Message("Enintään 50 yksittäistä sanaa, kukin enintään 40 merkkiä.")
    String error_theme_keywords();

    @Message("Teema tallennettiin.")
    String notice_feedback_theme_saved();

    @Message("Teema poistettiin; jo merkityt palautteet säilyttävät sen.")
    String notice_feedback_theme_deleted();

    @Message("Kysely suljettiin; siihen ei voi enää vastata.")
    String notice_feedback_survey_closed();

    @Message("{n} vastasi")
    String survey_answered(long n);

    @Message("keskiarvo {a}")
    String survey_average(String a);

    @Message("""
            {#when t}\
            {#is 'STAKEHOLDER'}Sidosryhmäkysely\
            {#is 'AWARENESS_AND_IMAGE'}Tunnettuus ja maine\
            {#is 'DIRECT_CLIENT_SATISFACTION'}Asiakastyytyväisyys (suora)\
            {#is 'INDIRECT_CLIENT_SATISFACTION'}Asiakastyytyväisyys (välillinen)\
            {#else}{t}\
            {/when}""")
    String survey_type_name(String t);
}
