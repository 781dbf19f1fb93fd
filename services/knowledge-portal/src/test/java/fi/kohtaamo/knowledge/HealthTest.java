package fi.kohtaamo.knowledge;

import fi.kohtaamo.knowledge.service.SearchWarmUp;
import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import fi.kohtaamo.testsupport.ServiceHealthContract;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "knowledge"))
class HealthTest extends ServiceHealthContract {

    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;
    @Inject
    @Readiness
    SearchWarmUp warmUp;
    @Inject
    @CacheName("search-terms")
    Cache terms;

    /** The service reports ready only once its search is warm (SearchWarmUp, 500 ms in tests). */
    @BeforeEach
    void searchWarmedUp() throws InterruptedException {
        for (int i = 0; i < 300 && !warmUp.isWarm(); i++) {
            Thread.sleep(100);
        }
        assertThat(warmUp.isWarm()).as("search warm-up ended").isTrue();
    }

    @Test
    void readinessWaitsForTheSearchWarmUpWhichLeavesTheCachesEmpty() {
        given().when().get(readiness).then().statusCode(200).body("checks.name", hasItem("search warmed up"));
        // whatever the caches held (the tests share one application), a warm-up searches and then
        // forgets every word: the first readers after a start meet an empty term cache
        given().queryParam("q", "tienpito lupa").when().get("/api/v1/search").then().statusCode(200);
        assertThat(terms.as(CaffeineCache.class).keySet()).isNotEmpty();
        warmUp.warmUp();
        assertThat(terms.as(CaffeineCache.class).keySet()).isEmpty();
    }
}
