package fi.kohtaamo.webchannel.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the pages. Finnish here; Swedish and English in messages/msg_sv.properties and
 * messages/msg_en.properties (the build fails when a key is missing from either).
 */
@MessageBundle(value = "msg", locale = "fi")
public interface Messages {

    @Message("Kohtaamo – viranomaisten asiakaspalvelu")
    String site_title();

    @Message("Siirry sisältöön")
    String skip_to_content();

    @Message("Kieli")
    String language_label();

    @Message("Kirjaudu sisään")
    String sign_in();

    @Message("Kirjaudu ulos")
    String sign_out();

    @Message("Kirjautuneena: {name}")
    String signed_in_as(String name);

    @Message("Palvelut")
    String services_heading();

    @Message("Löydä palvelu ja ota yhteyttä. Asiasi ohjataan oikealle asiantuntijalle.")
    String services_intro();

    @Message("Ota yhteyttä")
    String contact_button();

    @Message("Ota yhteyttä: {service}")
    String contact_heading(String service);

    @Message("Ota yhteyttä")
    String contact_heading_general();

    @Message("En tiedä, mihin palveluun asiani kuuluu")
    String service_unknown();

    @Message("Palvelu")
    String field_service();

    @Message("Kuvaa asiasi")
    String field_description();

    @Message("Kerro, mitä asiasi koskee. Älä kirjoita henkilötunnustasi.")
    String field_description_hint();

    @Message("Asiointikieli")
    String field_language();

    @Message("Nimi (vapaaehtoinen)")
    String field_name();

    @Message("Sähköposti (vapaaehtoinen)")
    String field_email();

    @Message("Puhelin (vapaaehtoinen)")
    String field_phone();

    @Message("Lähetä")
    String submit();

    @Message("Lomakkeessa on virheitä")
    String errors_heading();

    @Message("Kirjoita kuvaus asiastasi.")
    String error_description_required();

    @Message("Kuvaus voi olla enintään 5000 merkkiä.")
    String error_description_too_long();

    @Message("Tarkista sähköpostiosoite.")
    String error_email();

    @Message("Tarkista puhelinnumero.")
    String error_phone();

    @Message("Valitse palvelu uudelleen.")
    String error_service();

    @Message("Tarkista tämä kenttä.")
    String error_generic();

    @Message("Palvelu ei juuri nyt vastaa. Yritä hetken päästä uudelleen.")
    String error_unavailable();

    @Message("Vastaa tähän kysymykseen.")
    String error_answer_required();

    @Message("Tarkista vastaus.")
    String error_answer_invalid();

    @Message("Palvelun kysymykset")
    String questions_heading();

    @Message("(vapaaehtoinen)")
    String optional();

    @Message("Valitse")
    String answer_choose();

    @Message("Yhteydenottosi on vastaanotettu")
    String sent_heading();

    @Message("Seurantatunnus")
    String sent_tracking_code();

    @Message("Salainen tunniste")
    String sent_secret();

    @Message("Tallenna seurantatunnus ja salainen tunniste. Niillä voit seurata asiasi käsittelyä.")
    String sent_keep();

    @Message("Voit seurata asiaasi kirjautuneena.")
    String sent_signed_in();

    @Message("Takaisin etusivulle")
    String back_home();

    @Message("Seuraa asiaasi")
    String status_heading();

    @Message("Asiasi")
    String status_mine();

    @Message("Jätetty")
    String status_received();

    @Message("Muut asiat: seurantatunnuksella")
    String status_other();

    @Message("Anna seurantatunnus ja salainen tunniste, jotka sait lähettäessäsi yhteydenoton.")
    String status_intro();

    @Message("Seurantatunnus")
    String field_tracking_code();

    @Message("Salainen tunniste")
    String field_secret();

    @Message("Näytä asia")
    String status_show();

    @Message("Tällä tunnuksella ja tunnisteella ei löydy asiaa. Tarkista molemmat.")
    String error_not_found();

    @Message("Seurantatunnus on muotoa KH-XXXX-XXXX.")
    String error_tracking_code();

    @Message("Asia on suljettu. Lähetä uusi yhteydenotto ja mainitse tämä seurantatunnus.")
    String error_closed();

    @Message("Asian ratkaisusta on kulunut liian kauan sen avaamiseen. Lähetä uusi yhteydenotto.")
    String error_reopen_over();

