package fi.kohtaamo.webchannel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.config.MultiPartConfig;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * Files on the pages, without JavaScript: the contact form and the status page (by code and
 * secret, and signed in) take files as {@code multipart/form-data} and pass each on to routing;
 * a refusal is said beside the field in the page's language with the text kept; the lists show
 * each file's scan state and offer a download only for files that may be had; staff attach to
 * replies and notes; "my data" offers the files of the citizen's contacts.
 */
@QuarkusTest
@QuarkusTestResource(DomainServiceStubs.class)
@ExtendWith(DomainServiceStubs.OnContract.class)
class AttachmentPagesTest {

    private static final String CODE = "KH-7QM4-X2PD";
    private static final String SECRET = "abcdefghijkmnpqrstuv";

    @BeforeEach
    void clear() {
        DomainServiceStubs.UPLOADS.clear();
        DomainServiceStubs.DOWNLOADS.clear();
        DomainServiceStubs.POSTED.clear();
        DomainServiceStubs.STAFF_TEXTS.clear();
    }

    /** A text field in UTF-8, as a browser sends a page's fields. */
    private static io.restassured.specification.MultiPartSpecification text(String name, String value) {
        return new io.restassured.builder.MultiPartSpecBuilder(value).controlName(name).mimeType("text/plain")
                .charset(StandardCharsets.UTF_8).build();
    }

