package fi.kohtaamo.routing.service;

import fi.kohtaamo.caller.Caller;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingRolesTest {

    private static Caller person(String... roles) {
        return new Caller("s", "u", "ely-uusimaa", Set.of(roles), false);
    }

    @Test
    void agentsExpertsAndSupervisorsWorkQueues() {
        assertThat(RoutingRoles.worksQueues(person("agent"))).isTrue();
        assertThat(RoutingRoles.worksQueues(person("expert"))).isTrue();
        assertThat(RoutingRoles.worksQueues(person("supervisor"))).isTrue();
        assertThat(RoutingRoles.worksQueues(person("manager", "citizen"))).isFalse();
        assertThat(RoutingRoles.worksQueues(Caller.ANONYMOUS)).isFalse();
    }

    @Test
    void onlyASupervisorSupervises() {
        assertThat(RoutingRoles.supervises(person("supervisor"))).isTrue();
        assertThat(RoutingRoles.supervises(person("agent", "manager"))).isFalse();
    }

    @Test
    void anOpen311ClientIsAnAgencySystemOfItsOrganisation() {
        Caller client = RoutingRoles.open311Client("city-app", "helsinki");
        assertThat(RoutingRoles.isOpen311(client)).isTrue();
        assertThat(client.serviceAccount()).isTrue();
        assertThat(client.subject()).isEqualTo("open311:city-app");
        assertThat(client.displayName()).isEqualTo("city-app");
        assertThat(client.organisation()).isEqualTo("helsinki");
        assertThat(RoutingRoles.isOpen311(person("agent"))).isFalse();
    }

    @Test
    void aSignedInCitizenSubmitsForThemselves() {
        assertThat(RoutingRoles.isClientThemself(person("citizen"))).isTrue();
    }

    @Test
    void staffAnAgencySystemOrNobodyIsNotTheClientThemself() {
        assertThat(RoutingRoles.isClientThemself(person("citizen", "agent"))).isFalse();
        assertThat(RoutingRoles.isClientThemself(new Caller("s", "service-account-crm", null, Set.of("citizen"), true))).isFalse();
        assertThat(RoutingRoles.isClientThemself(Caller.ANONYMOUS)).isFalse();
        assertThat(RoutingRoles.isClientThemself(person())).isFalse();
    }
}
