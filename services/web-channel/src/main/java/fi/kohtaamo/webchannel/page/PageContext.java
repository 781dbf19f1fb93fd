package fi.kohtaamo.webchannel.page;

import java.util.List;

/** What every page's frame needs: language, links to switch it, and who is signed in. */
public record PageContext(String language, List<LanguageLink> languages, boolean signedIn, String userName,
                          String loginHref, boolean worker, boolean supervisor, boolean manager, boolean citizen,
                          boolean editor, boolean feedbackHandler, boolean auditor,
                          boolean catalogueAdmin, boolean registryAdmin) {

    public record LanguageLink(String code, String href, boolean current) {
    }
}
