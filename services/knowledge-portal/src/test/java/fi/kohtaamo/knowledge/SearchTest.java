package fi.kohtaamo.knowledge;

import fi.kohtaamo.caller.Caller;
import fi.kohtaamo.knowledge.domain.Article;
import fi.kohtaamo.knowledge.service.Articles;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Stemming, ranking, snippets, filters and "did you mean" on a fixed Finnish, Swedish and English set. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = {
        @ResourceArg(name = "schema", value = "knowledge"), @ResourceArg(name = "extensions", value = "pg_trgm")})
class SearchTest {

    private static final Caller AUTHOR = new Caller("search-author", "search-author", "ely-uusimaa", Set.of("content-editor"), false);
    private static final Caller REVIEWER = new Caller("search-reviewer", "search-reviewer", "ely-uusimaa", Set.of("content-editor"), false);
    private static boolean written;
    private static UUID permitService;
    private static UUID lupahakemus;

    @Inject
    Articles articles;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void writeTheSet() throws Exception {
        if (written) {
            return;
        }
        permitService = KnowledgeTestSupport.knownService(bootstrapServers, "PERMITS_AND_NOTIFICATIONS");
        lupahakemus = publish("fi", "Lupahakemus", "Näin teet lupahakemuksen ympäristöluvasta. Lupahakemus käsitellään"
                + " kolmessa kuukaudessa. Liitä hakemukseen <b>kartta</b>.", List.of(permitService.toString()), List.of());
        publish("fi", "Rakennuslupa", "Rakennusluvan hakeminen ja rakennuslupaa koskevat ohjeet kunnalta.", List.of(), List.of());
        publish("fi", "Ajokortti ja ajo-oikeus", "Ajokortin uusiminen ja kadonnut kortti.", List.of(), List.of());
        publish("fi", "Tienpito", "Tienpidosta vastaa ELY-keskus. Ajokortti ei liity tienpitoon.", List.of(), List.of());
        publish("fi", "Avustukset yrityksille", "Yritysten kehittämisavustus ja muu rahoitus.", List.of(),
                List.of("FINANCING_AND_PROMOTION"));
        publish("sv", "Bygglov", "Så ansöker du om bygglov. Bygglovet behandlas av kommunen.", List.of(), List.of());
        publish("sv", "Körkort", "Förnya körkortet i tid.", List.of(), List.of());
        publish("fi", "Mökkitien kunnossapito", "Mökkitien auraus ja hoito.", List.of(), List.of());
        publish("fi", "Mokkitie ilman pisteitä", "Teksti, jossa mokkitie on kirjoitettu ilman pisteitä.", List.of(), List.of());
        publish("en", "Road connection permit", "Apply for a permit to connect a private road to a public road.", List.of(),
                List.of());
        written = true;
    }

    private UUID publish(String language, String title, String body, List<String> services, List<String> groups) {
        Article article = articles.create(language, title, body,
                new Articles.Metadata(Article.Audience.PUBLIC, services, groups, List.of(), List.of()), AUTHOR);
        articles.submit(article.id, language, AUTHOR);
        articles.approve(article.id, language, null, null, REVIEWER);
        return article.id;
    }

    @Test
    void anAnswerChangesAsSoonAsItsArticleDoes() {
        UUID article = publish("fi", "Ruoppausilmoitus", "Ruoppauksesta tehdään ilmoitus ennen töiden alkua.", List.of(), List.of());
        given().queryParam("q", "ruoppausilmoitus").queryParam("language", "fi").when().get("/api/v1/search")
                .then().statusCode(200).body("results.title", hasItem("Ruoppausilmoitus"));
        // the answer above is kept (SearchResults); archiving the text must drop it at once
        articles.archive(article, "fi", REVIEWER);
        given().queryParam("q", "ruoppausilmoitus").queryParam("language", "fi").when().get("/api/v1/search")
                .then().statusCode(200).body("results.title", not(hasItem("Ruoppausilmoitus")));
        // a new article with the word is found at once, too
        publish("fi", "Ruoppausilmoitus rannalla", "Ilmoitus ruoppauksesta rannalla.", List.of(), List.of());
        given().queryParam("q", "ruoppausilmoitus").queryParam("language", "fi").when().get("/api/v1/search")
                .then().statusCode(200).body("results.title", hasItem("Ruoppausilmoitus rannalla"));
    }

