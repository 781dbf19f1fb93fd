package fi.kohtaamo.routing.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuotedReplyTest {

    @Test
    void theAttributionAndTheQuotedNoticeBelowTheAnswerGo() {
        assertThat(QuotedReply.newPart("Tässä tiedot.\n\nOn Mon, 7 Dec 2026, Kohtaamo <k@ely.example> wrote:\n> Asiasi\n>\n> päivittyi"))
                .isEqualTo("Tässä tiedot.");
        assertThat(QuotedReply.newPart("Här är svaret.\n\nden 7 dec. 2026 skrev Kohtaamo:\n> Ditt ärende"))
                .isEqualTo("Här är svaret.");
        assertThat(QuotedReply.newPart("Vastaus\n-----Alkuperäinen viesti-----\nLähettäjä: Kohtaamo\nAsiasi päivittyi"))
                .isEqualTo("Vastaus");
    }

    @Test
    void quotesBetweenTheClientsOwnLinesStayAndAllQuotedTextIsKept() {
        String interleaved = "Kysyitte:\n> Mikä on tunnus?\nSe on 91-1-2-3.";
        assertThat(QuotedReply.newPart(interleaved)).isEqualTo(interleaved);
        assertThat(QuotedReply.newPart("> vain lainausta")).isEqualTo("> vain lainausta");
    }
}
