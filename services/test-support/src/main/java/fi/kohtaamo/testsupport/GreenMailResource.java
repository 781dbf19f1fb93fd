package fi.kohtaamo.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * A real SMTP server (GreenMail) on a free port, for tests of what a service e-mails:
 * {@code @QuarkusTestResource(GreenMailResource.class)} points {@code quarkus.mailer.port} at it.
 */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    private static GreenMail smtp;

    /** The running server, to read what was received. */
    public static GreenMail smtp() {
        return smtp;
    }

    @Override
    public Map<String, String> start() {
        smtp = new GreenMail(new ServerSetup(Processes.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
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