    @Test
    void anInflectedFinnishQueryFindsItsBaseForm() {
        given().queryParam("q", "lupahakemuksen").queryParam("language", "fi").when().get("/api/v1/search")
                .then().statusCode(200).body("results[0].title", equalTo("Lupahakemus"))
                .body("results[0].snippet", containsString("<mark>"));
        given().queryParam("q", "rakennusluvan").queryParam("language", "fi").when().get("/api/v1/search")
                .then().statusCode(200).body("results[0].title", equalTo("Rakennuslupa"));
    }

    @Test
    void theStartOfACompoundFindsIt() {
        given().queryParam("q", "rakennus").queryParam("language", "fi").when().get("/api/v1/search")
                .then().statusCode(200).body("results.title", hasItem("Rakennuslupa"));
    }

    @Test
    void aTitleMatchRanksAboveABodyMatch() {
        given().queryParam("q", "ajokortti").queryParam("language", "fi").when().get("/api/v1/search")
                .then().statusCode(200)
                .body("results[0].title", equalTo("Ajokortti ja ajo-oikeus")).body("results[1].title", equalTo("Tienpito"));
        given().queryParam("q", "ajokortti").queryParam("language", "fi").queryParam("limit", 1).when().get("/api/v1/search")
                .then().statusCode(200).body("more", equalTo(true));
    }

    @Test
    void swedishAndEnglishAreStemmedByTheirOwnRules() {
        given().queryParam("q", "bygglovet").queryParam("language", "sv").when().get("/api/v1/search")
                .then().statusCode(200).body("results[0].title", equalTo("Bygglov"));
        given().queryParam("q", "körkortet").when().get("/api/v1/search")
                .then().statusCode(200).body("results[0].title", equalTo("Körkort")).body("results[0].language", equalTo("sv"));
        given().queryParam("q", "permits").queryParam("limit", 50).when().get("/api/v1/search")
                .then().statusCode(200).body("results.title", hasItem("Road connection permit"));
        given().queryParam("q", "bygglov").queryParam("language", "fi").when().get("/api/v1/search")
                .then().statusCode(200).body("results", empty());
    }

    @Test
    void snippetsHighlightTheMatchesAndNeverCarryMarkup() {
        given().queryParam("q", "kartta").queryParam("language", "fi").when().get("/api/v1/search")
                .then().statusCode(200).body("results[0].snippet", containsString("<mark>kartta</mark>"))
                .body("results[0].snippet", not(containsString("<b>")));
    }

    @Test
    void aMisspelledQueryGetsADidYouMean() {
        given().queryParam("q", "lupahkmus").queryParam("language", "fi").when().get("/api/v1/search")
                .then().statusCode(200).body("results", empty()).body("didYouMean", equalTo("lupahakemus"));
    }

    @Test
    void aSlightTypoFindsTheMostSimilarPublishedWord() {
        given().queryParam("q", "lupahakmus").queryParam("language", "fi").when().get("/api/v1/search")
                .then().statusCode(200).body("results[0].title", equalTo("Lupahakemus"));
    }

    @Test
    void aLaterPartOfACompoundAndAChangedStemFindIt() {
        given().queryParam("q", "hakemus").queryParam("language", "fi").queryParam("limit", 50).when().get("/api/v1/search")
                .then().statusCode(200).body("results.title", hasItem("Lupahakemus"));
        given().queryParam("q", "luvan").queryParam("language", "fi").queryParam("limit", 50).when().get("/api/v1/search")
                .then().statusCode(200).body("results.title", hasItem("Rakennuslupa"));
    }