    @Message("Kirjoita viesti.")
    String error_message_required();

    @Message("Tila")
    String status_state();

    @Message("""
            {#when state}\
            {#is 'QUEUED'}Jonossa\
            {#is 'ASSIGNED'}Käsittelyssä\
            {#is 'WAITING_FOR_CLIENT'}Odottaa vastaustasi\
            {#is 'RESOLVED'}Ratkaistu\
            {#is 'CLOSED'}Suljettu\
            {#else}{state}\
            {/when}""")
    String state(String state);

    @Message("""
            {#when kind}\
            {#is 'RECEIVED'}Yhteydenotto vastaanotettu\
            {#is 'REPLY'}Vastaus asiakaspalvelusta\
            {#is 'INFORMATION_REQUESTED'}Pyydämme lisätietoja\
            {#is 'CLIENT_MESSAGE'}Viestisi\
            {#is 'RESOLVED'}Ratkaisu\
            {#is 'REOPENED'}Asia avattiin uudelleen\
            {#else}{kind}\
            {/when}""")
    String entry_kind(String kind);

    @Message("""
            {#when code}\
            {#is 'ANSWERED'}Vastattu\
            {#is 'SOLVED'}Ratkaistu\
            {#is 'DECISION_MADE'}Päätös tehty\
            {#is 'REFERRED_ELSEWHERE'}Ohjattu muualle\
            {#is 'NO_ACTION_NEEDED'}Ei toimenpiteitä\
            {#is 'DUPLICATE'}Sama asia on jo käsittelyssä\
            {#is 'WITHDRAWN_BY_CLIENT'}Peruttu\
            {#else}{code}\
            {/when}""")
    String resolution(String code);

    @Message("Odotamme vastaustasi. Asian käsittely jatkuu, kun vastaat.")
    String status_waiting();

    @Message("Perustelu")
    String status_justification();

    @Message("Vaiheet")
    String status_history();

    @Message("Kirjoita meille")
    String status_write();

    @Message("Viestin lähettäminen avaa ratkaistun asian uudelleen.")
    String status_write_reopens();

    @Message("Lähetä")
    String status_send();

    @Message("suomi")
    String lang_fi();

    @Message("svenska")
    String lang_sv();

    @Message("English")
    String lang_en();

    @Message("""
            {#when group}\
            {#is 'STRATEGIC_PLANNING'}Strateginen suunnittelu ja alueiden kehittäminen\
            {#is 'ADVICE_AND_INFORMATION'}Neuvonta ja tietopalvelu\
            {#is 'FINANCING_AND_PROMOTION'}Rahoitus ja edistäminen\
            {#is 'PERMITS_AND_NOTIFICATIONS'}Luvat ja ilmoitukset\
            {#is 'SUPERVISION_AND_INSPECTIONS'}Valvonta ja tarkastukset\
            {#is 'INFRASTRUCTURE'}Infra-rakentaminen ja kunnossapito\
            {#else}{group}\
            {/when}""")
    String group(String group);

    @Message("Palaute")
    String nav_feedback();

    @Message("Anna palautetta")
    String feedback_heading();

    @Message("Palaute ohjataan palvelusta vastaavalle viranomaiselle. Jos haluat vastauksen, anna sähköpostiosoitteesi.")
    String feedback_intro();

    @Message("Palautteen laji")
    String feedback_kind();

    @Message("Palautteesi")
    String feedback_text();

    @Message("Sähköposti vastausta varten (vapaaehtoinen)")
    String feedback_email();

    @Message("Kiitos palautteestasi")
    String feedback_sent_heading();

    @Message("Palautteen tunnus")
    String feedback_reference();

    @Message("Et antanut sähköpostiosoitetta, joten emme voi vastata sinulle.")
    String feedback_sent_anonymous();

    @Message("Valitse palautteen laji.")
    String error_kind();

    @Message("Kirjoita palautteesi (enintään 5000 merkkiä).")
    String error_feedback_text();

    @Message("Vastaukset ovat nimettömiä, ellet itse valitse toisin.")
    String survey_intro();

    @Message("1 = erittäin tyytymätön, 5 = erittäin tyytyväinen")
    String survey_scale_hint();

    @Message("0 = en lainkaan todennäköisesti, 10 = erittäin todennäköisesti")
    String survey_nps_hint();

    @Message("Vastaukseni saa yhdistää asiointiini")
    String survey_identified();

