package fi.kohtaamo.webchannel.page;

import fi.kohtaamo.webchannel.client.KnowledgeClient;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyAidsTest {

    private static KnowledgeClient.Hit hit(int n) {
        return new KnowledgeClient.Hit(UUID.fromString("a7a7a7a7-0000-4000-8000-00000000000" + n), "fi", "article " + n, null, "PUBLIC");
    }

    private static List<String> titles(List<KnowledgeClient.Hit> hits) {
        return hits.stream().map(KnowledgeClient.Hit::title).toList();
    }

    @Test
    void theServicesArticlesComeFirstThenTheWordsOwnEachInTheSearchsOrder() {
        assertThat(titles(ReplyAids.rank(List.of(hit(3), hit(1)), List.of(hit(2), hit(4)), 5)))
                .containsExactly("article 3", "article 1", "article 2", "article 4");
    }

    @Test
    void anArticleFoundBothWaysIsShownOnceAtItsServiceRank() {
        assertThat(titles(ReplyAids.rank(List.of(hit(2)), List.of(hit(1), hit(2), hit(3)), 5)))
                .containsExactly("article 2", "article 1", "article 3");
    }

    @Test
    void atMostTheLimitIsShown() {
        assertThat(titles(ReplyAids.rank(List.of(hit(1), hit(2), hit(3)), List.of(hit(4), hit(5), hit(6)), 5)))
                .containsExactly("article 1", "article 2", "article 3", "article 4", "article 5");
        assertThat(ReplyAids.rank(List.of(), List.of(), 5)).isEmpty();
    }

    @Test
    void anArticlesHtmlBecomesThePlainTextOfAReply() {
        String html = "<h2>Ennen  hakemista</h2>\n<p>Hae <strong>hyvissä\najoin</strong> &amp; liitä:</p>"
                + "<ul>\n<li>kartta</li>\n<li><a href=\"https://example.org/lomake\">lomake</a></li></ul><p>Rivi<br>toinen</p>"
                + "<script>alert(1)</script>";
        assertThat(ReplyAids.plainText(html)).isEqualTo("""
                Ennen hakemista

                Hae hyvissä ajoin & liitä:

                - kartta
                - lomake (https://example.org/lomake)

                Rivi
                toinen""");
    }

    @Test
    void aLinkIsTheArticlesPublicPageInItsLanguage() {
        ReplyAids aids = new ReplyAids(null, null, "https://asiointi.example.fi/");
        UUID article = UUID.fromString("a7a7a7a7-0000-4000-8000-000000000001");
        assertThat(aids.link(article, "sv")).isEqualTo("https://asiointi.example.fi/articles/" + article + "?lang=sv");
    }
}
