package fi.kohtaamo.mailqueue;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The library's queries stay in {@link MailTable}, as a service's stay in its repositories. */
class MailTableTest {

    private static final Pattern QUERY = Pattern.compile("create(?:Native|Named)?Query\\(|prepare(?:Statement|Call)\\(");

    @Test
    void onlyTheMailTableBuildsQueries() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            assertThat(files.filter(file -> file.toString().endsWith(".java")).filter(file -> {
                try {
                    return QUERY.matcher(Files.readString(file)).find();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(file -> file.getFileName().toString())).containsExactly("MailTable.java");
        }
    }
}
