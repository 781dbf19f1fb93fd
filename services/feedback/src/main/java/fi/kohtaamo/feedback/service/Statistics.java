package fi.kohtaamo.feedback.service;

import fi.kohtaamo.feedback.repository.ContactFactRepository;
import fi.kohtaamo.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/** Figures for the management view, always of the caller's own organisation. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Statistics {

    private final ContactFactRepository facts;

    public Statistics(ContactFactRepository facts) {
        this.facts = facts;
    }

    public List<ContactFactRepository.Volume> contactVolumes(String organisation, Instant from, Instant to) {
        check(organisation, from, to);
        return facts.volumes(organisation, from, to);
    }

    public List<ContactFactRepository.Attainment> serviceLevels(String organisation, Instant from, Instant to) {
        check(organisation, from, to);
        return facts.attainment(organisation, from, to);
    }

    private static void check(String organisation, Instant from, Instant to) {
        if (organisation == null) {
            throw ProblemException.forbidden("Your account names no organisation");
        }
        if (!from.isBefore(to)) {
            throw ProblemException.invalid("from", "must be before to");
        }
    }
}