    /** A form as a browser posts it with files: text fields in UTF-8, the page's CSRF token. */
    private static RequestSpecification multipart(CookieFilter cookies, String page, String language) {
        return given().config(RestAssured.config().multiPartConfig(MultiPartConfig.multiPartConfig()
                        .defaultCharset(StandardCharsets.UTF_8)))
                .filter(cookies).header("Accept-Language", language).redirects().follow(false)
                .multiPart("csrf-token", Forms.csrfToken(page));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fi|Enintään 5 tiedostoa kerralla, kukin enintään 10 Mt|Liian monta tiedostoa kerralla|Tämän tyyppistä tiedostoa ei voi liittää",
            "sv|Högst 5 filer åt gången, var och en högst 10 MB|För många filer åt gången|En fil av den här typen kan inte bifogas",
            "en|At most 5 files at a time, each at most 10 MB|Too many files at a time|A file of this type cannot be attached"})
    void theContactFormTakesFilesAndSaysARefusalInThePagesLanguage(String language, String hint, String tooMany, String type) {
        CookieFilter cookies = new CookieFilter();
        String form = given().filter(cookies).queryParam("lang", language).when().get("/contact").then().statusCode(200)
                .body(containsString("enctype=\"multipart/form-data\""))
                .body(containsString("<input id=\"files\" name=\"files\" type=\"file\" multiple aria-describedby=\"files-hint\">"))
                .body(containsString(hint)).extract().asString();

        // Too many: refused before anything is sent, beside the field, with the text kept.
        RequestSpecification six = multipart(cookies, form, language).multiPart("form-check", Forms.formCheck(form))
                .multiPart(text("description", "Liitän päätöksen ja kuvat."));
        for (int i = 0; i < 6; i++) {
            six.multiPart("files", "kuva" + i + ".jpg", DomainServiceStubs.FILE_BYTES, "image/jpeg");
        }
        six.when().post("/contact").then().statusCode(400)
                .body(containsString("<a href=\"#files\">" + tooMany))
                .body(containsString("aria-invalid=\"true\""))
                .body(containsString(">Liitän päätöksen ja kuvat.</textarea>"));
        assertThat(DomainServiceStubs.POSTED).as("no contact sent").isEmpty();
        assertThat(DomainServiceStubs.UPLOADS).isEmpty();

        // Accepted: the contact, then each file with its code and secret.
        multipart(cookies, form, language).multiPart("form-check", Forms.formCheck(form))
                .multiPart(text("description", "Liitän päätöksen."))
                .multiPart("files", "paatos.pdf", DomainServiceStubs.FILE_BYTES, "application/pdf")
                .when().post("/contact").then().statusCode(201)
                .body(containsString(CODE)).body(not(containsString("id=\"files-error\"")));
        assertThat(DomainServiceStubs.UPLOADS).containsExactly("/api/v1/contacts/lookup/attachments paatos.pdf true tracked");

        // Routing refuses the type after the contact went in: the receipt says so, in the page's language.
        DomainServiceStubs.UPLOADS.clear();
        String again = given().filter(cookies).when().get("/contact").then().statusCode(200).extract().asString(); // a fresh challenge
        multipart(cookies, again, language).multiPart("form-check", Forms.formCheck(again))
                .multiPart(text("description", "Liitän ohjelman."))
                .multiPart("files", "ohjelma.exe", DomainServiceStubs.FILE_BYTES, "application/octet-stream")
                .when().post("/contact").then().statusCode(201)
                .body(containsString("id=\"files-error\"")).body(containsString(type)).body(containsString(CODE));
        assertThat(DomainServiceStubs.UPLOADS).hasSize(1);
    }

    @Test
    void theContactFormStillWorksWithoutFiles() {
        CookieFilter cookies = new CookieFilter();
        String form = given().filter(cookies).queryParam("lang", "en").when().get("/contact").then().statusCode(200).extract().asString();
        multipart(cookies, form, "en").multiPart("form-check", Forms.formCheck(form))
                .multiPart("description", "No files this time.")
                .multiPart("files", "", new byte[0], "application/octet-stream") // what a browser sends for an empty field
                .when().post("/contact").then().statusCode(201).body(containsString(CODE));
        assertThat(DomainServiceStubs.UPLOADS).isEmpty();
    }

    @Test
    void theStatusPageListsFilesByScanStateAndTakesAndGivesThemByCodeAndSecret() {
        CookieFilter cookies = new CookieFilter();
        String form = given().filter(cookies).when().get("/status?lang=en").then().statusCode(200).extract().asString();
        String page = given().filter(cookies).header("Accept-Language", "en").contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(form)).formParam("trackingCode", CODE).formParam("accessSecret", SECRET)
                .when().post("/status").then().statusCode(200)
                .body(containsString("<h2 id=\"files-heading\">Attachments</h2>"))
                .body(containsString("<form method=\"post\" action=\"/status/files/" + DomainServiceStubs.FILE_CLEAN + "\""))
                .body(containsString("Download paatos.pdf"))
                .body(containsString("scanned, clean"))
                .body(containsString("<span class=\"file-name\">lasku.pdf</span>"))
                .body(containsString("kept out: Eicar-Test-Signature"))
                .body(containsString("<span class=\"file-name\">kuva.jpg</span>"))
                .body(containsString("being scanned"))
                .body(not(containsString("/status/files/" + DomainServiceStubs.FILE_INFECTED)))
                .body(not(containsString("/status/files/" + DomainServiceStubs.FILE_PENDING)))
                .body(containsString("<form method=\"post\" action=\"/status/files\" enctype=\"multipart/form-data\" novalidate>"))
                .body(not(containsString(SECRET + "&"))).extract().asString();

        byte[] file = given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("trackingCode", CODE).formParam("accessSecret", SECRET)
                .when().post("/status/files/" + DomainServiceStubs.FILE_CLEAN).then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"paatos.pdf\"")
                .header("Content-Type", "application/pdf")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", containsString("no-store"))
                .extract().asByteArray();
        assertThat(file).isEqualTo(DomainServiceStubs.FILE_BYTES);
        assertThat(DomainServiceStubs.DOWNLOADS).containsExactly("POST /api/v1/contacts/lookup/attachments/" + DomainServiceStubs.FILE_CLEAN);

        multipart(cookies, page, "en").multiPart("trackingCode", CODE).multiPart("accessSecret", SECRET)
                .multiPart("files", "liite.pdf", DomainServiceStubs.FILE_BYTES, "application/pdf")
                .multiPart("files", "toinen.pdf", DomainServiceStubs.FILE_BYTES, "application/pdf")
                .when().post("/status/files").then().statusCode(200).body(containsString("<dd id=\"tracking-code\">" + CODE));
        assertThat(DomainServiceStubs.UPLOADS).containsExactly("/api/v1/contacts/lookup/attachments liite.pdf true tracked",
                "/api/v1/contacts/lookup/attachments toinen.pdf true tracked");

        // In the language the client chose (its cookie), whatever the browser asks for.
        multipart(cookies, page, "sv").multiPart("trackingCode", CODE).multiPart("accessSecret", SECRET)
                .multiPart("files", "", new byte[0], "application/octet-stream")
                .when().post("/status/files").then().statusCode(400)
                .body(containsString("<a href=\"#files\">Choose at least one file.</a>"))
                .body(containsString("<p class=\"error\" id=\"files-error\">Choose at least one file.</p>"));
        given().filter(cookies).when().get("/status?lang=fi").then().statusCode(200);
        multipart(cookies, page, "en").multiPart("trackingCode", CODE).multiPart("accessSecret", SECRET)
                .multiPart("files", "ohjelma.exe", DomainServiceStubs.FILE_BYTES, "application/octet-stream")
                .when().post("/status/files").then().statusCode(400)
                .body(containsString("Tämän tyyppistä tiedostoa ei voi liittää."))
                .body(containsString("<dd id=\"tracking-code\">" + CODE));
        // A wrong secret lists and gives nothing.
        given().filter(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Forms.csrfToken(page)).formParam("trackingCode", CODE).formParam("accessSecret", "wrong")
                .when().post("/status/files/" + DomainServiceStubs.FILE_CLEAN).then().statusCode(404)
                .body(not(containsString("%PDF")));
    }

    @Test
    @TestSecurity(user = "citizen-1", roles = "citizen")
    void aSignedInCitizenAttachesAndDownloadsOnTheirOwnContact() {
        CookieFilter cookies = new CookieFilter();
        String path = "/status/" + DomainServiceStubs.OWN;
        String page = given().filter(cookies).queryParam("lang", "en").when().get(path).then().statusCode(200)
                .body(containsString("<a href=\"" + path + "/files/" + DomainServiceStubs.FILE_CLEAN + "\">Download paatos.pdf</a>"))
                .body(containsString("action=\"" + path + "/files\" enctype=\"multipart/form-data\""))
                .extract().asString();
        given().filter(cookies).when().get(path + "/files/" + DomainServiceStubs.FILE_CLEAN).then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"paatos.pdf\"");
        multipart(cookies, page, "en").multiPart("files", "liite.pdf", DomainServiceStubs.FILE_BYTES, "application/pdf")
                .when().post(path + "/files").then().statusCode(200);
        assertThat(DomainServiceStubs.UPLOADS).containsExactly("/api/v1/contacts/" + DomainServiceStubs.OWN + "/attachments liite.pdf true");
        given().filter(cookies).header("Accept-Language", "en").when().get(path + "/files/" + DomainServiceStubs.FILE_INFECTED)
                .then().statusCode(404).body(containsString("The file cannot be downloaded"));
    }

    @Test
    @TestSecurity(user = "agent-1", roles = "agent")
    void staffAttachToRepliesAndNotesAndDownloadTheContactsFiles() {
        CookieFilter cookies = new CookieFilter();
        String path = "/work/contacts/" + DomainServiceStubs.STAFF_CONTACT;
        String page = given().filter(cookies).queryParam("lang", "en").when().get(path).then().statusCode(200)
                .body(containsString("<form method=\"post\" action=\"" + path + "/reply\" enctype=\"multipart/form-data\" novalidate>"))
                .body(containsString("<form method=\"post\" action=\"" + path + "/note\" enctype=\"multipart/form-data\" novalidate>"))
                .body(containsString("<input id=\"reply-files\" name=\"files\" type=\"file\" multiple"))
                .body(containsString("<input id=\"note-files\" name=\"files\" type=\"file\" multiple"))
                .body(containsString("files are shown to the client."))
                .body(containsString("files are shown to staff only."))
                .body(containsString("<a href=\"" + path + "/files/" + DomainServiceStubs.FILE_CLEAN + "\">Download paatos.pdf</a>"))
                .body(containsString("kept out: Eicar-Test-Signature"))
                .extract().asString();

        multipart(cookies, page, "en").multiPart(text("text", "Päätös liitteenä."))
                .multiPart("files", "paatos.pdf", DomainServiceStubs.FILE_BYTES, "application/pdf")
                .when().post(path + "/reply").then().statusCode(303).header("Location", path);
        assertThat(DomainServiceStubs.STAFF_TEXTS).containsExactly("replies Päätös liitteenä.");
        assertThat(DomainServiceStubs.UPLOADS).as("a reply's file is for the client")
                .containsExactly("/api/v1/contacts/" + DomainServiceStubs.STAFF_CONTACT + "/attachments paatos.pdf true for-client");

        multipart(cookies, page, "en").multiPart(text("text", "Sisäinen muistiinpano"))
                .multiPart("files", "ohjelma.exe", DomainServiceStubs.FILE_BYTES, "application/octet-stream")
                .when().post(path + "/note").then().statusCode(400)
                .body(containsString("<a href=\"#note-files\">A file of this type cannot be attached.</a>"))
                .body(containsString("id=\"note-files-error\""));
        assertThat(DomainServiceStubs.STAFF_TEXTS).contains("notes Sisäinen muistiinpano");
        assertThat(DomainServiceStubs.UPLOADS).as("a note's file stays with staff").last().asString().doesNotContain("for-client");

        byte[] file = given().filter(cookies).when().get(path + "/files/" + DomainServiceStubs.FILE_CLEAN).then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"paatos.pdf\"").extract().asByteArray();
        assertThat(new String(file, StandardCharsets.UTF_8)).isEqualTo("%PDF-1.4 päätös");
    }

    @Test
    @TestSecurity(user = "citizen-1", roles = "citizen")
    void myDataOffersTheFilesOfTheCitizensContacts() {
        given().queryParam("lang", "en").when().get("/my-data").then().statusCode(200)
                .body(containsString("<h2 id=\"my-files\">Files of your contacts</h2>"))
                .body(containsString("<a href=\"/my-data/files/" + DomainServiceStubs.FILE_CLEAN + "\">Download paatos.pdf</a>"))
                .body(containsString("KH-MY22-CASE"))
                .body(containsString("<span class=\"file-name\">kuva.jpg</span>"))
                .body(not(containsString("/my-data/files/" + DomainServiceStubs.FILE_PENDING)));
        byte[] file = given().when().get("/my-data/files/" + DomainServiceStubs.FILE_CLEAN).then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"paatos.pdf\"").extract().asByteArray();
        assertThat(file).isEqualTo(DomainServiceStubs.FILE_BYTES);
        assertThat(DomainServiceStubs.DOWNLOADS).containsExactly("GET /api/v1/contacts/mine/attachments/" + DomainServiceStubs.FILE_CLEAN);
        // Another's file (routing's 404) and a malformed id are the page's not-found.
        given().when().get("/my-data/files/" + DomainServiceStubs.FILE_PENDING.replace('3', '9')).then().statusCode(404);
        given().when().get("/my-data/files/not-an-id").then().statusCode(404);
    }
}
