package fi.kohtaamo.caller;

import fi.kohtaamo.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallerTest {

    private static final Caller AGENT = new Caller("s-1", "agent-uusimaa", "ely-uusimaa", Set.of("agent", "expert"), false);
    private static final Caller SYSTEM = new Caller("s-2", "service-account-crm", "ely-uusimaa", Set.of("agent"), true);

    @Test
    void anonymousHasNoSubjectNoRolesAndNoOrganisation() {
        assertThat(Caller.ANONYMOUS.isAnonymous()).isTrue();
        assertThat(Caller.ANONYMOUS.isPerson()).isFalse();
        assertThat(Caller.ANONYMOUS.serviceAccount()).isFalse();
        assertThat(Caller.ANONYMOUS.roles()).isEmpty();
        assertThat(Caller.ANONYMOUS.belongsTo(null)).isFalse();
        assertThat(Caller.ANONYMOUS.displayName()).isNull();
    }

    @Test
    void aSignedInPersonIsNeitherAnonymousNorAServiceAccount() {
        assertThat(AGENT.isAnonymous()).isFalse();
        assertThat(AGENT.isPerson()).isTrue();
    }

    @Test
    void anAgencySystemIsSignedInButNotAPerson() {
        assertThat(SYSTEM.isAnonymous()).isFalse();
        assertThat(SYSTEM.isPerson()).isFalse();
    }

    @Test
    void hasRoleAsksForOneRole() {
        assertThat(AGENT.hasRole("agent")).isTrue();
        assertThat(AGENT.hasRole("supervisor")).isFalse();
        assertThat(Caller.ANONYMOUS.hasRole("citizen")).isFalse();
    }

    @Test
    void hasAnyRoleIsTrueWhenOneOfTheRolesIsHeld() {
        assertThat(AGENT.hasAnyRole("supervisor", "expert")).isTrue();
        assertThat(AGENT.hasAnyRole(Set.of("manager", "supervisor"))).isFalse();
        assertThat(AGENT.hasAnyRole(List.of())).isFalse();
        assertThat(AGENT.hasAnyRole()).isFalse();
    }

    @Test
    void rolesCannotChangeUnderACheck() {
        Set<String> roles = new HashSet<>(Set.of("agent"));
        Caller caller = new Caller("s", "u", "org", roles, false);
        roles.add("registry-admin");
        assertThat(caller.hasRole("registry-admin")).isFalse();
        assertThatThrownBy(() -> caller.roles().add("manager")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void missingRolesAreNoRoles() {
        assertThat(new Caller("s", "u", "org", null, false).roles()).isEmpty();
    }

    @Test
    void aBlankOrganisationIsNoOrganisation() {
        Caller blank = new Caller("s", "u", "  ", Set.of("agent"), false);
        assertThat(blank.organisation()).isNull();
        assertThat(blank.belongsTo("  ")).isFalse();
    }

    @Test
    void belongsToComparesTheOrganisationExactly() {
        assertThat(AGENT.belongsTo("ely-uusimaa")).isTrue();
        assertThat(AGENT.belongsTo("ely-pirkanmaa")).isFalse();
        assertThat(AGENT.belongsTo("ELY-UUSIMAA")).isFalse();
        assertThat(AGENT.belongsTo(null)).isFalse();
    }

    @Test
    void requireOrganisationAnswersTheCallersOrganisation() {
        assertThat(AGENT.requireOrganisation()).isEqualTo("ely-uusimaa");
    }

    @Test
    void requireOrganisationRefusesACallerWithoutOneWith403() {
        Caller orgless = new Caller("s", "u", null, Set.of("agent"), false);
        assertThatThrownBy(orgless::requireOrganisation).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().status()).isEqualTo(403));
        assertThatThrownBy(Caller.ANONYMOUS::requireOrganisation).isInstanceOf(ProblemException.class);
    }

    @Test
    void requireSameOrganisationLetsTheOwnersStaffThrough() {
        AGENT.requireSameOrganisation("ely-uusimaa", "Contact", "c-1");
    }

    @Test
    void anotherAgencysObjectIsAnsweredLikeAMissingOne() {
        ProblemException missing = ProblemException.notFound("Contact", "c-1");
        assertThatThrownBy(() -> AGENT.requireSameOrganisation("ely-pirkanmaa", "Contact", "c-1"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem()).isEqualTo(missing.problem()));
    }

    @Test
    void callersWithoutAnOrganisationSeeNoOrganisationsObjects() {
        Caller orgless = new Caller("s", "u", null, Set.of("agent"), false);
        assertThatThrownBy(() -> orgless.requireSameOrganisation("ely-uusimaa", "Queue", "q-1"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(404));
        assertThatThrownBy(() -> Caller.ANONYMOUS.requireSameOrganisation(null, "Queue", "q-1"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(404));
    }

    @Test
    void displayNameIsTheUserNameElseTheSubject() {
        assertThat(AGENT.displayName()).isEqualTo("agent-uusimaa");
        assertThat(new Caller("s-9", null, null, Set.of(), false).displayName()).isEqualTo("s-9");
    }

    @Test
    void aSystemJobIsNamedAndBelongsToNoOrganisation() {
        Caller job = Caller.system("retention");
        assertThat(job.subject()).isEqualTo("system:retention");
        assertThat(job.displayName()).isEqualTo("system:retention");
        assertThat(job.organisation()).isNull();
        assertThat(job.roles()).isEmpty();
        assertThat(job.isAnonymous()).isFalse();
        assertThat(job.isPerson()).isFalse();
    }
}
