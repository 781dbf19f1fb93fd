package fi.kohtaamo.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.QueryParam;
import org.jboss.resteasy.reactive.common.util.MultivaluedTreeMap;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NulCharactersTest {

    @SuppressWarnings("unused")
    void resource(@QueryParam("mine") boolean mine, @QueryParam("overdue") Boolean overdue, @QueryParam("q") String q) {
    }

    @Test
    void findsTheJsonPathOfANulInAFreeFormBody() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        assertThat(NulCharacters.nulPathIn(mapper.readTree("{\"a\": [{\"b\": \"x\\u0000\"}]}"), "")).isEqualTo("a[0].b");
        assertThat(NulCharacters.nulPathIn(mapper.readTree("{\"k\\u0000\": 1}"), "")).isEqualTo("k\u0000");
        assertThat(NulCharacters.nulPathIn(mapper.readTree("{\"a\": [\"ok\", 1, null]}"), "")).isNull();
    }

    @Test
    void aBooleanQueryParameterIsTrueOrFalseOnly() throws Exception {
        var method = getClass().getDeclaredMethod("resource", boolean.class, Boolean.class, String.class);
        MultivaluedTreeMap<String, String> query = new MultivaluedTreeMap<>();
        query.add("mine", "TRUE");
        query.add("overdue", "false");
        query.add("q", "maybe");
        assertThatCode(() -> NulCharacters.refuseLooseBooleans(method, query)).doesNotThrowAnyException();
        query.putSingle("overdue", "maybe");
        assertThatThrownBy(() -> NulCharacters.refuseLooseBooleans(method, query)).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().violations().get(0).field()).isEqualTo("overdue"));
    }
}
