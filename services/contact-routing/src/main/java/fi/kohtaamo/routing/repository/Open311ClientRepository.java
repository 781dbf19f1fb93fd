package fi.kohtaamo.routing.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;

/** The Open311 clients (open311_client, kept by migrations and operators: no entity). */
@ApplicationScoped
public class Open311ClientRepository {

    /** An Open311 client: its name and the organisation it acts for (null: none). */
    public record Open311Client(String name, String organisation) {
    }

    private final EntityManager entityManager;

    public Open311ClientRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The client whose api_key hashes to {@code apiKeyHash}. */
    public Optional<Open311Client> findByApiKeyHash(String apiKeyHash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select name, organisation from open311_client where api_key_hash = ?1")
                .setParameter(1, apiKeyHash).getResultList();
        return rows.stream().findFirst().map(row -> new Open311Client((String) row[0], (String) row[1]));
    }

    /** Adds a client unless one with that api_key is there already. */
    public void register(String apiKeyHash, Open311Client client) {
        entityManager.createNativeQuery("""
                        insert into open311_client (api_key_hash, name, organisation) values (?1, ?2, ?3)
                        on conflict (api_key_hash) do nothing""")
                .setParameter(1, apiKeyHash).setParameter(2, client.name()).setParameter(3, client.organisation())
                .executeUpdate();
    }
}
