package fi.kohtaamo.registry.repository;

import fi.kohtaamo.registry.domain.Client;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ClientRepository implements PanacheRepositoryBase<Client, UUID> {

    /** Hibernate's lock timeout for "skip locked" (LockOptions.SKIP_LOCKED). */
    static final int SKIP_LOCKED = -2;

    public List<Client> withIdentityCodeHash(String hash) {
        return find("identityCodeHash", hash).list();
    }

    public Optional<Client> findByIdentityCodeHash(String hash) {
        return find("identityCodeHash", hash).firstResultOptional();
    }

    public List<Client> withBusinessId(String businessId) {
        return find("businessId", businessId).list();
    }

    public Optional<Client> findByBusinessId(String businessId) {
        return find("businessId", businessId).firstResultOptional();
    }

    public Optional<Client> findByKeycloakSubject(String subject) {
        return find("keycloakSubject", subject).firstResultOptional();
    }

    /** The citizen's own record, its row locked until the transaction ends: a version check and its change are one step. */
    public Optional<Client> lockByKeycloakSubject(String subject) {
        return find("keycloakSubject", subject).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** A client, its row locked until the transaction ends (a version check before a change). */
    public Optional<Client> lockById(UUID id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * Active clients whose name contains {@code like} (a lower-case LIKE pattern) or who have the
     * e-mail {@code exactEmail}, by name, at most {@code limit}.
     */
    public List<Client> searchActive(String like, String exactEmail, int limit) {
        return find("status = :active and (lower(firstName || ' ' || lastName) like :like"
                        + " or lower(name) like :like or array_contains(emails, :exact))",
                Sort.by("lastName").and("firstName").and("name"),
                Parameters.with("active", Client.Status.ACTIVE).and("like", like).and("exact", exactEmail))
                .page(Page.ofSize(limit)).list();
    }

    /** Active clients with the phone (normalised, as stored), by name, at most {@code limit}. */
    public List<Client> activeWithPhone(String phone, int limit) {
        return find("status = :active and array_contains(phones, :phone)",
                Sort.by("lastName").and("firstName").and("name"),
                Parameters.with("active", Client.Status.ACTIVE).and("phone", phone))
                .page(Page.ofSize(limit)).list();
    }

    /** Active persons with the e-mail or the phone (both normalised; "" matches nothing). */
    public List<Client> activePersonsSharing(String email, String phone) {
        return find("status = :active and kind = :person"
                        + " and (array_contains(emails, :email) or array_contains(phones, :phone))",
                Parameters.with("active", Client.Status.ACTIVE).and("person", Client.Kind.PERSON)
                        .and("email", email).and("phone", phone)).list();
    }

    /** Active organisations and communities with the e-mail or the phone. */
    public List<Client> activeOrganisationsSharing(String email, String phone) {
        return find("status = :active and kind <> :person"
                        + " and (array_contains(emails, :email) or array_contains(phones, :phone))",
                Parameters.with("active", Client.Status.ACTIVE).and("person", Client.Kind.PERSON)
                        .and("email", email).and("phone", phone)).list();
    }

    public List<Client> active() {
        return list("status", Client.Status.ACTIVE);
    }

    public List<Client> withIds(Collection<UUID> ids) {
        return list("id in ?1", ids);
    }

    /** The active ones of the clients, by name. */
    public List<Client> activeWithIdsByName(Collection<UUID> ids) {
        return list("id in ?1 and status = ?2", Sort.by("name"), ids, Client.Status.ACTIVE);
    }

    public List<UUID> idsMergedInto(UUID survivorId) {
        return find("mergedInto", survivorId).stream().map(merged -> merged.id).toList();
    }

    /** Clients merged into {@code from} now point to {@code to}. */
    public int repointMerged(UUID from, UUID to) {
        return update("mergedInto = ?1 where mergedInto = ?2", to, from);
    }

    /**
     * Active persons inactive since before the cutoff, longest inactive first, locked for update;
     * those another transaction holds are skipped, so every replica can run the job at once.
     */
    public List<Client> lockInactivePersons(Instant cutoff, int limit) {
        return find("status = ?1 and kind = ?2 and lastActivityAt < ?3",
                Sort.by("lastActivityAt"), Client.Status.ACTIVE, Client.Kind.PERSON, cutoff)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .page(Page.ofSize(limit)).list();
    }

    /** Moves an active client's last activity to {@code at} if that is later (idempotent). */
    public int recordActivity(UUID clientId, Instant at) {
        return update("lastActivityAt = ?1 where id = ?2 and status = ?3 and lastActivityAt < ?1",
                at, clientId, Client.Status.ACTIVE);
    }
}
