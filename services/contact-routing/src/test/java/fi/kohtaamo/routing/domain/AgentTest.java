package fi.kohtaamo.routing.domain;

import fi.kohtaamo.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An agent's presence and their room to take contacts, without a database. */
class AgentTest {

    static final Instant EARLIER = Instant.parse("2026-03-02T08:00:00Z");
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @ParameterizedTest
    @EnumSource(Presence.class)
    void anyPresenceMayFollowAnyOtherAndOnlyAChangeIsStamped(Presence from) {
        for (Presence to : Presence.values()) {
            Agent agent = agent(from, 3);
            agent.changePresence(to, NOW);
            assertThat(agent.presence).isEqualTo(to);
            assertThat(agent.presenceAt).isEqualTo(from == to ? EARLIER : NOW);
        }
    }

    @Test
    void anAvailableAgentWithRoomTakesContacts() {
        agent(Presence.AVAILABLE, 3).requireRoomToTake(2);
    }

    @Test
    void anAgentAtCapacityTakesNoMore() {
        assertThatThrownBy(() -> agent(Presence.AVAILABLE, 3).requireRoomToTake(3))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(409);
                    assertThat(e.problem().type().toString()).endsWith("at-capacity");
                });
    }

    @ParameterizedTest
    @EnumSource(value = Presence.class, names = {"AWAY", "OFFLINE"})
    void anAgentWhoIsNotAvailableTakesNothing(Presence presence) {
        assertThatThrownBy(() -> agent(presence, 3).requireRoomToTake(0))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(409);
                    assertThat(e.problem().type().toString()).endsWith("not-available");
                });
    }

    static Agent agent(Presence presence, int capacity) {
        Agent agent = new Agent();
        agent.subject = "agent-a";
        agent.presence = presence;
        agent.presenceAt = EARLIER;
        agent.capacity = capacity;
        return agent;
    }
}
