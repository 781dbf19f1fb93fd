package fi.kohtaamo.testsupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The check each service runs on its own sources: queries only in {@code repository/}. */
class QueryPlacesTest {

    @TempDir
    Path root;

    private void write(String path, String... lines) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, java.util.List.of(lines));
    }

    @Test
    void eachWayOfBuildingAQueryOutsideARepositoryIsFound() throws IOException {
        write("fi/x/service/Uses.java",
                "class Uses {",
                "  void a() { em.createNativeQuery(\"select 1\"); }",
                "  void b() { em.createQuery(q, Long.class); }",
                "  void c() { contacts.list(\"id in ?1\", ids); }",
                "  void d() { Channel.<Channel>find(\"organisationId\", id); }",
                "  void e() { services.update(\"status = ?1\", s); }",
                "  void f() { organisations.listAll(Sort.by(\"code\")); }",
                "  void g() { connection.prepareStatement(sql); }",
                "  static final String Q = \"select id from contact where status = 'QUEUED'\";",
                "  void h() { rules.delete(caller, id, version); contacts.findById(id); matcher.find(); }",
                "}");

        assertThat(QueryPlaces.outsideRepositories(root))
                .extracting(line -> line.substring(0, line.indexOf(": ")))
                .containsExactly("fi/x/service/Uses.java:2", "fi/x/service/Uses.java:3", "fi/x/service/Uses.java:4",
                        "fi/x/service/Uses.java:5", "fi/x/service/Uses.java:6", "fi/x/service/Uses.java:7",
                        "fi/x/service/Uses.java:8", "fi/x/service/Uses.java:9");
    }

    @Test
    void aRepositoryMayBuildQueriesAndAMessageIsNoQuery() throws IOException {
        write("fi/x/repository/ContactRepository.java",
                "class ContactRepository { List<Contact> open() { return list(\"status = ?1\", OPEN); } }");
        write("fi/x/repositoryish/Other.java", "class Other { void a() { x.count(\"status\", 1); } }");
        write("fi/x/rest/Texts.java", "class Texts { String t = \"Select a queue from the list\"; }");

        assertThat(QueryPlaces.outsideRepositories(root))
                .containsExactly("fi/x/repositoryish/Other.java:1: class Other { void a() { x.count(\"status\", 1); } }");
    }
}
