package fi.kohtaamo.caller;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a caller from a verified token's claims, without Quarkus. */
class CallersTest {

    private static Caller fromToken(String subject, Map<String, Object> claims) {
        return Callers.fromToken("principal", Set.of("agent"), subject, claims::get);
    }

    private static Map<String, Object> claims(Object... keysAndValues) {
        Map<String, Object> claims = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            claims.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return claims;
    }

    @Test
    void aPersonsTokenGivesSubjectUserNameOrganisationAndRoles() {
        Caller caller = fromToken("sub-1", claims("preferred_username", "agent-uusimaa", "org", "ely-uusimaa"));
        assertThat(caller).isEqualTo(new Caller("sub-1", "agent-uusimaa", "ely-uusimaa", Set.of("agent"), false));
        assertThat(caller.isPerson()).isTrue();
    }

    @Test
    void withoutSubjectOrUserNameThePrincipalsNameStandsForBoth() {
        Caller caller = fromToken(null, claims("org", "ely-uusimaa"));
        assertThat(caller.subject()).isEqualTo("principal");
        assertThat(caller.username()).isEqualTo("principal");
    }

    @Test
    void aBlankSubjectIsNoSubject() {
        assertThat(fromToken(" ", claims()).subject()).isEqualTo("principal");
    }

    @Test
    void aClientIdClaimMarksAServiceAccount() {
        Caller caller = fromToken("sub-2", claims("client_id", "crm", "preferred_username", "crm-bot"));
        assertThat(caller.serviceAccount()).isTrue();
        assertThat(caller.isPerson()).isFalse();
    }

    @Test
    void aServiceAccountNamesItsClientByClientIdElseAzp() {
        assertThat(fromToken("sub-2", claims("client_id", "crm", "azp", "other")).clientId()).isEqualTo("crm");
        assertThat(fromToken("sub-3", claims("preferred_username", "service-account-crm", "azp", "crm")).clientId())
                .isEqualTo("crm");
    }

    @Test
    void aPersonHasNoClientIdThoughTheirTokenHasAnAzp() {
        assertThat(fromToken("sub-4", claims("preferred_username", "maija", "azp", "web-channel")).clientId()).isNull();
    }

    @Test
    void aServiceAccountUserNameMarksAServiceAccount() {
        assertThat(fromToken("sub-3", claims("preferred_username", "service-account-crm")).serviceAccount()).isTrue();
    }

    @Test
    void aUserNameThatOnlyContainsTheMarkerIsAPerson() {
        assertThat(fromToken("sub-4", claims("preferred_username", "maija-service-account-")).serviceAccount()).isFalse();
    }

    @Test
    void withoutAnOrgClaimTheCallerBelongsToNoOrganisation() {
        assertThat(fromToken("sub-5", claims()).organisation()).isNull();
        assertThat(fromToken("sub-5", claims("org", "")).organisation()).isNull();
    }

    @Test
    void anOrgClaimThatIsNotOneTextNamesNoOrganisation() {
        assertThat(fromToken("sub-6", claims("org", java.util.List.of("ely-uusimaa", "kela"))).organisation()).isNull();
    }
}
