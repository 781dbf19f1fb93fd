package fi.kohtaamo.registry.domain;

import fi.kohtaamo.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The registry's three life cycles without a database: a GDPR export collecting its parts, an
 * erasure request waiting for its decision, and a client record that is erased or merged once.
 */
class RegistryLifecyclesTest {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    static final UUID CLIENT = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    static final List<String> PARTICIPANTS = List.of("contact-routing", "feedback");

    // ------------------------------------------------------------------ DataExport

    @Test
    void anExportCollectsUntilTheDeadline() {
        DataExport export = DataExport.request(CLIENT, "sub-1", DataExport.RequestedVia.SELF, PARTICIPANTS, NOW,
                Duration.ofHours(24));
        assertThat(export.status).isEqualTo(DataExport.Status.COLLECTING);
        assertThat(export.expectedParts).containsExactlyElementsOf(PARTICIPANTS);
        assertThat(export.deadlineAt).isEqualTo(NOW.plus(Duration.ofHours(24)));
        assertThat(export.completedAt).isNull();
    }

    @Test
    void anExportWithNobodyElseToAskIsCompleteAtOnce() {
        DataExport export = DataExport.request(CLIENT, "admin", DataExport.RequestedVia.ADMINISTRATION, List.of(), NOW,
                Duration.ofHours(24));
        assertThat(export.status).isEqualTo(DataExport.Status.COMPLETE);
        assertThat(export.completedAt).isEqualTo(NOW);
    }