    @Message("Lähetä vastaukset")
    String survey_send();

    @Message("Kiitos vastauksistasi")
    String survey_thanks_heading();

    @Message("Vastauksesi on tallennettu. Ne auttavat meitä kehittämään palvelua.")
    String survey_thanks();

    @Message("Kyselyyn ei voi enää vastata")
    String survey_gone_heading();

    @Message("Tähän kutsuun on jo vastattu tai sen voimassaolo on päättynyt.")
    String survey_gone();

    @Message("Kyselyä ei löydy")
    String survey_not_found_heading();

    @Message("Tarkista, että linkki on kokonainen.")
    String survey_not_found();

    @Message("Kerro, miten onnistuimme: vastaa lyhyeen kyselyyn")
    String status_survey();

    @Message("Vastaamme sähköpostiisi viimeistään {date}.")
    String feedback_sent_reachable(String date);

    @Message("""
            {#when kind}\
            {#is 'PRAISE'}Kiitos\
            {#is 'COMPLAINT'}Moite\
            {#is 'SUGGESTION'}Kehitysehdotus\
            {#is 'QUESTION'}Kysymys\
            {#else}Muu\
            {/when}""")
    String feedback_kind_name(String kind);

    @Message("Työtila")
    String work_heading();

    @Message("Seuraava yhteydenotto")
    String work_next();

    @Message("Tilani")
    String work_presence();

    @Message("Tallenna")
    String work_save();

    @Message("Jononi")
    String work_queues();

    @Message("Et kuulu vielä mihinkään jonoon. Pyydä esihenkilöäsi lisäämään sinut.")
    String work_no_queues();

    @Message("Jono")
    String work_queue();

    @Message("Odottaa")
    String work_waiting();

    @Message("Jonossa ei ole avoimia yhteydenottoja.")
    String work_queue_empty();

    @Message("Kiireellisyys")
    String work_priority();

    @Message("Palvelutaso")
    String work_service_level();

    @Message("Asia")
    String work_matter();

    @Message("Ota käsittelyyn")
    String work_take();

    @Message("Kanava")
    String work_channel();

    @Message("Käsittelijä")
    String work_handler();

    @Message("Asiakkaan nimi")
    String work_client_name();

    @Message("Asiakkaan sähköposti")
    String work_client_email();

    @Message("Asiakkaan puhelin")
    String work_client_phone();

    @Message("Asiakkaan kuvaus")
    String work_description();

    @Message("sisäinen")
    String work_internal();

    @Message("Siirrä toiseen jonoon")
    String work_transfer();

    @Message("Siirtohuomautus")
    String work_handover();

    @Message("Ratkaise")
    String work_resolve();

    @Message("Ratkaisu")
    String work_resolution_code();

    @Message("Kirjaa puhelinyhteydenotto")
    String phone_heading();

    @Message("Kirjaa")
    String phone_log();

    @Message("Kerro asiakkaalle seurantatunnus ja salainen tunniste.")
    String phone_tell_client();

    @Message("Valitse ratkaisu.")
    String error_resolution_code();

    @Message("Valitse jono tai erityisasiantuntija.")
    String error_queue();

    @Message("Tätä ei voi nyt tehdä: asia on jonkun muun käsittelyssä tai sen tila on muuttunut.")
    String error_not_allowed();

    @Message("Tilasi on tallennettu.")
    String notice_presence();

    @Message("Jonoissasi ei ole odottavia yhteydenottoja.")
    String notice_none_waiting();

    @Message("Aseta itsesi tavoitettavaksi, niin saat seuraavan yhteydenoton.")
    String notice_not_available();

    @Message("Yhteydenotto on siirretty.")
    String notice_transferred();

    @Message("Sivua ei löydy")
    String not_found_heading();

    @Message("Sivua ei ole, tai sinulla ei ole oikeutta siihen.")
    String error_not_found_page();

    @Message("Palvelu ei vastaa")
    String unavailable_heading();

    @Message("Johdon näkymä")
    String manage_heading();

    @Message("Ajanjakso")
    String manage_period();

    @Message("Lataa luvut CSV-tiedostona")
    String manage_csv();

    @Message("Luvut palveluittain")
    String manage_table();

    @Message("Yhteydenotot")
    String manage_contacts();

    @Message("Ensivastaus ajallaan")
    String manage_first_response();

    @Message("Ratkaisu ajallaan")
    String manage_resolution();

