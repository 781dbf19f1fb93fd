package fi.kohtaamo.catalogue.domain;

import fi.kohtaamo.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A service's publishing status: draft → published ⇄ withdrawn, without a database. */
class CatalogueServiceTest {

    @Test
    void aNewServiceIsADraftOfItsOrganisation() {
        Organisation organisation = new Organisation();
        CatalogueService service = CatalogueService.draftOf(organisation);
        assertThat(service.id).isNotNull();
        assertThat(service.organisation).isSameAs(organisation);
        assertThat(service.status).isEqualTo(PublishingStatus.DRAFT);
        assertThat(service.version).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(value = PublishingStatus.class, names = {"DRAFT", "WITHDRAWN"})
    void aDraftOrWithdrawnServiceIsPublished(PublishingStatus status) {
        CatalogueService service = serviceIn(status);
        service.publish();
        assertThat(service.status).isEqualTo(PublishingStatus.PUBLISHED);
    }

    @Test
    void aPublishedServiceIsWithdrawn() {
        CatalogueService service = serviceIn(PublishingStatus.PUBLISHED);
        service.withdraw();
        assertThat(service.status).isEqualTo(PublishingStatus.WITHDRAWN);
    }

    @Test
    void aPublishedServiceIsNotPublishedAgain() {
        CatalogueService service = serviceIn(PublishingStatus.PUBLISHED);
        assertThatThrownBy(service::publish).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).isEqualTo(409);
            assertThat(e.problem().detail()).isEqualTo("Service " + service.id + " is already published");
        });
        assertThat(service).usingRecursiveComparison().isEqualTo(serviceIn(PublishingStatus.PUBLISHED));
    }

    @ParameterizedTest
    @EnumSource(value = PublishingStatus.class, names = {"DRAFT", "WITHDRAWN"})
    void onlyAPublishedServiceIsWithdrawn(PublishingStatus status) {
        CatalogueService service = serviceIn(status);
        assertThatThrownBy(service::withdraw).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().status()).isEqualTo(409));
        assertThat(service).usingRecursiveComparison().isEqualTo(serviceIn(status));
    }

    @ParameterizedTest(name = "sv={0} en={1}")
    @CsvSource(value = {"NULL,Permit", "Tillstånd,NULL", "' ',Permit", "Tillstånd,''"}, nullValues = "NULL")
    void aServiceWithoutASwedishOrEnglishNameIsNotPublished(String sv, String en) {
        CatalogueService service = serviceIn(PublishingStatus.DRAFT);
        service.name.sv = sv;
        service.name.en = en;
        assertThatThrownBy(service::publish).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).isEqualTo(400);
            assertThat(e.problem().violations()).extracting(v -> v.field()).containsExactly("name");
        });
        assertThat(service.status).isEqualTo(PublishingStatus.DRAFT);
    }

    @Test
    void theStatusRefusalComesBeforeTheNameRefusal() {
        CatalogueService service = serviceIn(PublishingStatus.PUBLISHED);
        service.name.en = null;
        assertThatThrownBy(service::publish).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().status()).isEqualTo(409));
    }

    static CatalogueService serviceIn(PublishingStatus status) {
        CatalogueService service = new CatalogueService();
        service.id = UUID.fromString("00000000-0000-0000-0000-0000000005e1");
        service.code = "ymparistolupa";
        service.name = new LocalizedText("Ympäristölupa", "Miljötillstånd", "Environmental permit");
        service.status = status;
        service.version = 3;
        return service;
    }
}
