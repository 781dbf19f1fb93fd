package fi.kohtaamo.knowledge.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTest {

    @Test
    void markdownBecomesHtmlWithItsPlainText() {
        MarkdownRenderer.Rendered rendered = MarkdownRenderer.render("""
                # Lupahakemus

                Hae **liittymälupaa** [verkossa](https://example.fi/lupa).

                | maksu | euroa |
                | --- | --- |
                | käsittely | 120 |
                """);
        assertThat(rendered.html()).contains("<h1>Lupahakemus</h1>", "<strong>liittymälupaa</strong>",
                "<a href=\"https://example.fi/lupa\" rel=\"nofollow noopener\">verkossa</a>", "<table>", "<td>120</td>");
        assertThat(rendered.text()).contains("Lupahakemus", "Hae liittymälupaa verkossa", "käsittely 120")
                .doesNotContain("<", "**");
    }

    @Test
    void scriptsHandlersAndJavascriptLinksNeverReachThePage() {
        MarkdownRenderer.Rendered rendered = MarkdownRenderer.render("""
                Hello <script>alert('x')</script> world

                <img src="https://example.fi/a.png" onerror="alert(1)">

                [click](javascript:alert(1)) and <a href="javascript:alert(2)" onclick="alert(3)">this</a>

                <div style="background:url(javascript:alert(4))">styled</div><iframe src="https://evil.example"></iframe>
                """);
        assertThat(rendered.html()).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("javascript:")
                .doesNotContainIgnoringCase("onerror").doesNotContainIgnoringCase("onclick")
                .doesNotContainIgnoringCase("style=").doesNotContainIgnoringCase("<iframe")
                .contains("world", "styled", "src=\"https://example.fi/a.png\"");
    }
}
