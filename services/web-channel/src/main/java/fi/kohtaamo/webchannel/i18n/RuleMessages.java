package fi.kohtaamo.webchannel.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The supervisor's rule editor's texts ({@code rule:} in templates). Finnish here; Swedish and
 * English in messages/rule_sv.properties and messages/rule_en.properties.
 */
@MessageBundle(value = "rule", locale = "fi")
public interface RuleMessages {

    @Message("Uusi ohjaussääntö")
    String rule_new_heading();

    @Message("Muokkaa ohjaussääntöä")
    String rule_edit_heading();

    @Message("Säännön nimi")
    String rule_name();

    @Message("Järjestys")
    String rule_position();

    @Message("Säännöt kokeillaan pienimmästä suurimpaan; ensimmäinen sopiva ratkaisee. 0–100000.")
    String rule_position_hint();

    @Message("Käytössä")
    String rule_enabled();

    @Message("Kun yhteydenotto")
    String rule_when();

    @Message("Tyhjä ehto sopii kaikkiin. Jos valitset useita, mikä tahansa niistä sopii.")
    String rule_when_hint();

    @Message("koskee palvelua")
    String rule_services();

    @Message("kuuluu palveluryhmään")
    String rule_groups();

    @Message("tulee kanavasta")
    String rule_channels();

    @Message("on kielellä")
    String rule_languages();

    @Message("sisältää sanan")
    String rule_keywords();

    @Message("Pilkuilla erotettuina; sana sopii sanan alkuun (kiire sopii sanaan kiireellinen).")
    String rule_keywords_hint();

    @Message("asiakas kuuluu asiakasryhmään")
    String rule_segments();

    @Message("Koodit pilkuilla erotettuina.")
    String rule_list_hint();

    @Message("asiakkaan kotikunta on")
    String rule_municipalities();

    @Message("Tilastokeskuksen kuntakoodit pilkuilla erotettuina, esim. 091, 837.")
    String rule_municipalities_hint();

    @Message("Silloin")
    String rule_then();

    @Message("Valitse jono")
    String rule_choose_queue();

    @Message("Palvelun oma")
    String rule_priority_default();

    @Message("Vaadittu osaaminen")
    String rule_skills();

    @Message("taito=taso pilkuilla erotettuina, taso 1–5, esim. luvat=3, tiet=2.")
    String rule_skills_hint();

    @Message("Tallenna sääntö")
    String rule_save();

    @Message("Poista sääntö")
    String rule_delete();

    @Message("Poistettu sääntö ei enää ohjaa yhteydenottoja; sen versiot säilyvät.")
    String rule_delete_hint();

    @Message("Uusi sääntö")
    String rules_new();

    @Message("Anna säännölle nimi (enintään 200 merkkiä).")
    String error_rule_name();

    @Message("Anna järjestys numerona 0–100000.")
    String error_rule_position();

    @Message("Valitse prioriteetti 1–5.")
    String error_rule_priority();

    @Message("Kirjoita osaaminen muodossa taito=taso, taso 1–5.")
    String error_rule_skills();

    @Message("Enintään 50 sanaa, kukin enintään 100 merkkiä.")
    String error_rule_keywords();

    @Message("Joku muu muutti sääntöä sillä välin. Muutoksesi ovat alla tallentamattomina: avaa sääntö uudelleen ja tee ne siihen.")
    String error_rule_conflict();

    @Message("Ohjaus ei hyväksynyt tätä arvoa.")
    String error_rule_refused();

    @Message("Sääntö lisättiin.")
    String notice_rule_created();

    @Message("Sääntö tallennettiin uutena versiona.")
    String notice_rule_saved();

    @Message("Sääntö poistettiin.")
    String notice_rule_deleted();

    @Message("Säilyvät ennallaan (muutettavissa rajapinnan kautta): {conditions}")
    String rule_kept(String conditions);

    @Message("""
            {#when c}\
            {#is 'WEB'}Verkkolomake\
            {#is 'EMAIL'}Sähköposti\
            {#is 'PHONE'}Puhelin\
            {#is 'CHAT'}Chat\
            {#is 'LETTER'}Kirje\
            {#is 'IN_PERSON'}Käynti\
            {#is 'API'}Viranomaisen järjestelmä\
            {#is 'OPEN311'}Open311\
            {#else}{c}\
            {/when}""")
    String channel_name(String c);
}
