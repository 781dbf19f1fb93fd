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
}
