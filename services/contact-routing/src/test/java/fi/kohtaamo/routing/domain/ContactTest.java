package fi.kohtaamo.routing.domain;

import fi.kohtaamo.problem.ProblemException;
import fi.kohtaamo.routing.calendar.BusinessCalendar;
import fi.kohtaamo.routing.calendar.ServiceLevelClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static fi.kohtaamo.routing.domain.ContactStatus.ASSIGNED;
import static fi.kohtaamo.routing.domain.ContactStatus.CLOSED;
import static fi.kohtaamo.routing.domain.ContactStatus.QUEUED;
import static fi.kohtaamo.routing.domain.ContactStatus.RESOLVED;
import static fi.kohtaamo.routing.domain.ContactStatus.WAITING_FOR_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contact's state machine: every action from every status, allowed or refused, without a database. */
class ContactTest {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    static final Duration REOPEN_PERIOD = Duration.ofDays(14);
    static final ServiceLevelClock CLOCK = new ServiceLevelClock(BusinessCalendar.always(ZoneId.of("Europe/Helsinki")), 0.75);
    static final UUID ID = UUID.fromString("00000000-0000-0000-0000-00000000c001");

    /** Each action with the statuses it is allowed from; from any other it is refused with 409. */
    enum Action {
        ASSIGN(c -> c.assignTo("agent-b", NOW), QUEUED),
        RELEASE(Contact::release, ASSIGNED),
        OFFER(c -> c.offerTo("agent-b", NOW.plusSeconds(60)), QUEUED),
        REPLY(c -> c.reply(NOW), ASSIGNED),
        REQUEST_INFORMATION(c -> c.requestInformation(NOW), ASSIGNED),
        CLIENT_ANSWERED(c -> c.clientAnswered(CLOCK, NOW), WAITING_FOR_CLIENT),
        CLIENT_WRITES(Contact::requireOpenToClient, QUEUED, ASSIGNED, WAITING_FOR_CLIENT, RESOLVED),
        TRANSFER_TO_QUEUE(c -> c.transferTo(queue("SECOND", "ely-pirkanmaa"), null, NOW), QUEUED, ASSIGNED, WAITING_FOR_CLIENT),
        TRANSFER_TO_EXPERT(c -> c.transferTo(null, "expert-x", NOW), QUEUED, ASSIGNED, WAITING_FOR_CLIENT),
        RESOLVE(c -> c.resolve(ResolutionCode.ANSWERED, "Vastattu", CLOCK, NOW), ASSIGNED, WAITING_FOR_CLIENT),
        REOPEN(c -> c.reopen(NOW, REOPEN_PERIOD, true), RESOLVED),
        CLOSE(c -> c.close(NOW), RESOLVED),
        LINK_CLIENT(c -> c.linkClient(UUID.randomUUID(), List.of("farmers"), "091"), QUEUED, ASSIGNED, WAITING_FOR_CLIENT, RESOLVED),
        UNLINK_CLIENT(Contact::unlinkClient, QUEUED, ASSIGNED, WAITING_FOR_CLIENT, RESOLVED);

        final Consumer<Contact> apply;
        final Set<ContactStatus> allowedFrom;

        Action(Consumer<Contact> apply, ContactStatus first, ContactStatus... rest) {
            this.apply = apply;
            this.allowedFrom = EnumSet.of(first, rest);
        }
    }

    static Stream<Arguments> allowed() {
        return pairs(true);
    }

    static Stream<Arguments> refused() {
        return pairs(false);
    }

