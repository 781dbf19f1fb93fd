package fi.kohtaamo.catalogue.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.catalogue.domain.Channel;
import fi.kohtaamo.catalogue.domain.Organisation;
import fi.kohtaamo.catalogue.domain.ServiceHours;
import fi.kohtaamo.catalogue.repository.ChannelRepository;
import fi.kohtaamo.catalogue.repository.OrganisationRepository;
import fi.kohtaamo.problem.Problem;
import fi.kohtaamo.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * A catalogue admin keeps their organisation's channels' hours. No event follows: the
 * catalogue's service events carry no channels, and readers fetch hours from the API.
 */
@ApplicationScoped
@Transactional
public class ChannelAdmin {

    private final ChannelRepository channels;
    private final OrganisationRepository organisations;

    public ChannelAdmin(ChannelRepository channels, OrganisationRepository organisations) {
        this.channels = channels;
        this.organisations = organisations;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Channel> ownChannels(Caller caller) {
        Organisation organisation = organisations.findByCode(caller.organisation())
                .filter(o -> Admins.administers(caller, o.code))
                .orElseThrow(() -> ProblemException.forbidden("Only a catalogue admin of an organisation lists its channels"));
        return channels.ofOrganisation(organisation.id);
    }

    /** The caller's channel; another organisation's answers 404, as if it were not there. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Channel ownChannel(UUID id, Caller caller) {
        return owned(channels.findByIdOptional(id).orElse(null), id, caller);
    }

    /**
     * Replaces the hours under a row lock, so the version check and the change cannot interleave. The
     * year-round schedule, the exceptional days and the flags are replaced; date-limited schedules stay.
     */
    public Channel changeHours(UUID id, int expectedVersion, ServiceHours hours, Caller caller) {
        Channel channel = owned(channels.lockedById(id).orElse(null), id, caller);
        if (channel.version != expectedVersion) {
            throw new ProblemException(Problem.of(412, "precondition-failed", "Precondition failed",
                    "The channel is at version " + channel.version + ", not " + expectedVersion + "; read it again")
                    .with("currentVersion", channel.version));
        }
        channel.hours = hours.keepingDatedSchedulesOf(channel.hours);
        channel.version++;
        channel.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return channel;
    }

    private Channel owned(Channel channel, UUID id, Caller caller) {
        if (channel == null) {
            throw ProblemException.notFound("Channel", id);
        }
        String owner = organisations.findByIdOptional(channel.organisationId).map(o -> o.code).orElse(null);
        if (owner == null || !Admins.administers(caller, owner)) {
            throw ProblemException.notFound("Channel", id);
        }
        return channel;
    }
}