    @Message("Vastaukset")
    String manage_responses();

    @Message("Vastausosuus")
    String manage_response_rate();

    @Message("Yhteydenotot palveluittain")
    String chart_volumes();

    @Message("Vaakapalkit: yhteydenottojen määrä kullekin palvelulle valitulla ajanjaksolla.")
    String chart_volumes_desc();

    @Message("Yhteydenotot kanavittain")
    String chart_channels();

    @Message("Vaakapalkit: yhteydenottojen määrä kanavittain valitulla ajanjaksolla.")
    String chart_channels_desc();

    @Message("Ensivastaus ajallaan palveluittain (%)")
    String chart_service_levels();

    @Message("Osuus yhteydenotoista, joihin vastattiin palvelutason määräajassa; viiva: ei vielä vastattuja.")
    String chart_service_levels_desc();

    @Message("Tyytyväisyys palveluittain (1–5)")
    String chart_satisfaction();

    @Message("Keskiarvo asteikolla 1–5; viiva tarkoittaa, että vastaajia on liian vähän.")
    String chart_satisfaction_desc();

    @Message("Tyytyväisyyden kehitys kuukausittain (1–5)")
    String chart_trend();

    @Message("Tyytyväisyyden keskiarvo kunkin kuukauden vastauksista viimeisen vuoden ajalta.")
    String chart_trend_desc();

    @Message("Palautteen teemat")
    String chart_themes();

    @Message("Palautteiden määrä teemoittain valitulla ajanjaksolla; viiva: liian vähän näytettäväksi.")
    String chart_themes_desc();

    @Message("ei teemaa")
    String chart_no_theme();

    @Message("Ennuste: yhteydenotot viikoittain")
    String chart_forecast();

    @Message("Seuraavien viikkojen arvioitu yhteydenottomäärä aiempien viikkojen perusteella.")
    String chart_forecast_desc();

    @Message("Jonojen tilanne")
    String supervise_heading();

    @Message("Päivitä")
    String supervise_refresh();

    @Message("Jonossa")
    String supervise_queued();

    @Message("Käsittelyssä")
    String supervise_assigned();

    @Message("Odottaa asiakasta")
    String supervise_waiting_client();

    @Message("Vanhin jonossa")
    String supervise_oldest();

    @Message("Vaarassa myöhästyä")
    String supervise_at_risk();

    @Message("Myöhässä")
    String supervise_breached();

    @Message("Tavoitettavissa / jäseniä")
    String supervise_agents();

    @Message("Työtila")
    String nav_work();

    @Message("Jonot")
    String nav_supervise();

    @Message("Johdon näkymä")
    String nav_manage();

    @Message("Ota käsittelyyn {code}")
    String work_take_named(String code);

    @Message("Yhteydenotto {code}")
    String work_contact(String code);

    @Message("ensivastaus viimeistään {when}")
    String work_first_response_due(String when);

    @Message("{days} päivää")
    String manage_days(int days);

    @Message("Luvut organisaatiosi asioinnista. Tyytyväisyyttä ja palautetta ei näytetä alle {n} vastaajan ryhmistä.")
    String manage_intro(int n);

    @Message("Päivitetty {when}.")
    String supervise_updated(String when);

    @Message("""
            {#when p}\
            {#is 'AVAILABLE'}Tavoitettavissa\
            {#is 'AWAY'}Poissa\
            {#is 'OFFLINE'}Ei työvuorossa\
            {#else}{p}\
            {/when}""")
    String presence_name(String p);

    @Message("""
            {#when state}\
            {#is 'ON_TIME'}Ajallaan\
            {#is 'AT_RISK'}Vaarassa myöhästyä\
            {#is 'BREACHED'}Myöhässä\
            {#is 'NONE'}Ei palvelutasoa\
            {#else}{state}\
            {/when}""")
    String sla_state(String state);

    @Message("""
            {#when action}\
            {#is 'reply'}Vastaus asiakkaalle\
            {#is 'note'}Sisäinen muistiinpano\
            {#is 'information-request'}Lisätietopyyntö asiakkaalle\
            {#else}{action}\
            {/when}""")
    String work_action(String action);

    @Message("""
            {#when action}\
            {#is 'reply'}Lähetä vastaus\
            {#is 'note'}Tallenna muistiinpano\
            {#is 'information-request'}Pyydä lisätietoja\
            {#else}{action}\
            {/when}""")
    String work_send(String action);

