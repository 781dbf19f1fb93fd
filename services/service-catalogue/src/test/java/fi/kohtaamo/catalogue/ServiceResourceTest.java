package fi.kohtaamo.catalogue;

import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "catalogue"))
class ServiceResourceTest {

    private static final String PERMIT = "5e2b8f10-7a3c-4d1e-8b9f-00000000a004";

    @Test
    void anyoneListsThePublishedServicesInAllSixGroups() {
        given().when().get("/api/v1/services")
                .then().statusCode(200)
                .header("X-Total-Count", "40")
                .body("", hasSize(40))
                .body("group.unique()", containsInAnyOrder("STRATEGIC_PLANNING", "ADVICE_AND_INFORMATION",
                        "FINANCING_AND_PROMOTION", "PERMITS_AND_NOTIFICATIONS", "SUPERVISION_AND_INSPECTIONS",
                        "INFRASTRUCTURE"))
                .body("name.fi", everyItem(notNullValue()))
                .body("name.sv", everyItem(notNullValue()))
                .body("name.en", everyItem(notNullValue()))
                .body("missingTranslations.flatten()", hasSize(0));
    }

    @Test
    void pagesWithTotalAndLinks() {
        given().queryParam("size", 15).queryParam("page", 1).when().get("/api/v1/services")
                .then().statusCode(200)
                .header("X-Total-Count", "40")
                .header("Link", containsString("rel=\"next\""))
                .header("Link", containsString("rel=\"prev\""))
                .body("", hasSize(15));
        given().queryParam("size", 15).queryParam("page", 2).when().get("/api/v1/services")
                .then().body("", hasSize(10)).header("Link", not(containsString("next")));
        given().queryParam("size", 0).when().get("/api/v1/services")
                .then().statusCode(400).body("violations[0].field", equalTo("size"));
    }

    @Test
    void searchesTextInEveryLanguageAndKeywords() {
        given().queryParam("q", "anslutningstillstånd").when().get("/api/v1/services")
                .then().statusCode(200).body("code", hasItem("road-connection-permit"));
        given().queryParam("q", "POTHOLE").when().get("/api/v1/services")
                .then().body("code", containsInAnyOrder("road-maintenance-feedback"));
        given().queryParam("q", "haulage").when().get("/api/v1/services")
                .then().body("code", containsInAnyOrder("special-transport-permit"));
    }

    @Test
    void listsTheLifeEventsAndTargetGroupsPublishedServicesCarry() {
        given().header("Accept-Language", "sv").queryParam("kind", "life_event").when().get("/api/v1/classifications")
                .then().statusCode(200)
                .body("code", hasItem("STARTING_A_BUSINESS"))
                .body("find { it.code == 'STARTING_A_BUSINESS' }.label", equalTo("Att grunda ett företag"))
                .body("find { it.code == 'STARTING_A_BUSINESS' }.labels.en", equalTo("Starting a business"))
                .body("find { it.code == 'STARTING_A_BUSINESS' }.services", equalTo(4));
        given().queryParam("kind", "TARGET_GROUP").when().get("/api/v1/classifications")
                .then().statusCode(200).body("code", containsInAnyOrder("KR1", "KR2"));
        given().queryParam("kind", "feelings").when().get("/api/v1/classifications")
                .then().statusCode(400).body("violations[0].field", equalTo("kind"));
    }

    @Test
    void filtersByGroupTargetGroupLifeEventOrganisationMunicipalityChannelAndLanguage() {
        given().queryParam("group", "permits_and_notifications").when().get("/api/v1/services")
                .then().statusCode(200).body("", hasSize(10)).body("group", everyItem(equalTo("PERMITS_AND_NOTIFICATIONS")));
        given().queryParam("targetGroup", "KR2").queryParam("group", "INFRASTRUCTURE").when().get("/api/v1/services")
                .then().body("", hasSize(0));
        given().queryParam("lifeEvent", "STARTING_A_BUSINESS").when().get("/api/v1/services")
                .then().statusCode(200).body("code", containsInAnyOrder("business-advisory", "business-development-aid",
                        "rural-business-aid", "young-farmer-start-up-aid"));
        given().queryParam("organisation", "ely-pirkanmaa").queryParam("group", "INFRASTRUCTURE").when().get("/api/v1/services")
                .then().body("code", containsInAnyOrder("road-winter-maintenance", "road-maintenance-feedback", "bridge-repairs"));
        // Helsinki (091) is in Uusimaa: Uusimaa's services and the nationwide ones, none of Pirkanmaa's own
        given().queryParam("municipality", "091").when().get("/api/v1/services")
                .then().body("code", hasItem("road-connection-permit")).body("code", hasItem("special-transport-permit"))
                .body("code", not(hasItem("road-winter-maintenance")));
        // Mariehamn (478) is on Åland: not served by "nationwide except Åland"
        given().queryParam("municipality", "478").when().get("/api/v1/services").then().body("", hasSize(0));
        given().queryParam("channelType", "SERVICE_LOCATION").queryParam("group", "ADVICE_AND_INFORMATION")
                .when().get("/api/v1/services").then().body("", hasSize(0));
        given().queryParam("language", "sv").when().get("/api/v1/services").then().header("X-Total-Count", "40");
    }

