package fi.kohtaamo.routing;

import fi.kohtaamo.routing.attachment.AttachmentFiles;
import fi.kohtaamo.routing.domain.Attachment;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.Mailbox;
import fi.kohtaamo.routing.service.MailboxReader;
import fi.kohtaamo.testsupport.GreenMailResource;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Files attached to an e-mail become the contact's attachments, checked as uploads are; refused ones are left out. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "routing"))
@QuarkusTestResource(GreenMailResource.class)
class MailAttachmentTest {

    @Inject
    MailboxReader reader;

    @Test
    void anEmailsFilesAreTheContactsAttachmentsAndAnExecutableIsLeftOut() throws Exception {
        Mailbox mailbox = MailFixtures.mailbox("ely-uusimaa", null);
        MailFixtures.deliver(mailbox, "Message-ID: <with-files-" + UUID.randomUUID() + "@client.example>\n"
                + "From: Maija <maija.liitteet@client.example>\n"
                + "Subject: Hakemuksen liitteet\n"
                + "MIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"b1\"\n\n"
                + "--b1\nContent-Type: text/plain; charset=UTF-8\n\nLiitteenä päätös ja kuva.\n"
                + part("application/pdf", "=?UTF-8?Q?p=C3=A4=C3=A4t=C3=B6s.pdf?=", AttachmentFiles.pdf())
                + part("application/pdf", "invoice.pdf", AttachmentFiles.executable())
                + part("image/png", "kuva.png", AttachmentFiles.png())
                + "--b1--\n");
        long temporaryBefore = temporaryCopies();

        reader.read(mailbox.id);

        List<Contact> contacts = MailIntakeTest.contactsOf(mailbox);
        assertThat(contacts).hasSize(1);
        assertThat(contacts.get(0).description).contains("Liitteenä päätös");
        List<Attachment> files = QuarkusTransaction.requiringNew().call(() ->
                Attachment.list("contactId = ?1 order by createdAt, id", contacts.get(0).id));
        assertThat(files).extracting(file -> file.fileName).containsExactlyInAnyOrder("päätös.pdf", "kuva.png");
        assertThat(files).extracting(file -> file.contentType).containsExactlyInAnyOrder("application/pdf", "image/png");
        assertThat(files).allSatisfy(file -> assertThat(file.addedByKind).isEqualTo(Attachment.AddedBy.CLIENT));
        assertThat(temporaryCopies()).as("the reader deletes its temporary copies").isLessThanOrEqualTo(temporaryBefore);
    }

    private static String part(String type, String name, byte[] content) {
        return "--b1\nContent-Type: " + type + "; name=\"" + name + "\"\n"
                + "Content-Disposition: attachment; filename=\"" + name + "\"\n"
                + "Content-Transfer-Encoding: base64\n\n" + Base64.getMimeEncoder().encodeToString(content) + "\n";
    }

    private static long temporaryCopies() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith("kohtaamo-mail-")).count();
        }
    }
}