    private static Stream<Arguments> pairs(boolean allowed) {
        return Arrays.stream(ContactStatus.values()).flatMap(status -> Arrays.stream(Action.values())
                .filter(action -> action.allowedFrom.contains(status) == allowed)
                .map(action -> Arguments.of(status, action)));
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("allowed")
    void anAllowedActionKeepsTheContactConsistent(ContactStatus from, Action action) {
        Contact contact = contactIn(from);
        action.apply.accept(contact);
        if (contact.status == ASSIGNED) {
            assertThat(contact.assignedTo).as("an assigned contact has a holder").isNotNull();
        }
        if (contact.status == QUEUED) {
            assertThat(contact.assignedTo).as("a queued contact has no holder").isNull();
        }
        assertThat(contact.resolvedAt != null).isEqualTo(contact.status == RESOLVED || contact.status == CLOSED);
        assertThat(contact.closedAt != null).isEqualTo(contact.status == CLOSED);
        assertThat(contact.waitingSince != null).isEqualTo(contact.status == WAITING_FOR_CLIENT);
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("refused")
    void aRefusedActionAnswers409AndChangesNothing(ContactStatus from, Action action) {
        Contact contact = contactIn(from);
        assertThatThrownBy(() -> action.apply.accept(contact))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(409));
        assertThat(contact).usingRecursiveComparison().isEqualTo(contactIn(from));
    }

    @Test
    void everyStatusHasAtLeastOneWayOutExceptClosed() {
        for (ContactStatus status : ContactStatus.values()) {
            boolean changes = Arrays.stream(Action.values()).filter(a -> a.allowedFrom.contains(status)).anyMatch(a -> {
                Contact contact = contactIn(status);
                a.apply.accept(contact);
                return contact.status != status;
            });
            assertThat(changes).as(status.name()).isEqualTo(status != CLOSED);
        }
    }

    // ------------------------------------------------------------------ the client

    @Test
    void linkingTakesTheClientsSegmentsAndUnlinkingForgetsThem() {
        Contact contact = contactIn(ASSIGNED);
        UUID client = UUID.randomUUID();
        assertThat(contact.linkClient(client, List.of("farmers"), "091")).isTrue();
        assertThat(contact.clientId).isEqualTo(client);
        assertThat(contact.segments).containsExactly("farmers");
        assertThat(contact.municipalityCode).isEqualTo("091");
        assertThat(contact.linkClient(client, List.of("other"), null)).as("the same client again changes nothing").isFalse();
        assertThat(contact.segments).containsExactly("farmers");
        assertThat(contact.unlinkClient()).isTrue();
        assertThat(contact.clientId).isNull();
        assertThat(contact.segments).isEmpty();
        assertThat(contact.municipalityCode).isNull();
        assertThat(contact.unlinkClient()).as("nothing to undo").isFalse();
    }

    @Test
    void anAnonymisedContactNamesNoClientAgain() {
        Contact contact = contactIn(RESOLVED);
        contact.removePersonalData("[removed]", NOW);
        assertThatThrownBy(() -> contact.linkClient(UUID.randomUUID(), List.of(), null))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(409));
        assertThat(contact.clientId).isNull();
    }

    // ------------------------------------------------------------------ receiving

    @Test
    void receivedContactIsQueuedWhereItWasRoutedWithWhatTheClientSent() {
        Queue queue = queue("NEUVONTA", "ely-uusimaa");
        UUID rule = UUID.randomUUID();
        Contact contact = Contact.receive("YT-AAAA-BBBB", "hash", new Contact.Submission(UUID.randomUUID(), "ADVICE",
                        Channel.WEB, "sv", "  Hur ansöker jag?  ", Map.of("kunta", "091"), "Anna", "anna@example.fi", null,
                        null, List.of("yrittäjä"), "091", "sub-1", "sub-1",
                        new Contact.Place(new BigDecimal("60.17"), new BigDecimal("24.94"), "Mannerheimintie 1", null, null), true),
                new Contact.Routing(queue, 2, Map.of("verot", 2), rule), NOW);

        assertThat(contact.id).isNotNull();
        assertThat(contact.status).isEqualTo(QUEUED);
        assertThat(contact.queue).isSameAs(queue);
        assertThat(contact.organisation).isEqualTo("ely-uusimaa");
        assertThat(contact.description).isEqualTo("Hur ansöker jag?");
        assertThat(contact.publiclyListed).isTrue();
        assertThat(contact.priority).isEqualTo(2);
        assertThat(contact.requiredSkills).containsEntry("verot", 2);
        assertThat(contact.routedByRule).isEqualTo(rule);
        assertThat(contact.receivedAt).isEqualTo(NOW);
        assertThat(contact.routedAt).isEqualTo(NOW);
        assertThat(contact.segments).containsExactly("yrittäjä");
        assertThat(contact.attributes).containsEntry("kunta", "091");
        assertThat(contact.addressString).isEqualTo("Mannerheimintie 1");
        assertThat(contact.latitude).isEqualByComparingTo("60.17");
        assertThat(contact.accessSecretHash).isEqualTo("hash");
        assertThat(contact.clientSubject).isEqualTo("sub-1");
        assertThat(contact.assignedTo).isNull();
        assertThat(contact.slaState).isEqualTo(SlaState.ON_TIME);
    }

