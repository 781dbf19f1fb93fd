package fi.kohtaamo.routing.rest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentDispositionTest {

    @Test
    void givesAnAsciiFallbackAndTheExactNameInUtf8() {
        assertThat(ContentDisposition.attachment("Päätös 2026.pdf"))
                .isEqualTo("attachment; filename=\"P__t_s 2026.pdf\"; filename*=UTF-8''P%C3%A4%C3%A4t%C3%B6s%202026.pdf");
    }

    @Test
    void nothingInTheNameEndsTheQuotedString() {
        assertThat(ContentDisposition.attachment("a\"b\\c%d.txt"))
                .isEqualTo("attachment; filename=\"a_b_c_d.txt\"; filename*=UTF-8''a%22b%5Cc%25d.txt");
    }
}
