package fi.kohtaamo.catalogue;

import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "catalogue"))
class ServiceResourceTest {

    @Test
    void anyoneListsThePublishedServicesInAllSixGroups() {
        given().when().get("/api/v1/services")
                .then().statusCode(200)
                .body("", hasSize(8))
                .body("group.unique()", containsInAnyOrder("STRATEGIC_PLANNING", "ADVICE_AND_INFORMATION",
                        "FINANCING_AND_PROMOTION", "PERMITS_AND_NOTIFICATIONS", "SUPERVISION_AND_INSPECTIONS",
                        "INFRASTRUCTURE"))
                .body("name.fi", everyItem(notNullValue()))
                .body("name.sv", everyItem(notNullValue()))
                .body("name.en", everyItem(notNullValue()));
    }

    @Test
    void filtersByGroup() {
        given().queryParam("group", "PERMITS_AND_NOTIFICATIONS").when().get("/api/v1/services")
                .then().statusCode(200)
                .body("code", containsInAnyOrder("road-connection-permit", "nature-conservation-derogation"));
    }

    @Test
    void anUnknownGroupIsAProblemNamingTheField() {
        given().queryParam("group", "PARKING").when().get("/api/v1/services")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("group"));
    }

    @Test
    void oneServiceByIdAndAProblemForAnUnknownOne() {
        given().when().get("/api/v1/services/5e2b8f10-7a3c-4d1e-8b9f-00000000a004")
                .then().statusCode(200)
                .body("name.sv", equalTo("Anslutningstillstånd till landsväg"))
                .body("organisation", equalTo("ely-uusimaa"));
        given().when().get("/api/v1/services/5e2b8f10-7a3c-4d1e-8b9f-0000000000ff")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void listsOrganisations() {
        given().when().get("/api/v1/organisations")
                .then().statusCode(200)
                .body("code", containsInAnyOrder("ely-uusimaa", "ely-pirkanmaa"));
    }
}
