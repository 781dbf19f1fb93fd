package fi.kohtaamo.routing;

import fi.kohtaamo.routing.domain.Agent;
import fi.kohtaamo.routing.domain.Channel;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactStatus;
import fi.kohtaamo.routing.domain.Presence;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.domain.SlaPolicy;
import fi.kohtaamo.routing.domain.Tier;
import fi.kohtaamo.routing.domain.TrackingCode;
import fi.kohtaamo.routing.domain.WorkCalendar;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Queues, agents and contacts of their own for tests that must not see other tests' work. */
final class WorkFixtures {

    static final UUID UUSIMAA_CALENDAR = UUID.fromString("0ca1e0da-0000-4000-8000-000000000001");
    static final UUID UUSIMAA_POLICY = UUID.fromString("05a1a000-0000-4000-8000-000000000001");

    private WorkFixtures() {
    }

    static Queue queue(String organisation, Tier tier, boolean withServiceLevels) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Queue queue = new Queue();
            queue.id = UUID.randomUUID();
            queue.code = "test-" + queue.id.toString().substring(0, 8);
            queue.organisation = organisation;
            queue.tier = tier;
            queue.nameFi = queue.nameSv = queue.nameEn = queue.code;
            if (withServiceLevels) {
                queue.calendar = WorkCalendar.findById(UUSIMAA_CALENDAR);
                queue.slaPolicy = SlaPolicy.findById(UUSIMAA_POLICY);
            }
            queue.persist();
            return queue;
        });
    }

    /** An agent who works only the given queues, available. */
    static Agent agent(String subject, String organisation, boolean expert, Map<String, Integer> skills,
                       List<String> languages, int capacity, Set<UUID> queues) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Agent agent = Agent.findById(subject);
            boolean created = agent == null;
            if (created) {
                agent = new Agent();
                agent.subject = subject;
            }
            agent.username = subject;
            agent.organisation = organisation;
            agent.expert = expert;
            agent.presence = Presence.AVAILABLE;
            agent.presenceAt = Instant.now();
            agent.skills = new HashMap<>(skills);
            agent.languages = new ArrayList<>(languages);
            agent.capacity = capacity;
            agent.queueIds = new java.util.HashSet<>(queues);
            if (created) {
                agent.persist();
            }
            return agent;
        });
    }

    /** A queued contact, received {@code minutesAgo} minutes ago. */
    static UUID contact(Queue queue, int priority, String language, Map<String, Integer> skills, int minutesAgo) {
        return contact(queue, priority, language, skills, minutesAgo, null);
    }

    /** A queued contact the client follows with its tracking code and the given secret. */
    static UUID contact(Queue queue, int priority, String language, Map<String, Integer> skills, int minutesAgo,
                        String secret) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Contact contact = new Contact();
            contact.id = UUID.randomUUID();
            contact.trackingCode = TrackingCode.generate();
            contact.queue = Queue.findById(queue.id);
            contact.organisation = queue.organisation;
            contact.channel = Channel.WEB;
            contact.language = language;
            contact.description = "test contact";
            contact.status = ContactStatus.QUEUED;
            contact.priority = priority;
            contact.requiredSkills = new HashMap<>(skills);
            contact.receivedAt = Instant.now().minus(minutesAgo, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MICROS);
            contact.routedAt = contact.receivedAt;
            contact.accessSecretHash = secret == null ? null : fi.kohtaamo.routing.domain.AccessSecret.hash(secret);
            if (contact.queue.slaPolicy != null) {
                SlaPolicy.Target target = contact.queue.slaPolicy.targetFor(priority).orElseThrow();
                var clock = fi.kohtaamo.routing.service.ServiceLevels.clockOf(contact.queue);
                var first = clock.start(contact.receivedAt, target.firstResponse());
                var resolution = clock.start(contact.receivedAt, target.resolution());
                contact.firstResponseAtRisk = first.atRisk();
                contact.firstResponseDue = first.due();
                contact.resolutionAtRisk = resolution.atRisk();
                contact.resolutionDue = resolution.due();
            }
            contact.persist();
            return contact.id;
        });
    }

    static String trackingCode(UUID id) {
        return reload(id).trackingCode;
    }

    static Contact reload(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Contact contact = Contact.findById(id);
            contact.queue.code.length(); // load the queue inside the transaction
            return contact;
        });
    }

    /** A client's file on the contact, with its bytes in the embedded store. */
    static UUID attachment(UUID contactId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            fi.kohtaamo.routing.domain.Attachment file = fi.kohtaamo.routing.domain.Attachment.of(contactId,
                    fi.kohtaamo.routing.domain.Attachment.AddedBy.CLIENT, null, "maija-liite.txt", "text/plain", 3,
                    "0".repeat(64), false, Instant.now());
            file.persistAndFlush();
            fi.kohtaamo.routing.domain.Attachment.getEntityManager()
                    .createNativeQuery("insert into attachment_content (attachment_id, content) values (?1, ?2)")
                    .setParameter(1, file.id).setParameter(2, new byte[]{'h', 'e', 'i'}).executeUpdate();
            return file.id;
        });
    }

    /** Whether the file's metadata or bytes are still stored. */
    static boolean attachmentStored(UUID attachmentId) {
        return QuarkusTransaction.requiringNew().call(() -> fi.kohtaamo.routing.domain.Attachment.findById(attachmentId) != null
                || ((Number) fi.kohtaamo.routing.domain.Attachment.getEntityManager()
                .createNativeQuery("select count(*) from attachment_content where attachment_id = ?1")
                .setParameter(1, attachmentId).getSingleResult()).longValue() > 0);
    }
}