    @Test
    void lettersWithoutDiacriticsMatchAndTheExactFormRanksFirst() {
        given().queryParam("q", "mökkitie").queryParam("language", "fi").when().get("/api/v1/search")
                .then().statusCode(200).body("results[0].title", equalTo("Mökkitien kunnossapito"))
                .body("results.title", hasItem("Mokkitie ilman pisteitä"));
        given().queryParam("q", "mokkitie").queryParam("language", "fi").when().get("/api/v1/search")
                .then().statusCode(200).body("results.title", hasItem("Mökkitien kunnossapito"))
                .body("results.title", hasItem("Mokkitie ilman pisteitä"));
    }

    @Test
    void aWordNoTextHasLeavesTheOthersToRankAndIsNamed() {
        given().queryParam("q", "lupahakemus qwzxvy").queryParam("language", "fi").when().get("/api/v1/search")
                .then().statusCode(200).body("results[0].title", equalTo("Lupahakemus"))
                .body("missingWords", equalTo(List.of("qwzxvy")));
        given().queryParam("q", "lupahakemus kartta").queryParam("language", "fi").when().get("/api/v1/search")
                .then().statusCode(200).body("results[0].title", equalTo("Lupahakemus")).body("missingWords", empty());
    }

    @Test
    void filtersNarrowByServiceAndGroup() {
        given().queryParam("q", "avustus").queryParam("group", "FINANCING_AND_PROMOTION").when().get("/api/v1/search")
                .then().statusCode(200).body("results.title", equalTo(List.of("Avustukset yrityksille")));
        given().queryParam("q", "lupahakemus").queryParam("group", "PERMITS_AND_NOTIFICATIONS").when().get("/api/v1/search")
                .then().statusCode(200).body("results.articleId", hasItem(lupahakemus.toString()));
        given().queryParam("q", "lupahakemus").queryParam("group", "FINANCING_AND_PROMOTION").when().get("/api/v1/search")
                .then().statusCode(200).body("results", empty());
        given().queryParam("q", "lupahakemus").queryParam("serviceId", permitService.toString()).when().get("/api/v1/search")
                .then().statusCode(200).body("results.articleId", equalTo(List.of(lupahakemus.toString())));
        given().queryParam("q", "lupahakemus").queryParam("serviceId", UUID.randomUUID().toString()).when().get("/api/v1/search")
                .then().statusCode(200).body("results", empty());
        given().queryParam("q", "kortti").queryParam("language", "sv").when().get("/api/v1/search")
                .then().statusCode(200).body("results.language", everyItem(equalTo("sv")));
    }

    @Test
    void aContactBeingWrittenGetsSuggestionsLinkedToItsServiceFirst() {
        given().queryParam("text", "Miten teen lupahakemuksen, entä kartta?").queryParam("serviceId", permitService.toString())
                .when().get("/api/v1/search/suggestions")
                .then().statusCode(200).body("[0].articleId", equalTo(lupahakemus.toString()));
        given().queryParam("text", "??").when().get("/api/v1/search/suggestions").then().statusCode(200).body("$", empty());
        given().when().get("/api/v1/search/suggestions").then().statusCode(400).body("violations[0].field", equalTo("text"));
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        given().when().get("/api/v1/search").then().statusCode(400).body("violations[0].field", equalTo("q"));
        given().queryParam("q", "lupa").queryParam("language", "de").when().get("/api/v1/search")
                .then().statusCode(400).body("violations[0].field", equalTo("language"));
        given().queryParam("q", "lupa").queryParam("limit", 0).when().get("/api/v1/search")
                .then().statusCode(400).body("violations[0].field", equalTo("limit"));
        given().queryParam("q", "lupa").queryParam("group", "PARTIES").when().get("/api/v1/search")
                .then().statusCode(400).body("violations[0].field", equalTo("group"));
        given().queryParam("q", "lupa").queryParam("audience", "SECRET").when().get("/api/v1/search")
                .then().statusCode(400).body("violations[0].field", equalTo("audience"));
        given().queryParam("q", "!!!").when().get("/api/v1/search")
                .then().statusCode(400).body("violations[0].field", equalTo("q"));
    }
}