    @Test
    void aContactWithoutPlaceHasNoLocationAndAnIdempotencyKeyKeepsItsFingerprint() {
        Contact contact = Contact.receive("YT-AAAA-BBBB", null, new Contact.Submission(null, null, Channel.PHONE, "fi",
                "Soitto", Map.of(), null, null, null, null, List.of(), null, "agent-a", null, null, false),
                new Contact.Routing(queue("TRIAGE", "ely-uusimaa"), 3, Map.of(), null), NOW);
        assertThat(contact.latitude).isNull();
        assertThat(contact.addressString).isNull();
        assertThat(contact.publiclyListed).isFalse();
        contact.rememberIdempotencyKey("k-1", "fp");
        assertThat(contact.idempotencyFingerprint).isEqualTo("fp");
        contact.rememberIdempotencyKey(null, "fp");
        assertThat(contact.idempotencyKey).isNull();
        assertThat(contact.idempotencyFingerprint).isNull();
    }

    // ------------------------------------------------------------------ each allowed transition, its fields

    @Test
    void assigningEndsAnOpenOffer() {
        Contact contact = contactIn(QUEUED);
        contact.offerTo("agent-b", NOW.plusSeconds(60));
        contact.assignTo("agent-b", NOW);
        assertThat(contact.status).isEqualTo(ASSIGNED);
        assertThat(contact.assignedTo).isEqualTo("agent-b");
        assertThat(contact.assignedAt).isEqualTo(NOW);
        assertThat(contact.offeredTo).isNull();
        assertThat(contact.offerExpiresAt).isNull();
    }

