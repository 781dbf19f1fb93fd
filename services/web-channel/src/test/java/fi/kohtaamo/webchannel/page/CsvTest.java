package fi.kohtaamo.webchannel.page;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one CSV cell rule every download uses. */
class CsvTest {

    @Test
    void aLeadingFormulaCharacterIsDefused() {
        assertThat(Csv.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(Csv.cell("+358 40")).isEqualTo("'+358 40");
        assertThat(Csv.cell("-2")).isEqualTo("'-2");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("a=b")).isEqualTo("a=b");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuoted() {
        assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.cell("one\ntwo\nthree")).isEqualTo("\"one\ntwo\nthree\"");
        assertThat(Csv.cell(null)).isEmpty();
    }

    @Test
    void aRowEndsWithCrlf() {
        assertThat(Csv.row("a", "=b", "c,d")).isEqualTo("a,'=b,\"c,d\"\r\n");
    }
}
