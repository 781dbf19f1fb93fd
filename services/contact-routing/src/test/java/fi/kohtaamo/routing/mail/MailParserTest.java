package fi.kohtaamo.routing.mail;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Finnish and Swedish text survives every common encoding; HTML is sanitised. */
class MailParserTest {

    static ParsedMail parse(String raw, Charset bytes) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(bytes)));
        return MailParser.parse(message, "uid:INBOX:1:1");
    }

    @Test
    void utf8QuotedPrintableFinnishAndAnEncodedWordSubject() throws Exception {
        ParsedMail mail = parse("""
                Message-ID: <qp@client.example>
                From: =?UTF-8?Q?Jyrki_M=C3=A4kel=C3=A4?= <Jyrki@Client.example>
                Subject: =?UTF-8?Q?H=C3=A4t=C3=A4ilmoitus_=C3=B6ljyvahingosta?=
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: quoted-printable

                Hyv=C3=A4=C3=A4 p=C3=A4iv=C3=A4=C3=A4, =C3=B6ljy=C3=A4 valuu j=C3=A4rveen.
                """, StandardCharsets.US_ASCII);
        assertThat(mail.subject()).isEqualTo("Hätäilmoitus öljyvahingosta");
        assertThat(mail.senderName()).isEqualTo("Jyrki Mäkelä");
        assertThat(mail.sender()).isEqualTo("jyrki@client.example");
        assertThat(mail.text()).isEqualTo("Hyvää päivää, öljyä valuu järveen.");
        assertThat(mail.html()).isNull();
        assertThat(mail.messageKey()).isEqualTo(MailParser.sha256("id:<qp@client.example>"));
    }

    @Test
    void textWithoutANamedCharsetIsReadAsUtf8WhenItIsAndAsLatin1Otherwise() throws Exception {
        String raw = """
                Message-ID: <bare@client.example>
                From: maija@client.example
                Subject: Re: Lupa-asia

                Lisätieto: tila on Nurmijärvellä.
                """;
        assertThat(parse(raw, StandardCharsets.UTF_8).text()).isEqualTo("Lisätieto: tila on Nurmijärvellä.");
        assertThat(parse(raw, StandardCharsets.ISO_8859_1).text()).isEqualTo("Lisätieto: tila on Nurmijärvellä.");
    }

    /** PostgreSQL refuses U+0000 in text: a mail carrying one would fail on every pass and stall its mailbox. */
    @Test
    void nulCharactersAreDroppedFromSubjectNameAndText() throws Exception {
        ParsedMail mail = parse("""
                Message-ID: <nul@client.example>
                From: =?UTF-8?Q?Ville=00_V?= <ville@client.example>
                Subject: =?UTF-8?Q?Tie=00_poikki?=
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: quoted-printable

                Puu=00 kaatui tielle.
                """, StandardCharsets.US_ASCII);
        assertThat(mail.subject()).isEqualTo("Tie poikki");
        assertThat(mail.senderName()).isEqualTo("Ville V");
        assertThat(mail.text()).isEqualTo("Puu kaatui tielle.");
    }

    @Test
    void iso88591Base64SwedishWithItsLanguage() throws Exception {
        String body = Base64.getMimeEncoder().encodeToString(
                "Hej! Jag har en fråga om företagsstöd för år 2027.".getBytes(StandardCharsets.ISO_8859_1));
        ParsedMail mail = parse("""
                Message-ID: <b64@client.example>
                From: =?ISO-8859-1?Q?Bj=F6rn_=C5str=F6m?= <bjorn@client.example>
                Subject: =?ISO-8859-1?B?RnLlZ2Egb20gc3T2ZA==?=
                Content-Language: sv-FI
                Content-Type: text/plain; charset=ISO-8859-1
                Content-Transfer-Encoding: base64

                """ + body + "\n", StandardCharsets.US_ASCII);
        assertThat(mail.subject()).isEqualTo("Fråga om stöd");
        assertThat(mail.senderName()).isEqualTo("Björn Åström");
        assertThat(mail.text()).isEqualTo("Hej! Jag har en fråga om företagsstöd för år 2027.");
        assertThat(mail.language()).isEqualTo("sv");
    }

    @Test
    void eightBitIso88591WithoutTransferEncodingAndNoMessageId() throws Exception {
        ParsedMail mail = parse("""
                From: aino@client.example
                Subject: Kysymys
                Content-Type: text/plain; charset=iso-8859-1
                Content-Transfer-Encoding: 8bit

                Ääkköset: äöå ÄÖÅ.
                """, StandardCharsets.ISO_8859_1);
        assertThat(mail.text()).isEqualTo("Ääkköset: äöå ÄÖÅ.");
        assertThat(mail.messageKey()).as("the folder's UID stands in").isEqualTo(MailParser.sha256("uid:INBOX:1:1"));
        assertThat(mail.language()).isNull();
    }

    @Test
    void ofTextAndHtmlAlternativesTheTextIsTheTextAndTheHtmlIsSanitised() throws Exception {
        ParsedMail mail = parse("""
                Message-ID: <alt@client.example>
                From: maija@client.example
                Subject: Lomake
                Content-Type: multipart/alternative; boundary="b1"

                --b1
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: quoted-printable

                Hakemus liitteen=C3=A4.
                --b1
                Content-Type: text/html; charset=UTF-8
                Content-Transfer-Encoding: quoted-printable

                <html><head><style>p{color:red}</style><script>alert(1)</script></head><body>
                <p onclick=3D"steal()">Hakemus <b>liitteen=C3=A4</b>.</p>
                <img src=3D"https://tracker.example/pixel.gif"><a href=3D"javascript:alert(1)">x</a>
                <a href=3D"https://ely.example/ohje">ohje</a></body></html>
                --b1--
                """, StandardCharsets.US_ASCII);
        assertThat(mail.text()).isEqualTo("Hakemus liitteenä.");
        assertThat(mail.html()).contains("<b>liitteenä</b>", "href=\"https://ely.example/ohje\"", "rel=\"nofollow noopener\"")
                .doesNotContain("script", "alert", "onclick", "steal", "<img", "tracker", "style", "javascript");
    }

    @Test
    void anHtmlOnlyMessageGivesItsTextLineByLine() throws Exception {
        ParsedMail mail = parse("""
                Message-ID: <html@client.example>
                From: maija@client.example
                Subject: Kysymys
                Content-Type: text/html; charset=ISO-8859-1
                Content-Transfer-Encoding: quoted-printable

                <div>Hei,</div><div><br></div><p>voinko hakea tukea my=F6s ensi vuonna?</p><ul><li>Ens=E4 yksi</li><li>Toinen</li></ul>
                """, StandardCharsets.US_ASCII);
        assertThat(mail.text()).isEqualTo("Hei,\n\nvoinko hakea tukea myös ensi vuonna?\nEnsä yksi\nToinen");
        assertThat(mail.html()).contains("myös");
    }

    @Test
    void attachmentsAreNotTakenForTheText() throws Exception {
        ParsedMail mail = parse("""
                Message-ID: <att@client.example>
                From: maija@client.example
                Subject: Liite
                Content-Type: multipart/mixed; boundary="m"

                --m
                Content-Type: text/plain; charset=UTF-8

                Katso liite.
                --m
                Content-Type: text/plain; charset=UTF-8
                Content-Disposition: attachment; filename="muistio.txt"

                Liitteen sisältö
                --m--
                """, StandardCharsets.UTF_8);
        assertThat(mail.text()).isEqualTo("Katso liite.");
    }

    @Test
    void referencesAreTheMessageIdsOfInReplyToAndReferences() throws Exception {
        ParsedMail mail = parse("""
                Message-ID: <r@client.example>
                In-Reply-To: <n1@kohtaamo.invalid>
                References: <a@client.example>
                 <n1@kohtaamo.invalid>
                From: maija@client.example
                Subject: Re: asia

                Vastaus
                """, StandardCharsets.UTF_8);
        assertThat(mail.references()).containsExactly("n1@kohtaamo.invalid", "a@client.example", "n1@kohtaamo.invalid");
    }
}
