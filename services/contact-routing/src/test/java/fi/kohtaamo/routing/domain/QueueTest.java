package fi.kohtaamo.routing.domain;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class QueueTest {

    @Test
    void visibleToItsOrganisationAndThoseItIsSharedWith() {
        Queue queue = new Queue();
        queue.organisation = "ely-uusimaa";
        queue.sharedWith = Set.of("ely-pirkanmaa");
        assertThat(queue.visibleTo("ely-uusimaa")).isTrue();
        assertThat(queue.visibleTo("ely-pirkanmaa")).isTrue();
        assertThat(queue.visibleTo("ely-lappi")).isFalse();
        assertThat(queue.visibleTo(null)).isFalse();
    }
}