    @ParameterizedTest
    @EnumSource(value = DataExport.Status.class, names = {"COLLECTING", "INCOMPLETE"})
    void theLastExpectedPartCompletesTheExportEvenAfterItsDeadline(DataExport.Status status) {
        DataExport export = exportIn(status);
        assertThat(export.partReceived(List.of("contact-routing"), NOW)).isFalse();
        assertThat(export.status).isEqualTo(status);
        assertThat(export.completedAt).isNull();
        assertThat(export.partReceived(List.of("contact-routing", "feedback"), NOW.plusSeconds(5))).isTrue();
        assertThat(export.status).isEqualTo(DataExport.Status.COMPLETE);
        assertThat(export.completedAt).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void anUnexpectedPartDoesNotCompleteAnExport() {
        DataExport export = exportIn(DataExport.Status.COLLECTING);
        assertThat(export.partReceived(List.of("knowledge-portal", "feedback"), NOW)).isFalse();
        assertThat(export.status).isEqualTo(DataExport.Status.COLLECTING);
    }

    @Test
    void aCompleteExportStaysAsItWasWhenALatePartArrives() {
        DataExport export = exportIn(DataExport.Status.COMPLETE);
        assertThat(export.partReceived(List.of("contact-routing", "feedback"), NOW.plusSeconds(60))).isFalse();
        assertThat(export).usingRecursiveComparison().isEqualTo(exportIn(DataExport.Status.COMPLETE));
    }

    @Test
    void aCollectingExportPastItsDeadlineIsIncomplete() {
        DataExport export = exportIn(DataExport.Status.COLLECTING);
        export.deadlineAt = NOW.minusSeconds(1);
        assertThat(export.expireIfOverdue(NOW)).isTrue();
        assertThat(export.status).isEqualTo(DataExport.Status.INCOMPLETE);
    }

    @Test
    void anExportWithinItsDeadlineOrNoLongerCollectingStaysAsItWas() {
        DataExport timely = exportIn(DataExport.Status.COLLECTING);
        timely.deadlineAt = NOW;
        assertThat(timely.expireIfOverdue(NOW)).as("due exactly now: not yet past").isFalse();
        assertThat(timely.status).isEqualTo(DataExport.Status.COLLECTING);
        for (DataExport.Status status : List.of(DataExport.Status.COMPLETE, DataExport.Status.INCOMPLETE)) {
            DataExport export = exportIn(status);
            export.deadlineAt = NOW.minusSeconds(60);
            assertThat(export.expireIfOverdue(NOW)).as(status.name()).isFalse();
            assertThat(export.status).isEqualTo(status);
        }
    }

    // ------------------------------------------------------------------ ErasureRequest

    @Test
    void approvingRecordsWhoDecidedWhenAndWhy() {
        ErasureRequest request = requestIn(ErasureRequest.Status.REQUESTED);
        request.approve("admin-1", "Asiakas pyysi", NOW);
        assertThat(request.status).isEqualTo(ErasureRequest.Status.APPROVED);
        assertThat(request.decidedBy).isEqualTo("admin-1");
        assertThat(request.decidedAt).isEqualTo(NOW);
        assertThat(request.decisionReason).isEqualTo("Asiakas pyysi");
    }

    @Test
    void anErasureRequestWaitsForADecision() {
        ErasureRequest request = ErasureRequest.request(CLIENT, "sub-1", "En asioi enää", NOW);
        assertThat(request.status).isEqualTo(ErasureRequest.Status.REQUESTED);
        assertThat(request.requestedBy).isEqualTo("sub-1");
        assertThat(request.requestedAt).isEqualTo(NOW);
        assertThat(request.decidedAt).isNull();
        request.requireUndecided();
    }

    @Test
    void rejectingRecordsWhoDecidedWhenAndWhy() {
        ErasureRequest request = requestIn(ErasureRequest.Status.REQUESTED);
        request.reject("admin-1", "Kirjanpitolaki", NOW);
        assertThat(request.status).isEqualTo(ErasureRequest.Status.REJECTED);
        assertThat(request.decidedBy).isEqualTo("admin-1");
        assertThat(request.decidedAt).isEqualTo(NOW);
        assertThat(request.decisionReason).isEqualTo("Kirjanpitolaki");
    }

    @ParameterizedTest
    @EnumSource(value = ErasureRequest.Status.class, names = {"APPROVED", "REJECTED"})
    void aDecidedRequestIsNotDecidedAgain(ErasureRequest.Status status) {
        ErasureRequest request = requestIn(status);
        assertThatThrownBy(request::requireUndecided).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().detail()).isEqualTo("The request was already decided: " + status));
        assertThatThrownBy(() -> request.reject("admin-2", "toisin", NOW)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().status()).isEqualTo(409));
        assertThatThrownBy(() -> request.approve("admin-2", "toisin", NOW)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().status()).isEqualTo(409));
        assertThat(request).usingRecursiveComparison().isEqualTo(requestIn(status));
    }

    // ------------------------------------------------------------------ Client

    @Test
    void erasingClearsPersonalDataAndKeepsTheRecord() {
        Client client = activeClient();
        client.erase(NOW);
        assertThat(client.status).isEqualTo(Client.Status.ERASED);
        assertThat(client.firstName).isNull();
        assertThat(client.identityCodeHash).isNull();
        assertThat(client.emails).isEmpty();
        assertThat(client.keycloakSubject).isNull();
        assertThat(client.id).isEqualTo(CLIENT);
        assertThat(client.version).isEqualTo(3);
        assertThat(client.updatedAt).isEqualTo(NOW);
    }

    @Test
    void mergingPointsTheDuplicateAtItsSurvivor() {
        Client client = activeClient();
        UUID survivor = UUID.randomUUID();
        client.mergeInto(survivor, NOW);
        assertThat(client.status).isEqualTo(Client.Status.MERGED);
        assertThat(client.mergedInto).isEqualTo(survivor);
        assertThat(client.lastName).isNull();
        assertThat(client.version).isEqualTo(3);
    }

    @Test
    void aClientIsNotMergedIntoItself() {
        Client client = activeClient();
        assertThatThrownBy(() -> client.mergeInto(CLIENT, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(client).usingRecursiveComparison().isEqualTo(activeClient());
    }

    @ParameterizedTest
    @EnumSource(value = Client.Status.class, names = {"ERASED", "MERGED"})
    void anErasedOrMergedClientIsNeitherErasedNorMergedAgain(Client.Status status) {
        Client client = activeClient();
        client.status = status;
        assertThatThrownBy(() -> client.erase(NOW)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().status()).isEqualTo(409));
        assertThatThrownBy(() -> client.mergeInto(UUID.randomUUID(), NOW)).isInstanceOf(ProblemException.class);
        assertThat(client.firstName).isEqualTo("Aino");
        assertThat(client.version).isEqualTo(2);
    }

    // ------------------------------------------------------------------ fixtures

    static DataExport exportIn(DataExport.Status status) {
        DataExport export = new DataExport();
        export.id = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
        export.clientId = CLIENT;
        export.requestedBy = "sub-1";
        export.requestedVia = DataExport.RequestedVia.SELF;
        export.requestedAt = NOW.minus(Duration.ofDays(2));
        export.deadlineAt = NOW.minus(Duration.ofDays(1));
        export.expectedParts = new java.util.ArrayList<>(PARTICIPANTS);
        export.status = status;
        export.completedAt = status == DataExport.Status.COMPLETE ? NOW.minus(Duration.ofDays(1)) : null;
        return export;
    }

    static ErasureRequest requestIn(ErasureRequest.Status status) {
        ErasureRequest request = new ErasureRequest();
        request.id = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
        request.clientId = CLIENT;
        request.requestedBy = "sub-1";
        request.requestedAt = NOW.minus(Duration.ofDays(3));
        request.status = status;
        if (status != ErasureRequest.Status.REQUESTED) {
            request.decidedAt = NOW.minus(Duration.ofDays(1));
            request.decidedBy = "admin-1";
        }
        return request;
    }

    static Client activeClient() {
        Client client = new Client();
        client.id = CLIENT;
        client.kind = Client.Kind.PERSON;
        client.firstName = "Aino";
        client.lastName = "Virtanen";
        client.identityCodeHash = "hash";
        client.emails = new java.util.ArrayList<>(List.of("aino@example.fi"));
        client.keycloakSubject = "sub-1";
        client.version = 2;
        client.updatedAt = NOW.minus(Duration.ofDays(30));
        return client;
    }
}