    @Test
    void badFiltersAreProblemsNamingTheField() {
        given().queryParam("group", "PARKING").when().get("/api/v1/services")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("group"));
        given().queryParam("municipality", "Helsinki").when().get("/api/v1/services")
                .then().statusCode(400).body("violations[0].field", equalTo("municipality"));
        given().queryParam("channelType", "FAX").when().get("/api/v1/services")
                .then().statusCode(400).body("violations[0].field", equalTo("channelType"));
        given().queryParam("language", "de").when().get("/api/v1/services")
                .then().statusCode(400).body("violations[0].field", equalTo("language"));
    }

    @Test
    void acceptLanguagePicksTheTitles() {
        given().header("Accept-Language", "sv-FI,sv;q=0.9").queryParam("q", "road-connection").when().get("/api/v1/services")
                .then().header("Content-Language", "sv");
        given().header("Accept-Language", "en").when().get("/api/v1/services/" + PERMIT)
                .then().statusCode(200).body("title", equalTo("Permit to connect to a public road"))
                .body("classifications.targetGroups.label", hasItem("Citizens"));
    }

    @Test
    void aServiceWithItsChannelsHoursAndRoutingData() {
        given().when().get("/api/v1/services/" + PERMIT)
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("name.sv", equalTo("Anslutningstillstånd till landsväg"))
                .body("organisation", equalTo("ely-uusimaa"))
                .body("ptvType", equalTo("PERMIT_OR_OBLIGATION"))
                .body("chargeType", equalTo("CHARGED"))
                .body("texts.processingTime.en", equalTo("About 1–2 months."))
                .body("routing.defaultQueue", equalTo("uusimaa-permits"))
                .body("routing.requiredSkills", containsInAnyOrder("permits", "roads"))
                .body("attributes.code", containsInAnyOrder("road_number", "connection_use"))
                .body("channels.type", containsInAnyOrder("ELECTRONIC", "WEB_PAGE", "PHONE", "SERVICE_LOCATION"))
                .body("channels.find { it.type == 'ELECTRONIC' }.openNow.open", equalTo(true))
                .body("channels.find { it.type == 'PHONE' }.hours.schedules[0].periods", hasSize(5))
                .body("channels.find { it.type == 'SERVICE_LOCATION' }.contact.address.postalCode", equalTo("00520"));
        given().when().get("/api/v1/services/5e2b8f10-7a3c-4d1e-8b9f-0000000000ff")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().when().get("/api/v1/services/not-a-uuid").then().statusCode(404);
    }

    @Test
    void listsOrganisationsAndShowsOne() {
        given().when().get("/api/v1/organisations")
                .then().statusCode(200)
                // fifteen ELY Centres with three units each (V1, V4, V6)
                .body("code", org.hamcrest.Matchers.hasItems("ely-uusimaa", "ely-pirkanmaa", "ely-uusimaa-e", "ely-uusimaa-l",
                        "ely-uusimaa-y", "ely-pirkanmaa-e", "ely-pirkanmaa-l", "ely-pirkanmaa-y", "ely-lappi-y"))
                .body("", org.hamcrest.Matchers.hasSize(60))
                .body("type", everyItem(equalTo("REGIONAL_STATE")))
                .body("find { it.code == 'ely-pirkanmaa-l' }.parentId", equalTo("0b6a1c53-2f4e-4c59-9a51-7d7e2f9a0002"))
                .body("find { it.code == 'ely-pirkanmaa-l' }.name.en", containsString("transport and infrastructure"));
        given().when().get("/api/v1/organisations/0b6a1c53-2f4e-4c59-9a51-7d7e2f9a0002")
                .then().statusCode(200).body("areaCodes", hasItem("837")).body("name.sv", containsString("Birkaland"));
        given().when().get("/api/v1/organisations/0b6a1c53-2f4e-4c59-9a51-7d7e2f9a00ff").then().statusCode(404);
    }

    @Test
    void aChannelWithItsHours() {
        given().header("Accept-Language", "sv").when().get("/api/v1/channels/c4a2b1d0-0000-4000-8000-000000001202")
                .then().statusCode(200)
                .body("type", equalTo("SERVICE_LOCATION"))
                .body("title", equalTo("Nyland: NTM-centralens verksamhetsställe"))
                .body("hours.schedules", hasSize(3))
                .body("openNow.open", notNullValue());
        given().when().get("/api/v1/channels/c4a2b1d0-0000-4000-8000-0000000012ff").then().statusCode(404);
    }
}
