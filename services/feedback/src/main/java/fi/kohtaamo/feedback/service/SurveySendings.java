package fi.kohtaamo.feedback.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.feedback.client.RegistryClient;
import fi.kohtaamo.feedback.domain.KnownService;
import fi.kohtaamo.feedback.domain.Survey;
import fi.kohtaamo.feedback.repository.ContactFactRepository;
import fi.kohtaamo.feedback.repository.KnownServiceRepository;
import fi.kohtaamo.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Choosing a survey's recipients and sending it: the audience (a segment, a stakeholder role, or
 * the clients of a service or channel in a period) is resolved to addresses by the registry,
 * outside any transaction of this service, then {@link SurveyMails} records and queues the mails.
 */
@ApplicationScoped
public class SurveySendings {

    static final Set<String> ROLES = Set.of("CLIENT", "PARTNER", "SERVICE_PRODUCER", "STEERING_BODY");
    /** The most clients one sending reaches; a larger audience is split by period or segment. */
    static final int MAX_RECIPIENTS = 5000;
    /** The period of contacts when none is named: the last quarter. */
    static final Duration DEFAULT_PERIOD = Duration.ofDays(91);

    private final Surveys surveys;
    private final SurveyMails mails;
    private final RecipientDirectory directory;
    private final ContactFactRepository contacts;
    private final KnownServiceRepository services;

    public SurveySendings(Surveys surveys, SurveyMails mails, RecipientDirectory directory, ContactFactRepository contacts,
                          KnownServiceRepository services) {
        this.surveys = surveys;
        this.mails = mails;
        this.directory = directory;
        this.contacts = contacts;
        this.services = services;
    }

    /** Exactly one of: segment; role; serviceId and/or channel (contacts in [from, to), default the last quarter). */
    public record Audience(String segment, String role, UUID serviceId, String channel, Instant from, Instant to) {
    }

    public record Preview(int found, int optedOut, int alreadySent, int toSend) {
    }

    public Preview preview(Caller caller, UUID surveyId, Audience audience) {
        Survey survey = surveys.get(caller, surveyId);
        return mails.preview(survey.id, recipients(survey, audience));
    }

    public SurveyMails.Sent send(Caller caller, UUID surveyId, Audience audience, Integer reminderAfterDays, int version) {
        Survey survey = surveys.get(caller, surveyId);
        survey.requireVersion(version);
        SurveyMails.requireSendable(survey, Instant.now());
        return mails.send(survey.id, recipients(survey, audience), reminderAfterDays, version);
    }

    private List<RegistryClient.Recipient> recipients(Survey survey, Audience audience) {
        Survey.RoundAudience checked = check(survey, audience);
        if (checked.segment() != null || checked.role() != null) {
            return directory.recipients(new RegistryClient.Query(checked.segment(), checked.role(), null),
                    checked.segment() != null ? "audience.segment" : "audience.role");
        }
        Instant to = audience.to() == null ? Instant.now() : audience.to();
        Instant from = audience.from() == null ? to.minus(DEFAULT_PERIOD) : audience.from();
        if (!from.isBefore(to)) {
            throw ProblemException.invalid("audience.from", "must be before audience.to");
        }
        List<UUID> ids = clientsOfContacts(survey, checked, from, to);
        return ids.isEmpty() ? List.of() : directory.recipients(new RegistryClient.Query(null, null, ids), "audience");
    }

    /**
     * A round's recipients, asked as this service for the survey's organisation: the round's
     * audience, its contacts those between the previous round's time and this one's.
     */
    public List<RegistryClient.Recipient> roundRecipients(Survey survey, Instant due) {
        Survey.RoundAudience audience = survey.recurrenceAudience;
        if (audience.segment() != null || audience.role() != null) {
            return directory.recipientsAsService(new RegistryClient.Query(audience.segment(), audience.role(), null,
                    survey.organisation), "recurrence.audience");
        }
        List<UUID> ids = clientsOfContacts(survey, audience, survey.recurrence().before(due), due);
        return ids.isEmpty() ? List.of()
                : directory.recipientsAsService(new RegistryClient.Query(null, null, ids, survey.organisation), "recurrence.audience");
    }

    /**
     * The audience checked against the survey's organisation, as it is kept for the rounds: exactly
     * one of a segment's code, a stakeholder role, or a service of the organisation and/or a channel.
     * {@code audience} is the field the problems name.
     */
    Survey.RoundAudience check(Survey survey, Audience audience) {
        return check(survey, audience, "audience");
    }

    Survey.RoundAudience check(Survey survey, Audience audience, String field) {
        if (audience == null) {
            throw ProblemException.invalid(field, "name a segment, a role, or a service or channel");
        }
        boolean byContacts = audience.serviceId() != null || audience.channel() != null;
        int named = (audience.segment() == null ? 0 : 1) + (audience.role() == null ? 0 : 1) + (byContacts ? 1 : 0);
        if (named != 1) {
            throw ProblemException.invalid(field, "name one of a segment, a role, or a service or channel");
        }
        if (audience.segment() != null) {
            String segment = audience.segment().strip();
            if (!Surveys.CODE.matcher(segment).matches()) {
                throw ProblemException.invalid(field + ".segment", "a segment's code");
            }
            return new Survey.RoundAudience(segment, null, null, null);
        }
        if (audience.role() != null) {
            if (!ROLES.contains(audience.role())) {
                throw ProblemException.invalid(field + ".role", "one of " + ROLES);
            }
            return new Survey.RoundAudience(null, audience.role(), null, null);
        }
        if (audience.serviceId() != null) {
            KnownService service = services.findById(audience.serviceId());
            if (service == null || !service.organisation.equals(survey.organisation)) {
                throw ProblemException.invalid(field + ".serviceId", "no such service of your organisation");
            }
        }
        if (audience.channel() != null && !Feedbacks.CHANNELS.contains(audience.channel())) {
            throw ProblemException.invalid(field + ".channel", "unknown channel");
        }
        return new Survey.RoundAudience(null, null, audience.serviceId(), audience.channel());
    }

    private List<UUID> clientsOfContacts(Survey survey, Survey.RoundAudience audience, Instant from, Instant to) {
        List<UUID> ids = contacts.clientsOf(survey.organisation, audience.serviceId(), audience.channel(), from, to);
        if (ids.size() > MAX_RECIPIENTS) {
            throw ProblemException.invalid("audience.from", "more than " + MAX_RECIPIENTS + " clients; choose a shorter period");
        }
        return ids;
    }
}
