package fi.kohtaamo.webchannel.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The content editor's texts, a bundle of their own ({@code edit:} in templates). Finnish here;
 * Swedish and English in messages/edit_sv.properties and messages/edit_en.properties.
 */
@MessageBundle(value = "edit", locale = "fi")
public interface EditorMessages {

    @Message("Ohjeartikkelit")
    String edit_heading();

    @Message("Uusi artikkeli")
    String edit_new();

    @Message("Näytä tila")
    String edit_status_filter();

    @Message("Kaikki")
    String edit_all();

    @Message("Näytä")
    String edit_show();

    @Message("Ei artikkeleita.")
    String edit_none();

    @Message("Organisaatiosi kieliversiot, viimeksi muutettu ensin")
    String edit_worklist();

    @Message("Otsikko")
    String edit_title();

    @Message("Tila")
    String edit_status();

    @Message("Muutettu")
    String edit_updated();

    @Message("Lukukerrat")
    String edit_views();

    @Message("Kieli, jolla kirjoitat")
    String edit_source_language();

    @Message("Kenelle")
    String edit_audience();

    @Message("Palvelut")
    String edit_services();

    @Message("Valitse yksi tai useampi (Ctrl tai Cmd ja napsautus). Artikkeli näytetään näiden palvelujen sivuilla.")
    String edit_services_hint();

    @Message("Asiasanat")
    String edit_tags();

    @Message("Pilkuilla erotettuna, enintään 20.")
    String edit_tags_hint();

    @Message("Teksti")
    String edit_body();

    @Message("Markdown: # otsikko, *kursiivi*, **lihavointi**, - luettelo, [linkki](https://…). Esikatselu näyttää tekstin niin kuin se julkaistaan.")
    String edit_body_hint();

    @Message("Esikatsele")
    String edit_preview();

    @Message("Tallenna luonnos")
    String edit_save();

    @Message("Esikatselu")
    String edit_preview_heading();

    @Message("Uusi käännös")
    String edit_new_translation();

    @Message("Julkaistu")
    String edit_published();

    @Message("Julkaistaan")
    String edit_publish_at();

    @Message("Kieliversiot")
    String edit_translations();

    @Message("Käännöksen tila")
    String edit_translation_status();

    @Message("Työnkulku")
    String edit_workflow();

    @Message("Lähetä tarkastettavaksi")
    String edit_submit();

    @Message("Julkaisuaika (valinnainen, muuten heti)")
    String edit_publish_at_optional();

    @Message("Hyväksy ja julkaise")
    String edit_approve();

    @Message("Palaute kirjoittajalle (valinnainen)")
    String edit_reject_note();

    @Message("Palauta korjattavaksi")
    String edit_reject();

    @Message("Poista käytöstä")
    String edit_archive();

    @Message("Muokkaa tekstiä")
    String edit_edit_text();

    @Message("Kirjoita käännös")
    String edit_write_translation();

    @Message("Alkuperäinen teksti")
    String edit_source_text();

    @Message("Historia")
    String edit_history();

    @Message("Versiot, uusin ensin")
    String edit_versions();

    @Message("Työnkulun vaiheet, uusin ensin")
    String edit_steps();

    @Message("Kuka")
    String edit_by();

    @Message("Milloin")
    String edit_when();

    @Message("Vaihe")
    String edit_step();

    @Message("Huomautus")
    String edit_note();

    @Message("""
            {#when s}\
            {#is 'DRAFT'}Luonnos\
            {#is 'IN_REVIEW'}Tarkastettavana\
            {#is 'SCHEDULED'}Ajastettu\
            {#is 'PUBLISHED'}Julkaistu\
            {#is 'ARCHIVED'}Poistettu käytöstä\
            {#else}{s}\
            {/when}""")
    String article_status(String s);

    @Message("""
            {#when s}\
            {#is 'SOURCE'}Alkuperäinen\
            {#is 'MISSING'}Puuttuu\
            {#is 'OUTDATED'}Vanhentunut\
            {#is 'UP_TO_DATE'}Ajan tasalla\
            {#else}{s}\
            {/when}""")
    String translation_status(String s);

    @Message("""
            {#when l}\
            {#is 'fi'}suomi\
            {#is 'sv'}ruotsi\
            {#is 'en'}englanti\
            {#else}{l}\
            {/when}""")
    String language_name(String l);

    @Message("""
            {#when a}\
            {#is 'PUBLIC'}Kaikille (julkinen)\
            {#is 'INTERNAL'}Asiakaspalvelulle (sisäinen)\
            {#else}{a}\
            {/when}""")
    String audience_name(String a);

    @Message("Luetuimmat")
    String edit_most_viewed();

    @Message("Vähiten hyödyllisiksi koetut")
    String edit_least_helpful();

    @Message("Hyödyllinen: kyllä / ei")
    String edit_helpful();

    @Message("Muuta kohdeyleisöä, palveluja ja asiasanoja")
    String edit_change_details();

    @Message("Tallenna tiedot")
    String edit_save_details();

    @Message("Muutokset")
    String edit_changes();

    @Message("Poistetut rivit on merkitty miinuksella, lisätyt plussalla.")
    String edit_diff_hint();

    @Message("Versioissa ei ole eroja.")
    String edit_diff_none();

    @Message("Vertaa edelliseen (v{v})")
    String edit_compare(int v);

    @Message("Muutokset versiosta {from} versioon {to}")
    String edit_diff_heading(int from, int to);
}
