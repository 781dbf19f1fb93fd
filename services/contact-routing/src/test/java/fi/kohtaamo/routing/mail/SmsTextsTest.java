package fi.kohtaamo.routing.mail;

import fi.kohtaamo.routing.domain.SmsNotice;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmsTextsTest {

    private static SmsNotice notice(String language, NoticeTexts.Follow follow) {
        SmsNotice notice = new SmsNotice();
        notice.language = language;
        notice.trackingCode = "KH-AAAA-BBBB";
        notice.follow = follow;
        return notice;
    }

    @Test
    void theReceiptNamesTheCodeAndHowToFollowInTheContactsLanguage() {
        assertThat(SmsTexts.receipt(notice("fi", NoticeTexts.Follow.WITH_SECRET), "https://k.example/status"))
                .startsWith("Kohtaamo: asiasi on vastaanotettu. Seurantatunnus: KH-AAAA-BBBB.")
                .contains("https://k.example/status");
        assertThat(SmsTexts.receipt(notice("sv", NoticeTexts.Follow.SIGNED_IN), "https://k.example/status"))
                .contains("KH-AAAA-BBBB").contains("inloggad");
        assertThat(SmsTexts.receipt(notice("en", NoticeTexts.Follow.IN_APPLICATION), "https://k.example/status"))
                .contains("KH-AAAA-BBBB").contains("application").doesNotContain("https://");
    }

    @Test
    void twoMessagesAtMostInEveryLanguage() {
        for (String language : new String[] {"fi", "sv", "en"}) {
            for (NoticeTexts.Follow follow : NoticeTexts.Follow.values()) {
                // 2 × 153 characters of the GSM alphabet (ä, ö and å are in it); a long status address adds to it.
                assertThat(SmsTexts.receipt(notice(language, follow), "https://kohtaamo.example.fi/status").length())
                        .isLessThanOrEqualTo(306);
            }
        }
    }
}
