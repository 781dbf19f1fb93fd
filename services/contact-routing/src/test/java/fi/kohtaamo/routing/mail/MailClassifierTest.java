package fi.kohtaamo.routing.mail;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class MailClassifierTest {

    static MimeMessage message(String headers) throws Exception {
        String raw = "Message-ID: <x@client.example>\r\nSubject: Poissa\r\n" + headers.replace("|", "\r\n")
                + "\r\nContent-Type: text/plain\r\n\r\nOlen lomalla.\r\n";
        return new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "From: a@client.example|Auto-Submitted: auto-replied; auto-submitted",
            "From: a@client.example|Auto-Submitted: Auto-Generated; auto-submitted",
            "From: a@client.example|Precedence: bulk; precedence-bulk",
            "From: a@client.example|Precedence: list; precedence-list",
            "From: a@client.example|Precedence: junk; precedence-junk",
            "From: a@client.example|List-Id: <uutiset.lists.example>; mailing-list",
            "From: a@client.example|List-Unsubscribe: <mailto:u@lists.example>; mailing-list",
            "From: a@client.example|Return-Path: <>; bounce",
            "From: Mail Delivery System <MAILER-DAEMON@mx.example>; bounce",
            "From: postmaster@mx.example; bounce",
            "From: a@client.example|X-Autoreply: yes; auto-reply"})
    void automaticMailIsToldByItsHeaders(String headers, String reason) throws Exception {
        assertThat(MailClassifier.automatic(message(headers))).isEqualTo(reason);
    }

    @Test
    void aDeliveryReportIsAutomatic() throws Exception {
        String raw = "From: a@client.example\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n"
                + "--b\r\nContent-Type: text/plain\r\n\r\nUndeliverable\r\n--b--\r\n";
        MimeMessage report = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
        assertThat(MailClassifier.automatic(report)).isEqualTo("delivery-report");
    }

    @Test
    void aPersonsMessageAndAutoSubmittedNoAreNotAutomatic() throws Exception {
        assertThat(MailClassifier.automatic(message("From: Maija <maija@client.example>"))).isNull();
        assertThat(MailClassifier.automatic(message("From: maija@client.example|Auto-Submitted: no"))).isNull();
        assertThat(MailClassifier.automatic(message("From: maija@client.example|Return-Path: <maija@client.example>"))).isNull();
        assertThat(MailClassifier.automatic(message("From: maija@client.example|Precedence: first-class"))).isNull();
    }
}
