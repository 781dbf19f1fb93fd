package fi.kohtaamo.knowledge;

import fi.kohtaamo.knowledge.service.SearchIndex;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;

/**
 * Texts published without search vectors (before migration V4, or written straight into the
 * database like the benchmark's corpus) are analysed by the indexer and then found like any other.
 */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = {
        @ResourceArg(name = "schema", value = "knowledge"), @ResourceArg(name = "extensions", value = "pg_trgm")})
class SearchIndexTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SearchIndex searchIndex;

    /** Two texts with the same words, committed together, so that one batch analyses both (as with the benchmark's corpus). */
    @Test
    void textsWrittenStraightIntoTheDatabaseAreAnalysedTogetherAndFound() throws Exception {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID firstText = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insertArticle = connection.prepareStatement("insert into article (id, organisation, audience,"
                     + " source_language, created_at, created_by, updated_at) values (?, 'bench', 'PUBLIC', 'fi', now(), 'bench', now())");
             PreparedStatement insertText = connection.prepareStatement("insert into translation (id, article_id, language, status,"
                     + " title, body, version, last_edited_by, published_version, published_title, published_html, published_text,"
                     + " published_at, updated_at, audience) values (?, ?, 'fi', 'PUBLISHED', 'Hirvikolarin korvaukset',"
                     + " 'Hirvikolarista saa korvausta.', 1, 'bench', 1, 'Hirvikolarin korvaukset', '<p>Hirvikolarista saa korvausta.</p>',"
                     + " 'Hirvikolarista saa korvausta.', now(), now(), 'PUBLIC')")) {
            connection.setAutoCommit(false);
            for (UUID article : new UUID[] {first, second}) {
                insertArticle.setObject(1, article);
                insertArticle.executeUpdate();
                insertText.setObject(1, article == first ? firstText : UUID.randomUUID());
                insertText.setObject(2, article);
                insertText.executeUpdate();
            }
            connection.commit();
        }
        while (searchIndex.indexBatch() > 0) {
            // until every pending text is analysed (the scheduled indexer may take them first)
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement vectors = connection.prepareStatement("select index_vector is not null, index_title is not null,"
                     + " (select docs from search_lexeme where language = 'fi' and lexeme = 'hirvikolari') from translation where id = ?")) {
            vectors.setObject(1, firstText);
            try (ResultSet row = vectors.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getBoolean(1)).isTrue();
                assertThat(row.getBoolean(2)).isTrue();
                assertThat(row.getInt(3)).as("its lexemes are counted once per text for prefix expansion").isGreaterThanOrEqualTo(2);
            }
        }
        given().queryParam("q", "hirvikolarit").queryParam("language", "fi").when().get("/api/v1/search")
                .then().statusCode(200).body("results.articleId", hasItems(first.toString(), second.toString()));
    }

    /**
     * No GIN index a search reads keeps a pending list: every search would read that unsorted list
     * whole until a vacuum merged it (a search cost three times as much after a bulk analysis;
     * migration V7). Also holds any such index a later migration adds.
     */
    @Test
    void theIndexesASearchReadsTakeNewEntriesAtOnce() throws Exception {
        List<String> withPendingList = new ArrayList<>();
        int indexes = 0;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement gin = connection.prepareStatement("select c.relname, coalesce(array_to_string(c.reloptions, ','), '')"
                     + " from pg_index i join pg_class c on c.oid = i.indexrelid join pg_am am on am.oid = c.relam"
                     + " where am.amname = 'gin' and i.indrelid in ('translation'::regclass, 'search_word'::regclass)");
             ResultSet rows = gin.executeQuery()) {
            while (rows.next()) {
                indexes++;
                if (!rows.getString(2).contains("fastupdate=off")) {
                    withPendingList.add(rows.getString(1));
                }
            }
        }
        assertThat(indexes).as("the title and text indexes per language and the did-you-mean words").isGreaterThanOrEqualTo(7);
        assertThat(withPendingList).isEmpty();
    }
}
