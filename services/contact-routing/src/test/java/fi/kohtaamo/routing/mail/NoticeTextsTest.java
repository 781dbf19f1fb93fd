package fi.kohtaamo.routing.mail;

import fi.kohtaamo.routing.domain.ClientNotice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What the receipts say in each language: the secret only when the mail carries one. */
class NoticeTextsTest {

    private static final String PAGE = "https://kohtaamo.example/status";

    private static ClientNotice receipt(String language, String sender, String secret) {
        ClientNotice notice = new ClientNotice();
        notice.kind = ClientNotice.Kind.RECEIPT;
        notice.language = language;
        notice.trackingCode = "KH-2345-6789";
        notice.sender = sender;
        notice.accessSecret = secret;
        return notice;
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void aReceiptToAnEmailClientGivesTheSecretAndInvitesAnAnswer(String language) {
        String text = NoticeTexts.receipt(receipt(language, "kirjaamo@ely.example", "abcdefghijkmnpqrstuv"), NoticeTexts.Follow.WITH_SECRET, PAGE);

        assertThat(text).contains("KH-2345-6789", PAGE, "abcdefghijkmnpqrstuv");
        assertThat(text).containsAnyOf("Voit vastata tähän viestiin", "Du kan svara på detta meddelande",
                "You can reply to this message");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi", "sv", "en"})
    void aReceiptToATypedAddressPointsToTheStatusPageAndItsRecovery(String language) {
        String text = NoticeTexts.receipt(receipt(language, null, null), NoticeTexts.Follow.WITH_SECRET, PAGE);

        assertThat(text).contains("KH-2345-6789", PAGE).containsAnyOf("hukassa", "tappat bort", "lost it")
                .containsAnyOf("Älä vastaa", "Svara inte", "Please do not reply");
    }

    @Test
    void aSignedInClientFollowsSignedIn() {
        assertThat(NoticeTexts.receipt(receipt("fi", null, null), NoticeTexts.Follow.SIGNED_IN, PAGE)).contains("kirjautuneena")
                .doesNotContain("hukassa");
        assertThat(NoticeTexts.receipt(receipt("sv", null, null), NoticeTexts.Follow.SIGNED_IN, PAGE)).contains("inloggad");
        assertThat(NoticeTexts.receipt(receipt("en", null, null), NoticeTexts.Follow.SIGNED_IN, PAGE)).contains("signed in");
    }

    @Test
    void anOpen311RequestIsFollowedInItsApplicationWithoutASecret() {
        assertThat(NoticeTexts.receipt(receipt("fi", null, null), NoticeTexts.Follow.IN_APPLICATION, PAGE))
                .contains("sovelluksessa").doesNotContain("tunnisteella");
        assertThat(NoticeTexts.receipt(receipt("sv", null, null), NoticeTexts.Follow.IN_APPLICATION, PAGE)).contains("programmet");
        assertThat(NoticeTexts.receipt(receipt("en", null, null), NoticeTexts.Follow.IN_APPLICATION, PAGE)).contains("application");
    }

    @Test
    void aReplyKeepsTheClientsSubjectAndAddsTheCodeOnce() {
        ClientNotice notice = receipt("fi", "kirjaamo@ely.example", null);

        assertThat(NoticeTexts.replySubject(notice, "Lupa")).isEqualTo("Re: Lupa [KH-2345-6789]");
        assertThat(NoticeTexts.replySubject(notice, "RE: Lupa [kh-2345-6789]")).isEqualTo("RE: Lupa [kh-2345-6789]");
        assertThat(NoticeTexts.replySubject(notice, " ")).isEqualTo("Asiasi KH-2345-6789: vastaanotettu");
    }
}
