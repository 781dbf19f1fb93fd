package fi.kohtaamo.knowledge.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The pure parts of the analysis: Voikko's compound parts, folding, restoring diacritics, stems. */
class TextAnalysisTest {

    @Test
    void voikkoWordBasesGiveTheCompoundsPartsWithDerivationsJoined() {
        assertThat(Voikko.parts("+liittymä(liittymä)+lupa(lupa)")).containsExactly("liittymä", "lupa");
        assertThat(Voikko.parts("+erikois+kuljet(kuljettaa)+us(+us)+lupa(lupa)")).containsExactly("erikois", "kuljetus", "lupa");
        assertThat(Voikko.parts("+luonnon(luonto)+suojel(suojella)+u(+u)+alue(alue)")).containsExactly("luonto", "suojelu", "alue");
        assertThat(Voikko.parts("+työ(työ)+tön(+tön)")).as("a derivation is no compound").isEmpty();
        assertThat(Voikko.parts("+tuki(tuki)")).isEmpty();
    }

    @Test
    void foldingDropsDiacritics() {
        assertThat(TextAnalysis.fold("ympäristölupa")).isEqualTo("ymparistolupa");
        assertThat(TextAnalysis.fold("åkerstöd")).isEqualTo("akerstod");
        assertThat(TextAnalysis.fold("café")).isEqualTo("cafe");
    }

    @Test
    void diacriticsAreRestoredInEveryCombinationUpToALimit() {
        assertThat(TextAnalysis.restored("fi", "tyottomaksi")).contains("työttömäksi").doesNotContain("tyottomaksi").hasSize(7);
        assertThat(TextAnalysis.restored("sv", "oversvamning")).contains("översvämning").hasSize(5);
        assertThat(TextAnalysis.restored("sv", "akerstod")).contains("åkerstöd");
        assertThat(TextAnalysis.restored("fi", "kissa")).containsExactly("kissä");
        assertThat(TextAnalysis.restored("fi", "salakalastaja")).as("more than four letters to try").isEmpty();
        assertThat(TextAnalysis.restored("fi", "tiet")).isEmpty();
    }

    @Test
    void snowballStemsAsPostgresqlWould() {
        assertThat(TextAnalysis.stem("fi", "lupahakemuksen")).isEqualTo("lupahakemuks");
        assertThat(TextAnalysis.stem("sv", "vägarna")).isEqualTo("väg");
        assertThat(TextAnalysis.stem("en", "permits")).isEqualTo("permit");
        assertThat(TextAnalysis.words("Liito-orava, LUPA!")).containsExactly("liito", "orava", "lupa");
    }
}
