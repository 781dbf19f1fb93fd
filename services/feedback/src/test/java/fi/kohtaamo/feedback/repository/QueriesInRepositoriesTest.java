package fi.kohtaamo.feedback.repository;

import fi.kohtaamo.testsupport.QueryPlaces;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Every query of the service is a named method of {@code repository/}; a use case calls it by its name. */
class QueriesInRepositoriesTest {

    @Test
    void noClassOutsideTheRepositoriesBuildsAQuery() {
        assertThat(QueryPlaces.outsideRepositories(Path.of("src/main/java"))).isEmpty();
    }
}
