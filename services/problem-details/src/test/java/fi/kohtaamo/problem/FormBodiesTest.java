package fi.kohtaamo.problem;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;

import static org.assertj.core.api.Assertions.assertThat;

class FormBodiesTest {

    @Consumes(MediaType.APPLICATION_JSON)
    static class Json {
        void noBody() {
        }

        @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
        void form() {
        }

        @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
        void anything() {
        }
    }

    static class Undeclared {
        void noBody() {
        }

        @Consumes("multipart/form-data, application/json")
        void upload() {
        }
    }

    @Test
    void aFormOrPlainTextIsRefusedWhereTheOperationDoesNotNameIt() throws Exception {
        for (String type : new String[]{"application/x-www-form-urlencoded", "text/plain;charset=ISO-8859-1", "multipart/form-data; boundary=x"}) {
            assertThat(FormBodies.refused(MediaType.valueOf(type), method(Json.class, "noBody"))).as(type).isTrue();
            assertThat(FormBodies.refused(MediaType.valueOf(type), method(Undeclared.class, "noBody"))).as(type).isTrue();
        }
    }

    @Test
    void aWildcardDoesNotCountAsNamingTheType() throws Exception {
        assertThat(FormBodies.refused(MediaType.TEXT_PLAIN_TYPE, method(Json.class, "anything"))).isTrue();
    }

    @Test
    void aTypeTheOperationNamesPasses() throws Exception {
        assertThat(FormBodies.refused(MediaType.APPLICATION_FORM_URLENCODED_TYPE, method(Json.class, "form"))).isFalse();
        assertThat(FormBodies.refused(MediaType.valueOf("multipart/form-data; boundary=b"), method(Undeclared.class, "upload"))).isFalse();
    }

    @Test
    void jsonOrNoBodyAtAllPasses() throws Exception {
        assertThat(FormBodies.refused(MediaType.APPLICATION_JSON_TYPE, method(Json.class, "noBody"))).isFalse();
        assertThat(FormBodies.refused(null, method(Json.class, "noBody"))).isFalse();
        assertThat(FormBodies.refused(MediaType.valueOf("application/merge-patch+json"), method(Undeclared.class, "noBody"))).isFalse();
    }

    private static Method method(Class<?> type, String name) throws Exception {
        return type.getDeclaredMethod(name);
    }
}