    @Message("""
            {#when kind}\
            {#is 'RECEIVED'}Vastaanotettu\
            {#is 'ROUTED'}Ohjattu\
            {#is 'ASSIGNED'}Otettu käsittelyyn\
            {#is 'RELEASED'}Palautettu jonoon\
            {#is 'REPLY'}Vastaus asiakkaalle\
            {#is 'NOTE'}Sisäinen muistiinpano\
            {#is 'INFORMATION_REQUESTED'}Lisätietopyyntö\
            {#is 'CLIENT_MESSAGE'}Asiakkaan viesti\
            {#is 'TRANSFERRED'}Siirretty\
            {#is 'RESOLVED'}Ratkaistu\
            {#is 'REOPENED'}Avattu uudelleen\
            {#is 'CLOSED'}Suljettu\
            {#is 'SLA_AT_RISK'}Palvelutaso vaarassa\
            {#is 'SLA_BREACHED'}Palvelutaso ylittyi\
            {#is 'ESCALATED'}Eskaloitu\
            {#is 'OFFERED'}Tarjottu\
            {#is 'OFFER_DECLINED'}Tarjous hylätty\
            {#is 'OFFER_EXPIRED'}Tarjous vanheni\
            {#is 'CLIENT_DATA_ERASED'}Asiakkaan tiedot poistettu\
            {#else}{kind}\
            {/when}""")
    String staff_entry_kind(String kind);

    @Message("ei palvelua")
    String chart_no_service();

    @Message("Haku")
    String search_heading();

    @Message("Hae palveluita ja ohjeita")
    String search_label();

    @Message("Hae")
    String search_button();

    @Message("Palvelut")
    String search_services();

    @Message("Ohjeet")
    String search_articles();

    @Message("Ei tuloksia.")
    String search_none();

    @Message("Tarkoititko:")
    String search_did_you_mean();

    @Message("Kuvaus")
    String service_description();

    @Message("Näin asioit")
    String service_instructions();

    @Message("Asiointikanavat")
    String service_channels();

    @Message("Palvelulle ei ole kirjattu asiointikanavia. Voit ottaa yhteyttä verkossa.")
    String service_no_channels();

    @Message("Avoinna aina")
    String service_always_open();

    @Message("Suljettu")
    String service_closed();

    @Message("Aukioloajat")
    String service_hours();

    @Message("Ohjeita tähän palveluun")
    String service_articles();

    @Message("Avoinna nyt, sulkeutuu klo {time}")
    String service_open_until(String time);

    @Message("Suljettu, avautuu {time}")
    String service_closed_opens(String time);

    @Message("""
            {#when day}\
            {#is 'MONDAY'}maanantai\
            {#is 'TUESDAY'}tiistai\
            {#is 'WEDNESDAY'}keskiviikko\
            {#is 'THURSDAY'}torstai\
            {#is 'FRIDAY'}perjantai\
            {#is 'SATURDAY'}lauantai\
            {#is 'SUNDAY'}sunnuntai\
            {#else}{day}\
            {/when}""")
    String weekday(String day);

    @Message("Omat tietoni")
    String my_data_heading();

    @Message("Nimi")
    String my_data_name();

    @Message("Syntymäaika")
    String my_data_birth_date();

    @Message("Y-tunnus")
    String my_data_business_id();

    @Message("Sähköpostit")
    String my_data_emails();

    @Message("Puhelinnumerot")
    String my_data_phones();

    @Message("Kotikunta")
    String my_data_municipality();

    @Message("Kuka on lukenut tietojasi")
    String my_data_reads();

    @Message("Kukaan ei ole lukenut tietojasi.")
    String my_data_no_reads();

    @Message("Milloin")
    String my_data_when();

    @Message("Kuka")
    String my_data_who();

    @Message("Mitä")
    String my_data_what();

    @Message("Miksi")
    String my_data_why();

    @Message("Asiakasrekisterissä ei ole sinusta tietoja.")
    String my_data_none();

    @Message("Omat tietoni")
    String nav_my_data();

    @Message("Ehdotetut ohjeet")
    String work_suggestions();

    @Message("Asiakas")
    String work_client();

    @Message("Käyttötarkoitus")
    String work_client_purpose();

    @Message("Tietojen lukeminen kirjataan asiakkaan nähtäväksi käyttötarkoituksineen.")
    String work_client_audited();

