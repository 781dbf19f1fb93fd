package fi.kohtaamo.routing.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.problem.Problem;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.routing.domain.KnownService;
import fi.kohtaamo.routing.domain.Mailbox;
import fi.kohtaamo.routing.domain.Queue;
import fi.kohtaamo.routing.repository.KnownServiceRepository;
import fi.kohtaamo.routing.repository.MailboxRepository;
import fi.kohtaamo.routing.repository.QueueRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Supervisors manage their organisation's mailboxes: the queue and service they feed must be
 * the organisation's own, an address belongs to one mailbox of the organisation, the server must
 * be one operations allow ({@link MailServers}), the password is a secret operations set for the
 * organisation ({@link MailboxSecrets}), and a connection without TLS is allowed only to a server
 * on this machine (a local test server).
 */
@ApplicationScoped
public class Mailboxes {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1");

    private final MailboxRepository mailboxes;
    private final QueueRepository queues;
    private final KnownServiceRepository services;
    private final MailServers servers;

    public Mailboxes(MailboxRepository mailboxes, QueueRepository queues, KnownServiceRepository services,
                     MailServers servers) {
        this.mailboxes = mailboxes;
        this.queues = queues;
        this.services = services;
        this.servers = servers;
    }

    /** A mailbox as a supervisor writes it. */
    public record Draft(String address, UUID queueId, UUID serviceId, String language, String host, int port,
                        Mailbox.Security security, String username, String passwordSecret, String folder,
                        String processedFolder, boolean enabled) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Mailbox> list(Caller caller) {
        return mailboxes.ofOrganisation(caller.requireOrganisation());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Mailbox get(Caller caller, UUID id) {
        Mailbox mailbox = mailboxes.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Mailbox", id));
        caller.requireSameOrganisation(mailbox.organisation, "Mailbox", id);
        return mailbox;
    }

    @Transactional
    public Mailbox create(Caller caller, Draft draft) {
        Mailbox mailbox = new Mailbox();
        mailbox.id = UUID.randomUUID();
        mailbox.organisation = caller.requireOrganisation();
        mailbox.version = 1;
        apply(mailbox, draft, caller);
        mailbox.persist();
        return mailbox;
    }

    @Transactional
    public Mailbox update(Caller caller, UUID id, int expectedVersion, Draft draft) {
        Mailbox mailbox = get(caller, id);
        requireVersion(mailbox, expectedVersion);
        mailbox.version++;
        apply(mailbox, draft, caller);
        return mailbox;
    }

    @Transactional
    public void delete(Caller caller, UUID id, int expectedVersion) {
        Mailbox mailbox = get(caller, id);
        requireVersion(mailbox, expectedVersion);
        mailbox.delete();
    }

    private void apply(Mailbox mailbox, Draft draft, Caller caller) {
        String address = draft.address().strip();
        if (!servers.allowed(draft.host())) {
            throw ProblemException.invalid("host", servers.entries().isEmpty()
                    ? "no mail server is allowed yet: operations name them in kohtaamo.routing.mail.allowed-hosts"
                    : "not an allowed mail server; allowed: " + String.join(", ", servers.entries()));
        }
        // Per organisation: another agency's mailbox neither blocks an address nor reveals that it is read.
        if (mailboxes.addressTaken(mailbox.organisation, address, mailbox.id)) {
            throw new ProblemException(Problem.of(409, "mailbox-address-taken", "Address taken",
                    "Another mailbox of your organisation already reads this address"));
        }
        Queue queue = null;
        if (draft.queueId() != null) {
            queue = queues.findByIdOptional(draft.queueId()).filter(found -> found.visibleTo(mailbox.organisation))
                    .orElseThrow(() -> ProblemException.invalid("queueId", "no such queue of your organisation"));
        }
        if (draft.serviceId() != null) {
            KnownService service = services.findByIdOptional(draft.serviceId())
                    .filter(found -> mailbox.organisation.equals(found.organisation))
                    .orElseThrow(() -> ProblemException.invalid("serviceId", "no such service of your organisation"));
            if (service.attributes.stream().anyMatch(question -> question.required())) {
                throw ProblemException.invalid("serviceId",
                        "the service has required extra questions, which an e-mail cannot answer");
            }
        }
        if (draft.security() == Mailbox.Security.NONE && !LOOPBACK.contains(draft.host().strip().toLowerCase())) {
            throw ProblemException.invalid("security", "NONE is allowed only for a server on this machine; use TLS or STARTTLS");
        }
        mailbox.address = address;
        mailbox.queue = queue;
        mailbox.serviceId = draft.serviceId();
        mailbox.language = draft.language();
        mailbox.host = draft.host().strip();
        mailbox.port = draft.port();
        mailbox.security = draft.security();
        mailbox.username = draft.username();
        mailbox.passwordSecret = draft.passwordSecret();
        mailbox.folder = draft.folder() == null || draft.folder().isBlank() ? "INBOX" : draft.folder().strip();
        mailbox.processedFolder = draft.processedFolder() == null || draft.processedFolder().isBlank() ? null
                : draft.processedFolder().strip();
        mailbox.enabled = draft.enabled();
        mailbox.updatedBy = caller.displayName();
        mailbox.updatedAt = Instant.now();
    }

    private static void requireVersion(Mailbox mailbox, int expected) {
        if (mailbox.version != expected) {
            throw new ProblemException(Problem.of(412, "version-mismatch", "Precondition failed",
                    "The mailbox is at version " + mailbox.version + ", not " + expected + "; reload it and retry"));
        }
    }
}
