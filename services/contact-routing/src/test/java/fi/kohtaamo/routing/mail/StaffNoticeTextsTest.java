package fi.kohtaamo.routing.mail;

import fi.kohtaamo.routing.domain.StaffNotice;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StaffNoticeTextsTest {

    private static final String PAGE = "https://kohtaamo.example/work/contacts/5a5a5a5a-0000-4000-8000-000000000001";

    @Test
    void eachLanguageNamesTheKindTheCodeAndTheContactsPage() {
        assertThat(StaffNoticeTexts.subject(StaffNotice.Kind.SLA_BREACHED, "fi", "KH-AAAA-BBBB"))
                .isEqualTo("Kohtaamo KH-AAAA-BBBB: palvelutaso on ylittynyt");
        assertThat(StaffNoticeTexts.subject(StaffNotice.Kind.SLA_AT_RISK, "sv", "KH-AAAA-BBBB"))
                .isEqualTo("Kohtaamo KH-AAAA-BBBB: servicenivån är i fara");
        assertThat(StaffNoticeTexts.subject(StaffNotice.Kind.NEW_IN_EXPERT_QUEUE, "en", "KH-AAAA-BBBB"))
                .isEqualTo("Kohtaamo KH-AAAA-BBBB: new in an expert queue");
        for (String language : new String[] {"fi", "sv", "en"}) {
            assertThat(StaffNoticeTexts.body(StaffNotice.Kind.TRANSFERRED_TO_EXPERT, language, "KH-AAAA-BBBB", PAGE))
                    .contains("KH-AAAA-BBBB").contains(PAGE);
        }
    }

    @Test
    void anUnknownLanguageReadsFinnish() {
        assertThat(StaffNoticeTexts.body(StaffNotice.Kind.SLA_AT_RISK, "de", "KH-AAAA-BBBB", PAGE))
                .isEqualTo(StaffNoticeTexts.body(StaffNotice.Kind.SLA_AT_RISK, "fi", "KH-AAAA-BBBB", PAGE));
    }
}
