package fi.kohtaamo.testsupport;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;

/**
 * One PostgreSQL server and one Kafka broker per test JVM, started on first use and stopped
 * when the JVM exits. Every test class of a module shares them.
 */
public final class TestServers {

    private static PostgresServer postgres;
    private static KafkaBroker kafka;
    private static KeyPair exportKeys;
    private static KafkaBroker securedKafka;
    private static final Map<String, String> PASSWORDS = new HashMap<>();

    private TestServers() {
    }

    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            postgres = PostgresServer.start();
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "stop-test-postgres"));
        }
        return postgres;
    }

    /**
     * The registry's key pair for GDPR export parts in this test JVM (docs/adr/0006): generated,
     * never committed; the services seal to its public key and the registry opens with its private one.
     */
    public static synchronized KeyPair exportKeys() {
        if (exportKeys == null) {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(3072);
                exportKeys = generator.generateKeyPair();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return exportKeys;
    }

    /**
     * A second broker, for tests about Kafka security: the launcher's listener security, every
     * service's principal and exactly the ACLs {@link KafkaAccess} derives from the services'
     * configurations. Use {@link #securedClient} for a principal's client settings.
     */
    public static synchronized KafkaBroker securedKafka() {
        if (securedKafka == null) {
            securedKafka = KafkaBroker.startSecured();
            Runtime.getRuntime().addShutdownHook(new Thread(securedKafka::close, "stop-test-kafka-secured"));
            List<KafkaAccess.ServiceAccess> services = KafkaAccess.derive(KafkaBroker.servicesFolder());
            services.forEach(service -> PASSWORDS.put(service.principal(), UUID.randomUUID().toString()));
            try (Admin admin = Admin.create(securedKafka.adminConfig())) {
                KafkaAccess.apply(admin, services, PASSWORDS);
            } catch (ExecutionException e) {
                throw new IllegalStateException("cannot apply the ACL matrix", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return securedKafka;
    }

    /** A service principal's client settings on {@link #securedKafka()}. */
    public static synchronized Map<String, Object> securedClient(String principal) {
        KafkaBroker broker = securedKafka();
        if (!PASSWORDS.containsKey(principal)) {
            throw new IllegalArgumentException("no Kafka principal " + principal + " in the matrix");
        }
        return KafkaAccess.clientConfig(broker.bootstrapServers(), principal, PASSWORDS.get(principal));
    }

    public static synchronized KafkaBroker kafka() {
        if (kafka == null) {
            kafka = KafkaBroker.start();
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "stop-test-kafka"));
        }
        return kafka;
    }
}