    @Message("Näytä asiakkaan tiedot")
    String work_client_read();

    @Message("Henkilötunnus")
    String work_identity_code();

    @Message("Asiakasryhmät")
    String work_segments();

    @Message("Kerro käyttötarkoitus (5–500 merkkiä).")
    String error_purpose();

    @Message("Yhteydenottoa ei ole liitetty asiakkaaseen.")
    String error_no_client();

    @Message("Ohjaussäännöt")
    String rules_heading();

    @Message("Kokeile ohjausta")
    String rules_simulator();

    @Message("Mihin tämä ohjautuisi?")
    String rules_simulate();

    @Message("Sääntö")
    String rules_rule();

    @Message("Säännöt järjestyksessä")
    String rules_list();

    @Message("Organisaatiollasi ei ole ohjaussääntöjä: yhteydenotot menevät palvelun oletusjonoon.")
    String rules_none();

    @Message("Ehdot")
    String rules_conditions();

    @Message("Versio")
    String rules_version();

    @Message("pois käytöstä")
    String rules_disabled();

    @Message("Sisällöt")
    String nav_edit();

    @Message("Enintään 20 asiasanaa, kukin enintään 50 merkkiä.")
    String error_tags();

    @Message("Kirjoita otsikko.")
    String error_title_required();

    @Message("Otsikko on liian pitkä (enintään 200 merkkiä).")
    String error_title_too_long();

    @Message("Teksti on liian pitkä (enintään 100 000 merkkiä).")
    String error_body_too_long();

    @Message("Joku muu tallensi tekstin sillä välin. Tekstisi on alla tallentamattomana: avaa sivu uudelleen toisessa välilehdessä, vertaa ja tallenna sitten.")
    String error_edit_conflict();

    @Message("Anna julkaisuaika muodossa pp.kk.vvvv tt:mm.")
    String error_publish_at();

    @Message("Palaute on liian pitkä (enintään 1000 merkkiä).")
    String error_note_too_long();

    @Message("Et voi hyväksyä tekstiä, jonka itse kirjoitit tai lähetit: toinen sisällöntuottaja tarkastaa sen.")
    String error_self_review();

    @Message("Tätä vaihetta ei voi tehdä tekstin nykyisessä tilassa.")
    String error_step_not_allowed();

    @Message("Luonnos tallennettiin.")
    String notice_article_created();

    @Message("Uusi versio tallennettiin luonnokseksi.")
    String notice_article_saved();

    @Message("Teksti lähetettiin tarkastettavaksi.")
    String notice_article_submit();

    @Message("Teksti hyväksyttiin.")
    String notice_article_approve();

    @Message("Teksti palautettiin kirjoittajalle.")
    String notice_article_reject();

    @Message("Teksti poistettiin käytöstä.")
    String notice_article_archive();

    @Message("Selaa palveluja")
    String browse_heading();

    @Message("Elämäntilanteen mukaan:")
    String browse_life_events();

    @Message("Palveluryhmä")
    String browse_group();

    @Message("Elämäntilanne")
    String browse_life_event();

    @Message("Kenelle")
    String browse_target_group();

    @Message("Kaikki")
    String browse_all();

    @Message("Näytä palvelut")
    String browse_show();

    @Message("Näytä kaikki palvelut")
    String browse_clear();

    @Message("Valintaa ei löytynyt; näytetään kaikki.")
    String error_filter();

    @Message("{#when n}{#is 0}Ei palveluja näillä valinnoilla.{#is 1}1 palvelu.{#else}{n} palvelua.{/when}")
    String browse_count(int n);

    @Message("Voisivatko nämä ohjeet auttaa?")
    String suggestions_heading();

    @Message("(avautuu uuteen välilehteen)")
    String opens_in_new_tab();

    @Message("Asiantuntijoiden kuormitus")
    String supervise_agents_heading();

    @Message("Organisaatiollasi ei ole vielä asiantuntijoita.")
    String supervise_no_agents();

    @Message("Asiantuntija")
    String supervise_agent();

    @Message("Käsittelyssä / kapasiteetti")
    String supervise_agent_load();

    @Message("erityisasiantuntija")
    String supervise_expert();

    @Message("tai erityisasiantuntijalle")
    String work_expert();

    @Message("Artikkelin tiedot tallennettiin.")
    String notice_article_details();
}
