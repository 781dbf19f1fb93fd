package fi.kohtaamo.catalogue;

import fi.kohtaamo.testsupport.KohtaamoServicesResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** The Open311 GeoReport v2 documents have the specification's field names, types and errors. */
@QuarkusTest
@QuarkusTestResource(value = KohtaamoServicesResource.class, initArgs = @ResourceArg(name = "schema", value = "catalogue"))
class Open311Test {

    private static final List<String> SERVICE_FIELDS =
            List.of("service_code", "service_name", "description", "metadata", "type", "keywords", "group");
    private static final List<String> ATTRIBUTE_FIELDS = List.of("variable", "code", "datatype", "required",
            "datatype_description", "order", "description", "values");

    @Test
    void serviceListInJson() {
        JsonPath list = given().when().get("/open311/v2/services.json")
                .then().statusCode(200).contentType("application/json").body("", hasSize(40)).extract().jsonPath();
        List<Map<String, Object>> services = list.getList("");
        for (Map<String, Object> service : services) {
            assertThat(service.keySet()).containsExactlyElementsOf(SERVICE_FIELDS);
            assertThat(service.get("metadata")).isInstanceOf(Boolean.class);
            assertThat(service.get("type")).isIn("realtime", "batch", "blackbox");
            assertThat(service.get("service_code")).isInstanceOf(String.class);
        }
        Map<String, Object> feedback = services.stream()
                .filter(s -> s.get("service_code").equals("road-maintenance-feedback")).findFirst().orElseThrow();
        assertThat(feedback.get("metadata")).isEqualTo(true);
        assertThat(feedback.get("service_name")).isEqualTo("Palaute maanteiden kunnossapidosta");
        assertThat(feedback.get("keywords")).isEqualTo("kuoppa");
    }

    @Test
    void serviceListInXmlWithTheAcceptedLanguage() throws Exception {
        String xml = given().header("Accept-Language", "sv").when().get("/open311/v2/services.xml")
                .then().statusCode(200).contentType("text/xml").extract().asString();
        Element root = parse(xml);
        assertThat(root.getTagName()).isEqualTo("services");
        List<Element> services = children(root);
        assertThat(services).hasSize(40).allSatisfy(service -> {
            assertThat(service.getTagName()).isEqualTo("service");
            assertThat(children(service)).extracting(Element::getTagName).containsExactlyElementsOf(SERVICE_FIELDS);
        });
        assertThat(xml).contains("<service_name>Respons om underhållet av landsvägar</service_name>");
    }

    @Test
    void serviceDefinitionInJsonAndXml() throws Exception {
        JsonPath definition = given().when().get("/open311/v2/services/road-maintenance-feedback.json")
                .then().statusCode(200).body("service_code", equalTo("road-maintenance-feedback")).extract().jsonPath();
        List<Map<String, Object>> attributes = definition.getList("attributes");
        assertThat(attributes).extracting(a -> a.get("code")).containsExactly("road_number", "defect", "observed_on");
        assertThat(attributes).extracting(a -> a.get("datatype")).containsExactly("number", "singlevaluelist", "datetime");
        assertThat(attributes.get(1).keySet()).containsExactlyElementsOf(ATTRIBUTE_FIELDS);
        assertThat(attributes.get(1).get("variable")).isEqualTo(true);
        assertThat(attributes.get(1).get("order")).isEqualTo(2);
        assertThat(definition.getList("attributes[1].values.key")).containsExactly("pothole", "sign", "snow", "other");
        assertThat(definition.getString("attributes[1].values[0].name")).isEqualTo("Kuoppa");

        Element root = parse(given().when().get("/open311/v2/services/road-maintenance-feedback.xml")
                .then().statusCode(200).extract().asString());
        assertThat(root.getTagName()).isEqualTo("service_definition");
        assertThat(children(root)).extracting(Element::getTagName).containsExactly("service_code", "attributes");
        List<Element> xmlAttributes = children(children(root).get(1));
        assertThat(xmlAttributes).extracting(Element::getTagName).containsOnly("attribute").hasSize(3);
        assertThat(children(xmlAttributes.get(1))).extracting(Element::getTagName).containsExactlyElementsOf(ATTRIBUTE_FIELDS);
        assertThat(children(children(xmlAttributes.get(1)).get(7))).extracting(Element::getTagName).containsOnly("value");
    }

    @Test
    void discoveryNamesTheEndpoint() {
        given().when().get("/open311/v2/discovery.json")
                .then().statusCode(200)
                .body("endpoints[0].specification", equalTo("http://wiki.open311.org/GeoReport_v2"))
                .body("endpoints[0].type", equalTo("production"))
                .body("endpoints[0].formats", hasSize(2))
                // the time the API last changed, not the time of asking
                .body("changeset", equalTo("2026-12-05T00:00:00Z"))
                .body("endpoints[0].changeset", equalTo("2026-12-05T00:00:00Z"));
    }

    @Test
    void aPathNoResourceServesIsAnOpen311ErrorInItsFormat() throws Exception {
        given().when().get("/open311/v2/nothing-here.json")
                .then().statusCode(404).contentType(org.hamcrest.Matchers.startsWith("application/json"))
                .body("[0].code", equalTo(404));
        Element errors = parse(given().when().get("/open311/v2/nothing-here.xml")
                .then().statusCode(404).extract().asString());
        assertThat(errors.getTagName()).isEqualTo("errors");
    }

    @Test
    void errorsAreOpen311ErrorDocuments() throws Exception {
        given().when().get("/open311/v2/services/no-such-service.json")
                .then().statusCode(404).body("[0].code", equalTo(404)).body("[0].description", org.hamcrest.Matchers.containsString("no-such-service"));
        Element errors = parse(given().when().get("/open311/v2/services/no-such-service.xml").then().statusCode(404).extract().asString());
        assertThat(errors.getTagName()).isEqualTo("errors");
        assertThat(children(children(errors).get(0))).extracting(Element::getTagName).containsExactly("code", "description");
        given().queryParam("jurisdiction_id", "elsewhere.example").when().get("/open311/v2/services.json")
                .then().statusCode(404).body("[0].code", equalTo(404));
        given().queryParam("jurisdiction_id", "kohtaamo.fi").when().get("/open311/v2/services.json").then().statusCode(200);
        given().when().get("/open311/v2/services.csv").then().statusCode(404).body("[0].code", equalTo(404));
    }

    private static Element parse(String xml) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        return document.getDocumentElement();
    }

    private static List<Element> children(Element element) {
        List<Element> children = new ArrayList<>();
        NodeList nodes = element.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                children.add((Element) nodes.item(i));
            }
        }
        return children;
    }
}
