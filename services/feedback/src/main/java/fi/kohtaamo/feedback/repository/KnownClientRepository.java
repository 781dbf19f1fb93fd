package fi.kohtaamo.feedback.repository;

import fi.kohtaamo.feedback.domain.KnownClient;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class KnownClientRepository implements PanacheRepositoryBase<KnownClient, UUID> {

    /** The client the registry links to a sign-in subject, as this copy last heard. */
    public Optional<KnownClient> findBySignInSubject(String subject) {
        return find("signInSubject", subject).firstResultOptional();
    }

    /**
     * Another client's copy loses the subject: the registry links a subject to one client at a
     * time, and the newest event applied says which (a merge or a correction moved it).
     */
    public int releaseSubjectFromOthers(String subject, UUID holder) {
        return update("signInSubject = null where signInSubject = ?1 and clientId <> ?2", subject, holder);
    }
}
