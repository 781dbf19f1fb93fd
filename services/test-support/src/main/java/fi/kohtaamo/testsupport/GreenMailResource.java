package fi.kohtaamo.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * A real mail server (GreenMail): SMTP and IMAP on free ports, for tests of what a service
 * e-mails and of mailboxes it reads: {@code @QuarkusTestResource(GreenMailResource.class)} points
 * {@code quarkus.mailer.port} at its SMTP; {@link #imapPort()} is where its mailboxes are read.
 */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    private static GreenMail smtp;

    /** The running server, to read what was received. */
    public static GreenMail smtp() {
        return smtp;
    }

    /** The IMAP server's port. */
    public static int imapPort() {
        return smtp.getImap().getPort();
    }

    @Override
    public Map<String, String> start() {
        smtp = new GreenMail(new ServerSetup[]{
                new ServerSetup(Processes.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(Processes.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        smtp.start();
        return Map.of("quarkus.mailer.port", String.valueOf(smtp.getSmtp().getPort()));
    }

    @Override
    public void stop() {
        if (smtp != null) {
            smtp.stop();
        }
    }
}
