package fi.kohtaamo.feedback.repository;

import fi.kohtaamo.feedback.domain.SatisfactionInvitee;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

@ApplicationScoped
public class SatisfactionInviteeRepository implements PanacheRepositoryBase<SatisfactionInvitee, String> {

    /**
     * Records that the client is invited now unless they were invited after {@code invitedSince};
     * answers whether it was recorded. One statement, so two resolutions of the same client's
     * contacts never both invite.
     */
    public boolean claim(String clientKey, Instant now, Instant invitedSince) {
        return getEntityManager().createNativeQuery("""
                insert into satisfaction_invitee (client_key, invited_at) values (?1, ?2)
                on conflict (client_key) do update set invited_at = excluded.invited_at
                 where satisfaction_invitee.invited_at <= ?3""")
                .setParameter(1, clientKey).setParameter(2, now)
                .setParameter(3, invitedSince).executeUpdate() != 0;
    }

    /** Forgets when the client was invited (an erasure); answers how many records went. */
    public int forget(String clientKey) {
        return (int) delete("clientKey", clientKey);
    }
}
