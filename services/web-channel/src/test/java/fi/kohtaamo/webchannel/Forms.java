package fi.kohtaamo.webchannel;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What page tests read from a rendered form. */
final class Forms {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private static final Pattern FORM_CHECK = Pattern.compile("name=\"form-check\" value=\"([^\"]+)\"");

    private Forms() {
    }

    /** The CSRF token the page's forms carry, to post back as a browser would. */
    static String csrfToken(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("the form carries a CSRF token").isTrue();
        return matcher.group(1);
    }

    /** The contact form's spam-check challenge, to post back as a browser without JavaScript would. */
    static String formCheck(String page) {
        Matcher matcher = FORM_CHECK.matcher(page);
        assertThat(matcher.find()).as("the contact form carries its challenge").isTrue();
        return matcher.group(1);
    }
}