    @Test
    void aQueuedContactSomebodyHoldsCannotBeTaken() {
        Contact contact = contactIn(QUEUED);
        contact.assignedTo = "agent-a";
        assertThatThrownBy(contact::requireTakeable).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().detail()).contains("held by someone"));
        assertThatThrownBy(() -> contact.assignTo("agent-b", NOW)).isInstanceOf(ProblemException.class);
        assertThat(contact.status).isEqualTo(QUEUED);
    }

    @Test
    void releasingPutsTheContactBackInItsQueueUnheld() {
        Contact contact = contactIn(ASSIGNED);
        contact.release();
        assertThat(contact.status).isEqualTo(QUEUED);
        assertThat(contact.assignedTo).isNull();
        assertThat(contact.assignedAt).isNull();
    }

    @Test
    void anOfferIsForOneAgentUntilItExpires() {
        Contact contact = contactIn(QUEUED);
        contact.offerTo("agent-b", NOW.plusSeconds(60));
        contact.requireOfferedTo("agent-b", NOW.plusSeconds(59));
        assertNoOffer(() -> contact.requireOfferedTo("agent-c", NOW));
        assertNoOffer(() -> contact.requireOfferedTo("agent-b", NOW.plusSeconds(60)));
        assertThatThrownBy(() -> contact.offerTo("agent-c", NOW.plusSeconds(60)))
                .as("an offered contact is not offered twice").isInstanceOf(ProblemException.class);
    }

    @Test
    void aNeverOfferedContactIsOfferedToNobody() {
        assertNoOffer(() -> contactIn(QUEUED).requireOfferedTo("agent-b", NOW));
        assertThatThrownBy(() -> contactIn(QUEUED).withdrawOffer()).isInstanceOf(ProblemException.class);
    }

    @Test
    void aWithdrawnOfferRemembersTheAgentSoItIsNotOfferedBack() {
        Contact contact = contactIn(QUEUED);
        contact.offerTo("agent-b", NOW.plusSeconds(60));
        assertThat(contact.withdrawOffer()).isEqualTo("agent-b");
        contact.offerTo("agent-c", NOW.plusSeconds(60));
        assertThat(contact.withdrawOffer()).isEqualTo("agent-c");
        assertThat(contact.declinedBy).containsExactly("agent-b", "agent-c");
        assertThat(contact.offeredTo).isNull();
        assertThat(contact.offerExpiresAt).isNull();
    }

    @Test
    void onlyTheFirstReplyIsTheFirstResponse() {
        Contact contact = contactIn(ASSIGNED);
        assertThat(contact.reply(NOW)).isTrue();
        assertThat(contact.reply(NOW.plusSeconds(10))).isFalse();
        assertThat(contact.firstRespondedAt).isEqualTo(NOW);
        assertThat(contact.status).isEqualTo(ASSIGNED);
    }

    @Test
    void theFirstReplyLiftsAnAtRiskFlagOnlyTheFirstResponseRaised() {
        Contact early = contactIn(ASSIGNED);
        early.slaState = SlaState.AT_RISK;
        early.resolutionAtRisk = NOW.plusSeconds(3600);
        early.reply(NOW);
        assertThat(early.slaState).isEqualTo(SlaState.ON_TIME);

        Contact late = contactIn(ASSIGNED);
        late.slaState = SlaState.AT_RISK;
        late.resolutionAtRisk = NOW.minusSeconds(1);
        late.reply(NOW);
        assertThat(late.slaState).isEqualTo(SlaState.AT_RISK);
    }

    @Test
    void askingTheClientPausesTheClockAndCountsAsTheFirstResponse() {
        Contact contact = contactIn(ASSIGNED);
        contact.requestInformation(NOW);
        assertThat(contact.status).isEqualTo(WAITING_FOR_CLIENT);
        assertThat(contact.waitingSince).isEqualTo(NOW);
        assertThat(contact.firstRespondedAt).isEqualTo(NOW);
    }

    @Test
    void theClientsAnswerMovesTheDeadlinesByThePauseAndGivesTheContactBackToItsHolder() {
        Contact contact = contactIn(WAITING_FOR_CLIENT); // paused an hour before NOW
        Instant due = contact.resolutionDue;
        contact.clientAnswered(CLOCK, NOW);
        assertThat(contact.status).isEqualTo(ASSIGNED);
        assertThat(contact.waitingSince).isNull();
        assertThat(contact.resolutionDue).isEqualTo(due.plus(Duration.ofHours(1)));
    }

    @Test
    void theClientsAnswerToAnUnheldContactQueuesIt() {
        Contact contact = contactIn(WAITING_FOR_CLIENT);
        contact.assignedTo = null;
        contact.clientAnswered(CLOCK, NOW);
        assertThat(contact.status).isEqualTo(QUEUED);
    }

    @Test
    void aClosedContactTellsTheClientToWriteANewOne() {
        assertThatThrownBy(() -> contactIn(CLOSED).requireOpenToClient()).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().type().toString()).endsWith("contact-closed"));
    }

    @Test
    void transferToAQueueMovesTheContactAndItsOrganisationAndUnassignsIt() {
        Contact contact = contactIn(ASSIGNED);
        Queue target = queue("SECOND", "ely-pirkanmaa");
        contact.transferTo(target, null, NOW);
        assertThat(contact.queue).isSameAs(target);
        assertThat(contact.organisation).isEqualTo("ely-pirkanmaa");
        assertThat(contact.status).isEqualTo(QUEUED);
        assertThat(contact.assignedTo).isNull();
    }

    @Test
    void transferToAnExpertAssignsAQueuedContactAndKeepsAWaitingOneWaiting() {
        Contact queued = contactIn(QUEUED);
        queued.transferTo(null, "expert-x", NOW);
        assertThat(queued.status).isEqualTo(ASSIGNED);
        assertThat(queued.assignedTo).isEqualTo("expert-x");
        assertThat(queued.assignedAt).isEqualTo(NOW);
        assertThat(queued.queue.code).isEqualTo("FIRST");

        Contact waiting = contactIn(WAITING_FOR_CLIENT);
        waiting.transferTo(null, "expert-x", NOW);
        assertThat(waiting.status).isEqualTo(WAITING_FOR_CLIENT);
        assertThat(waiting.assignedTo).isEqualTo("expert-x");
    }

    @Test
    void resolvingRecordsTheOutcomeAndResumesAPausedClock() {
        Contact contact = contactIn(WAITING_FOR_CLIENT);
        contact.firstRespondedAt = null;
        contact.resolve(ResolutionCode.REFERRED_ELSEWHERE, "Ohjattu kunnalle", CLOCK, NOW);
        assertThat(contact.status).isEqualTo(RESOLVED);
        assertThat(contact.resolvedAt).isEqualTo(NOW);
        assertThat(contact.resolutionCode).isEqualTo(ResolutionCode.REFERRED_ELSEWHERE);
        assertThat(contact.resolutionJustification).isEqualTo("Ohjattu kunnalle");
        assertThat(contact.firstRespondedAt).as("the resolution reaches the client").isEqualTo(NOW);
        assertThat(contact.waitingSince).isNull();
    }

    @Test
    void reopeningGivesTheContactBackToAHolderWhoStillWorks() {
        Contact contact = contactIn(RESOLVED);
        contact.reopen(NOW, REOPEN_PERIOD, true);
        assertThat(contact.status).isEqualTo(ASSIGNED);
        assertThat(contact.assignedTo).isEqualTo("agent-a");
        assertThat(contact.resolvedAt).isNull();
        assertThat(contact.resolutionCode).isNull();
    }

    @Test
    void reopeningQueuesTheContactWhenItsHolderNoLongerWorks() {
        Contact contact = contactIn(RESOLVED);
        contact.reopen(NOW, REOPEN_PERIOD, false);
        assertThat(contact.status).isEqualTo(QUEUED);
        assertThat(contact.assignedTo).isNull();
        assertThat(contact.assignedAt).isNull();
    }

    @Test
    void reopeningIsRefusedAfterTheReopenPeriod() {
        Contact contact = contactIn(RESOLVED);
        Instant after = contact.resolvedAt.plus(REOPEN_PERIOD).plusSeconds(1);
        assertThatThrownBy(() -> contact.reopen(after, REOPEN_PERIOD, true)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().type().toString()).endsWith("reopen-period-over"));
        assertThat(contact).usingRecursiveComparison().isEqualTo(contactIn(RESOLVED));
        contact.reopen(contact.resolvedAt.plus(REOPEN_PERIOD), REOPEN_PERIOD, true);
        assertThat(contact.status).as("the last moment of the period still reopens").isEqualTo(ASSIGNED);
    }

    @Test
    void closingStampsTheMoment() {
        Contact contact = contactIn(RESOLVED);
        contact.close(NOW);
        assertThat(contact.status).isEqualTo(CLOSED);
        assertThat(contact.closedAt).isEqualTo(NOW);
    }

    // ------------------------------------------------------------------ service-level state

    @Test
    void aPauseKeepsItsFirstMomentAndResumingAnUnpausedClockChangesNothing() {
        Contact contact = contactIn(ASSIGNED);
        contact.pauseClock(NOW);
        contact.pauseClock(NOW.plusSeconds(60));
        assertThat(contact.waitingSince).isEqualTo(NOW);
        Contact running = contactIn(ASSIGNED);
        running.resumeClock(CLOCK, NOW);
        assertThat(running).usingRecursiveComparison().isEqualTo(contactIn(ASSIGNED));
    }

    @Test
    void slaStateGoesFromOnTimeToAtRiskToBreachedEachTargetOnce() {
        Contact contact = contactIn(QUEUED);
        contact.flagAtRisk();
        assertThat(contact.slaState).isEqualTo(SlaState.AT_RISK);
        assertThatThrownBy(contact::flagAtRisk).isInstanceOf(IllegalStateException.class);
        contact.breachFirstResponse();
        assertThat(contact.slaState).isEqualTo(SlaState.BREACHED);
        assertThat(contact.firstResponseBreached).isTrue();
        assertThatThrownBy(contact::breachFirstResponse).isInstanceOf(IllegalStateException.class);
        contact.breachResolution();
        assertThat(contact.resolutionBreached).isTrue();
        assertThatThrownBy(contact::breachResolution).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @EnumSource(value = SlaState.class, names = {"AT_RISK", "BREACHED"})
    void onlyAnOnTimeContactIsFlaggedAtRisk(SlaState state) {
        Contact contact = contactIn(QUEUED);
        contact.slaState = state;
        assertThatThrownBy(contact::flagAtRisk).isInstanceOf(IllegalStateException.class);
        assertThat(contact.slaState).isEqualTo(state);
    }

    // ------------------------------------------------------------------ client link and access secret

    @Test
    void aSignedInSubmittersContactBecomesTheLinkedClientsOnce() {
        Contact contact = contactIn(QUEUED);
        contact.clientSubject = "citizen-1";
        UUID client = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
        assertThat(contact.linkToClient(client)).isTrue();
        assertThat(contact.clientId).isEqualTo(client);
        assertThat(contact.linkToClient(UUID.randomUUID())).as("a client, once there, stays").isFalse();
        assertThat(contact.clientId).isEqualTo(client);
    }

    @Test
    void aContactNobodySubmittedSignedInIsNotLinked() {
        Contact contact = contactIn(QUEUED);
        assertThat(contact.linkToClient(UUID.randomUUID())).isFalse();
        assertThat(contact.clientId).isNull();
    }

    @Test
    void aNewSecretReplacesTheOldOfAnOpenContactFollowedWithOne() {
        Contact contact = contactIn(RESOLVED);
        contact.accessSecretHash = "old";
        assertThat(contact.replaceAccessSecret("new")).isTrue();
        assertThat(contact.accessSecretHash).isEqualTo("new");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = NoSecretToReplace.class)
    void aSecretIsNotReplacedWhereThereIsNoneToFollow(NoSecretToReplace why) {
        Contact contact = contactIn(why == NoSecretToReplace.CLOSED ? CLOSED : ASSIGNED);
        contact.accessSecretHash = why == NoSecretToReplace.NO_SECRET ? null : "old";
        if (why == NoSecretToReplace.DATA_REMOVED) {
            contact.personalDataRemovedAt = NOW;
        }
        assertThat(contact.replaceAccessSecret("new")).isFalse();
        assertThat(contact.accessSecretHash).isEqualTo(why == NoSecretToReplace.NO_SECRET ? null : "old");
    }

    enum NoSecretToReplace { NO_SECRET, CLOSED, DATA_REMOVED }

    // ------------------------------------------------------------------ fixtures

    private static void assertNoOffer(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().type().toString()).endsWith("no-offer"));
    }

    static Queue queue(String code, String organisation) {
        Queue queue = new Queue();
        queue.id = UUID.nameUUIDFromBytes(code.getBytes());
        queue.code = code;
        queue.organisation = organisation;
        return queue;
    }

    /** A contact as it typically is in a status; the same every time, so that two can be compared. */
    static Contact contactIn(ContactStatus status) {
        Contact contact = new Contact();
        contact.id = ID;
        contact.trackingCode = "YT-TEST-0001";
        contact.queue = queue("FIRST", "ely-uusimaa");
        contact.organisation = "ely-uusimaa";
        contact.channel = Channel.WEB;
        contact.language = "fi";
        contact.description = "Miten haen?";
        contact.receivedAt = NOW.minus(Duration.ofDays(2));
        contact.firstResponseAtRisk = NOW.plus(Duration.ofHours(6));
        contact.firstResponseDue = NOW.plus(Duration.ofHours(8));
        contact.resolutionAtRisk = NOW.plus(Duration.ofDays(3));
        contact.resolutionDue = NOW.plus(Duration.ofDays(4));
        contact.status = status;
        if (status != QUEUED) {
            contact.assignedTo = "agent-a";
            contact.assignedAt = NOW.minus(Duration.ofDays(1));
        }
        if (status == WAITING_FOR_CLIENT) {
            contact.firstRespondedAt = NOW.minus(Duration.ofHours(1));
            contact.waitingSince = NOW.minus(Duration.ofHours(1));
        }
        if (status == RESOLVED || status == CLOSED) {
            contact.firstRespondedAt = NOW.minus(Duration.ofDays(1));
            contact.resolvedAt = NOW.minus(Duration.ofDays(1));
            contact.resolutionCode = ResolutionCode.ANSWERED;
            contact.resolutionJustification = "Vastattu";
        }
        if (status == CLOSED) {
            contact.closedAt = NOW.minus(Duration.ofHours(2));
        }
        return contact;
    }
}
