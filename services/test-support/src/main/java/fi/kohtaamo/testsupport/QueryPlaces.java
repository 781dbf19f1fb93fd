package fi.kohtaamo.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a service's main code builds a database query outside its {@code repository} package. A
 * service keeps every query in {@code repository/}, behind a method whose name says what it finds,
 * so that a change of a table or an index is one package's; a module's test fails on what this
 * finds, so that a query written in a use case is caught at build time, not in review.
 * <p>
 * It reads the sources as text: a native, JPQL, named or JDBC statement; a Panache call whose
 * first argument is a query string ({@code list("...")}, {@code find("...")}, {@code update("...")}
 * …); a sort (an order is part of a query); a string literal that is SQL or JPQL
 * ({@code "select … from …"}, {@code "insert into"}, {@code "delete from"}) to be passed down; in
 * lower case, as the services write SQL, so that a sentence of a message is not taken for one.
 */
public final class QueryPlaces {

    static final Pattern QUERY = Pattern.compile(
            "create(?:Native|Named|StoredProcedure)?Query\\(|prepare(?:Statement|Call)\\("
                    + "|\\.(?:<\\w+>)?(?:find|list|stream|count|update|delete|exists)\\(\\s*\""
                    + "|Sort\\.(?:by|ascending|descending)\\("
                    + "|\"\\s*(?:select\\s.*\\sfrom\\s|insert\\s+into\\s|delete\\s+from\\s)");

    private QueryPlaces() {
    }

    /** Each line below {@code sourceRoot} that builds a query in a file outside a {@code repository} folder, as {@code file:line: text}. */
    public static List<String> outsideRepositories(Path sourceRoot) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                Path relative = sourceRoot.relativize(file);
                if (relative.getParent() != null && relative.getParent().toString().replace('\\', '/').matches("(.*/)?repository(/.*)?")) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (QUERY.matcher(lines.get(i)).find()) {
                        found.add(relative + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
