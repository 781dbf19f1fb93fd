package fi.kohtaamo.webchannel;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What page tests read from a rendered form. */
final class Forms {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private Forms() {
    }

    /** The CSRF token the page's forms carry, to post back as a browser would. */
    static String csrfToken(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("the form carries a CSRF token").isTrue();
        return matcher.group(1);
    }
}
