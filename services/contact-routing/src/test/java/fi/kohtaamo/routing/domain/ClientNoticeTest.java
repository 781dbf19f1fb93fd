package fi.kohtaamo.routing.domain;

import fi.kohtaamo.mailqueue.MailDelivery;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A new access secret in clear lives only as long as the mail that carries it is on its way. */
class ClientNoticeTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private static ClientNotice receiptWithSecret() {
        ClientNotice notice = new ClientNotice();
        notice.kind = ClientNotice.Kind.RECEIPT;
        notice.accessSecret = "secret-in-clear";
        notice.delivery(MailDelivery.queued(NOW));
        return notice;
    }

    @Test
    void theSecretIsKeptWhileTheMailMayStillGo() {
        ClientNotice notice = receiptWithSecret();
        notice.delivery(notice.delivery().failed("421 try later", NOW));
        notice.forgetSecret();
        assertThat(notice.accessSecret).isEqualTo("secret-in-clear");
    }

    @Test
    void theSecretIsForgottenOnceTheMailIsSent() {
        ClientNotice notice = receiptWithSecret();
        notice.delivery(notice.delivery().sent(NOW));
        notice.forgetSecret();
        assertThat(notice.accessSecret).isNull();
    }

    @Test
    void theSecretIsForgottenWhenTheMailIsGivenUp() {
        ClientNotice notice = receiptWithSecret();
        for (int i = 0; i < MailDelivery.MAX_ATTEMPTS; i++) {
            notice.delivery(notice.delivery().failed("550 no such user", NOW));
        }
        notice.forgetSecret();
        assertThat(notice.accessSecret).isNull();
    }
}
