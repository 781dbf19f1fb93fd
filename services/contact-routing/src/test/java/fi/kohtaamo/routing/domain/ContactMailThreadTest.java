package fi.kohtaamo.routing.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** What a contact keeps of the client's e-mail thread, which staff's replies by e-mail answer. */
class ContactMailThreadTest {

    @Test
    void aReplyAnswersTheLatestMessageUnderTheFirstSubject() {
        Contact contact = new Contact();
        contact.clientMailed("first@client.example", List.of(), "Bygglov");
        assertThat(contact.mailMessageId).isEqualTo("first@client.example");
        assertThat(contact.mailReferences).isEqualTo("first@client.example");

        contact.clientMailed("second@client.example", List.of("ours@kohtaamo.invalid", "first@client.example",
                "ours@kohtaamo.invalid"), "Re: Bygglov [KH-1234-5678]");

        assertThat(contact.mailSubject).isEqualTo("Bygglov");
        assertThat(contact.mailMessageId).isEqualTo("second@client.example");
        assertThat(contact.mailReferences).as("each id once, the answered message last")
                .isEqualTo("ours@kohtaamo.invalid first@client.example second@client.example");
    }

    @Test
    void aLongThreadKeepsItsLatestTenIds() {
        Contact contact = new Contact();
        List<String> earlier = IntStream.range(0, 30).mapToObj(i -> "m" + i + "@client.example").toList();

        contact.clientMailed("latest@client.example", earlier, "");

        String[] ids = contact.mailReferences.split(" ");
        assertThat(ids).hasSize(Contact.MAX_REFERENCES).endsWith("latest@client.example").startsWith("m21@client.example");
        assertThat(contact.mailSubject).as("a blank subject is none").isNull();
    }

    @Test
    void aMessageWithoutMessageIdLeavesTheThreadAsItWas() {
        Contact contact = new Contact();
        contact.clientMailed("first@client.example", List.of(), "Asia");

        contact.clientMailed(null, List.of("other@client.example"), "Toinen");

        assertThat(contact.mailMessageId).isEqualTo("first@client.example");
        assertThat(contact.mailReferences).isEqualTo("first@client.example");
    }

    @Test
    void removingPersonalDataForgetsTheThread() {
        Contact contact = new Contact();
        contact.clientMailed("first@client.example", List.of(), "Henkilökohtainen aihe");

        contact.removePersonalData("(removed)", Instant.parse("2026-12-01T00:00:00Z"));

        assertThat(contact.mailSubject).isNull();
        assertThat(contact.mailMessageId).isNull();
        assertThat(contact.mailReferences).isNull();
    }
}
