package fi.kohtaamo.routing.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.mailqueue.MailDelivery;
import fi.kohtaamo.mailqueue.MailQueue;
import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.routing.config.RoutingConfig;
import fi.kohtaamo.routing.domain.Agent;
import fi.kohtaamo.routing.domain.Contact;
import fi.kohtaamo.routing.domain.ContactEntry;
import fi.kohtaamo.routing.domain.StaffNotice;
import fi.kohtaamo.routing.domain.StaffNoticeMail;
import fi.kohtaamo.routing.domain.StaffNoticeSettings;
import fi.kohtaamo.routing.domain.Tier;
import fi.kohtaamo.routing.mail.StaffNoticeTexts;
import fi.kohtaamo.routing.repository.AgentRepository;
import fi.kohtaamo.routing.repository.StaffNoticeRepository;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Notices to staff when a contact needs them: handed to them as an expert (or to an expert
 * queue's members), a service level at risk or breached (to the holder, or to the organisation's
 * supervisors while nobody holds it), a new contact in an expert queue (to its members).
 * <p>
 * Raised in the transaction of the change, keyed by the change's history line and the person, so
 * a change raises each person's notice once however often it is raised (a job run again, a retry);
 * a rolled-back change raises nothing. Only people of the contact's organisation are noticed: a
 * queue shared with another agency does not send that agency's staff anything. Each person
 * chooses per kind and medium ({@link StaffNoticeSettings}); e-mail goes through the mail queue
 * after the commit and says only the tracking code and where the contact's page is.
 */
@ApplicationScoped
public class StaffNotices {

    /** Newest notices shown in the workspace. */
    static final int LIST_LIMIT = 50;

    private final AgentRepository agents;
    private final StaffNoticeRepository notices;
    private final Mailer mailer;
    private final RoutingConfig config;

    public StaffNotices(AgentRepository agents, StaffNoticeRepository notices, Mailer mailer, RoutingConfig config) {
        this.agents = agents;
        this.notices = notices;
        this.mailer = mailer;
        this.config = config;
    }

    /** A transfer: to the expert it names, else, when the queue is an expert queue, to its members. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void transferred(Contact contact, ContactEntry entry, String expertSubject) {
        if (expertSubject != null) {
            raise(StaffNotice.Kind.TRANSFERRED_TO_EXPERT, contact, entry, agents.findByIdOptional(expertSubject).stream().toList());
        } else if (contact.queue.tier == Tier.EXPERT) {
            raise(StaffNotice.Kind.TRANSFERRED_TO_EXPERT, contact, entry, agents.membersOf(contact.queue.id));
        }
    }

    /** A contact routed into an expert queue at intake: to the queue's members. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void received(Contact contact, ContactEntry entry) {
        if (contact.queue.tier == Tier.EXPERT) {
            raise(StaffNotice.Kind.NEW_IN_EXPERT_QUEUE, contact, entry, agents.membersOf(contact.queue.id));
        }
    }

    /** At risk or breached: to the one holding it, or to the supervisors while nobody does. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void serviceLevel(StaffNotice.Kind kind, Contact contact, ContactEntry entry) {
        List<Agent> to = contact.assignedTo != null
                ? agents.findByIdOptional(contact.assignedTo).stream().toList()
                : agents.supervisorsOf(contact.organisation);
        raise(kind, contact, entry, to);
    }

    /** An automation rule or a macro asks for a person's or a queue's attention (its own organisation's staff only). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void automation(Contact contact, ContactEntry entry, Collection<Agent> people) {
        raise(StaffNotice.Kind.AUTOMATION, contact, entry, people);
    }

    private void raise(StaffNotice.Kind kind, Contact contact, ContactEntry entry, Collection<Agent> people) {
        Instant now = entry.at;
        for (Agent person : people) {
            if (!person.organisation.equals(contact.organisation)) {
                continue; // another agency's staff: not theirs to hear about
            }
            StaffNoticeSettings settings = settingsOf(person.subject);
            boolean workspace = settings.wants(kind, StaffNotice.Medium.WORKSPACE);
            boolean email = settings.wants(kind, StaffNotice.Medium.EMAIL);
            if (!workspace && !email) {
                continue;
            }
            java.util.Optional<Long> raised = notices.raiseOnce(kind, contact, entry, person.subject, workspace);
            if (raised.isEmpty() || !email) {
                continue; // raised before: its mail was queued then
            }
            StaffNoticeMail mail = new StaffNoticeMail();
            mail.noticeId = raised.get();
            mail.address = settings.email;
            mail.language = settings.language;
            mail.delivery = MailDelivery.queued(now);
            mail.persist();
        }
    }

    private static StaffNoticeSettings settingsOf(String subject) {
        StaffNoticeSettings settings = StaffNoticeSettings.findById(subject);
        return settings != null ? settings : StaffNoticeSettings.defaults(subject);
    }

    /** Sends the staff notices' e-mails that are due; returns how many went. */
    @Transactional
    public int deliver(Instant now, int batch) {
        return (int) MailQueue.sent(MailQueue.deliver(StaffNoticeMail.getEntityManager(), StaffNoticeMail.class,
                "staff_notice_mail", mailer, this::mail, now, batch));
    }

