package fi.kohtaamo.knowledge.service;

import fi.kohtaamo.caller.Caller;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class KnowledgeRolesTest {

    private static Caller person(String organisation, String... roles) {
        return new Caller("s", "u", organisation, Set.of(roles), false);
    }

    @Test
    void staffAndEditorsReadInternalArticles() {
        for (String role : Set.of("agent", "expert", "supervisor", "manager", "content-editor")) {
            assertThat(KnowledgeRoles.isStaff(person("ely-uusimaa", role))).as(role).isTrue();
        }
    }

    @Test
    void citizensAndNobodyDoNotReadInternalArticles() {
        assertThat(KnowledgeRoles.isStaff(person(null, "citizen"))).isFalse();
        assertThat(KnowledgeRoles.isStaff(Caller.ANONYMOUS)).isFalse();
    }

    @Test
    void aContentEditorEditsTheArticlesOfTheirOwnOrganisationOnly() {
        Caller editor = person("ely-uusimaa", "content-editor");
        assertThat(KnowledgeRoles.edits(editor, "ely-uusimaa")).isTrue();
        assertThat(KnowledgeRoles.edits(editor, "kela")).isFalse();
    }

    @Test
    void otherRolesAndEditorsWithoutAnOrganisationEditNothing() {
        assertThat(KnowledgeRoles.edits(person("ely-uusimaa", "agent", "manager"), "ely-uusimaa")).isFalse();
        assertThat(KnowledgeRoles.edits(person(null, "content-editor"), "ely-uusimaa")).isFalse();
        assertThat(KnowledgeRoles.edits(Caller.ANONYMOUS, "ely-uusimaa")).isFalse();
    }
}
