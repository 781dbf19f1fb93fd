package fi.kohtaamo.routing.service;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who may say who a new contact's client is. */
class ClientNamingTest {

    @Test
    void theReceivingOrganisationsStaffAndAgencySystemsMay() {
        for (Caller caller : new Caller[] {
                new Caller("a", "agent.u", "ely-uusimaa", Set.of("agent"), false),
                new Caller("s", "supervisor.u", "ely-uusimaa", Set.of("supervisor"), false),
                new Caller("sys", "service-account-demo", "ely-uusimaa", Set.of(), true),
                RoutingRoles.open311Client("demo", "ely-uusimaa")}) {
            assertThatCode(() -> ContactIntake.requireMayNameClient(caller, "ely-uusimaa")).doesNotThrowAnyException();
        }
    }

    @Test
    void nobodyElseMay() {
        for (Caller caller : new Caller[] {
                Caller.ANONYMOUS,
                new Caller("c", "citizen.1", null, Set.of("citizen"), false),
                new Caller("p", "agent.p", "ely-pirkanmaa", Set.of("agent"), false),
                new Caller("sys", "service-account-other", "ely-pirkanmaa", Set.of(), true),
                new Caller("m", "manager.u", "ely-uusimaa", Set.of("manager"), false),
                new Caller("x", "agent.none", null, Set.of("agent"), false)}) {
            assertThatThrownBy(() -> ContactIntake.requireMayNameClient(caller, "ely-uusimaa"))
                    .as(caller.username()).isInstanceOf(ProblemException.class);
        }
    }
}