    Mail mail(StaffNoticeMail queued) {
        StaffNotice notice = StaffNotice.findById(queued.noticeId);
        String page = config.workspaceUrl() + "/contacts/" + notice.contactId;
        Mail mail = Mail.withText(queued.address, StaffNoticeTexts.subject(notice.kind, queued.language, notice.trackingCode),
                StaffNoticeTexts.body(notice.kind, queued.language, notice.trackingCode, page));
        mail.addHeader("Auto-Submitted", "auto-generated");
        mail.addHeader("X-Auto-Response-Suppress", "OOF, AutoReply");
        return mail;
    }

    /** The signed-in staff member's newest workspace notices and how many are unread. */
    public record Inbox(long unread, List<StaffNotice> notices) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Inbox inbox(Caller caller) {
        String organisation = requireStaff(caller);
        return new Inbox(notices.unreadOf(caller.subject(), organisation),
                notices.newestOf(caller.subject(), organisation, LIST_LIMIT));
    }

    /** Marks one of one's own notices read; another's is not there (404). */
    @Transactional
    public StaffNotice markRead(Caller caller, long id) {
        String organisation = requireStaff(caller);
        StaffNotice notice = StaffNotice.findById(id);
        if (notice == null || !notice.recipient.equals(caller.subject()) || !notice.organisation.equals(organisation)
                || !notice.inWorkspace) {
            throw ProblemException.notFound("Notice", id);
        }
        notice.markRead(Instant.now());
        return notice;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StaffNoticeSettings settings(Caller caller) {
        requireStaff(caller);
        return settingsOf(caller.subject());
    }

    /** Replaces the caller's own choices; the same choices again leave the same state. */
    @Transactional
    public StaffNoticeSettings choose(Caller caller, String email, String language, Set<String> turnedOff) {
        requireStaff(caller);
        StaffNoticeSettings settings = StaffNoticeSettings.findById(caller.subject());
        if (settings == null) {
            settings = StaffNoticeSettings.defaults(caller.subject());
            settings.choose(email, language, turnedOff);
            settings.persist();
        } else {
            settings.choose(email, language, turnedOff);
        }
        return settings;
    }

    /** Each kind with whether it is on in each medium, in the enum's order. */
    public static Map<StaffNotice.Kind, Map<StaffNotice.Medium, Boolean>> choices(StaffNoticeSettings settings) {
        Map<StaffNotice.Kind, Map<StaffNotice.Medium, Boolean>> choices = new LinkedHashMap<>();
        for (StaffNotice.Kind kind : StaffNotice.Kind.values()) {
            Map<StaffNotice.Medium, Boolean> media = new LinkedHashMap<>();
            for (StaffNotice.Medium medium : StaffNotice.Medium.values()) {
                media.put(medium, settings.isOn(kind, medium));
            }
            choices.put(kind, media);
        }
        return choices;
    }

    private static String requireStaff(Caller caller) {
        if (!RoutingRoles.worksQueues(caller)) {
            throw ProblemException.forbidden("Notices are for staff who work queues");
        }
        return caller.requireOrganisation();
    }
}
