package fi.kohtaamo.gateway.proxy;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The gateway's own answer to a person's browser: when the gateway itself refuses a page request
 * (no such path, a malformed one, too many requests, a service down or busy), a browser gets a
 * page of the site in the person's language (Finnish, Swedish or English: the web channel's
 * {@code ?lang=}, its remembered {@code kohtaamo-lang} cookie, then the browser's preference), with
 * the site's navigation, instead of a problem document. API clients keep getting problem documents.
 * Every text here is a constant: nothing of the request is written into the page.
 */
final class ErrorPage {

    static final List<String> LANGUAGES = List.of("fi", "sv", "en");
    private static final String LANGUAGE_COOKIE = "kohtaamo-lang";

    private ErrorPage() {
    }

    /** Paths of machine interfaces outside /api/: their clients get problem documents whatever they accept. */
    private static final List<String> API_PREFIXES = List.of("/api/", "/open311/", "/openapi");

    /**
     * A page request from a browser: a navigation ({@code Sec-Fetch-Dest: document}), or without
     * fetch metadata an {@code Accept} naming HTML; never on an API's path.
     */
    static boolean wanted(HttpServerRequest request) {
        String path = request.path();
        if (API_PREFIXES.stream().anyMatch(path::startsWith)) {
            return false;
        }
        String destination = request.getHeader("Sec-Fetch-Dest");
        if (destination != null) {
            return destination.equals("document");
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html");
    }

    /**
     * The page's language: the one asked for ({@code lang} in the query), then the remembered one,
     * then the browser's; Finnish otherwise. Never fails: a malformed query, cookie or header is no choice.
     */
    static String language(HttpServerRequest request) {
        String asked = asked(request.query());
        if (asked != null) {
            return asked;
        }
        Cookie remembered = request.getCookie(LANGUAGE_COOKIE);
        if (remembered != null && LANGUAGES.contains(remembered.getValue())) {
            return remembered.getValue();
        }
        String preferred = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (preferred != null) {
            try {
                String tag = Locale.lookupTag(Locale.LanguageRange.parse(preferred), LANGUAGES);
                if (tag != null) {
                    return tag;
                }
            } catch (RuntimeException malformed) {
                // a malformed header is no preference (JDKs differ in what they throw)
            }
        }
        return "fi";
    }

    /** {@code lang=fi|sv|en} in the raw query, not decoded: a malformed escape elsewhere in it cannot fail the page. */
    static String asked(String query) {
        if (query == null) {
            return null;
        }
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("lang=") && LANGUAGES.contains(parameter.substring(5))) {
                return parameter.substring(5);
            }
        }
        return null;
    }

    /** What the person is told, by the gateway's status. */
    private enum Kind {
        NOT_FOUND, BAD_REQUEST, TOO_LARGE, TOO_MANY, UNAVAILABLE;

        static Kind of(int status) {
            return switch (status) {
                case 404 -> NOT_FOUND;
                case 413 -> TOO_LARGE;
                case 429 -> TOO_MANY;
                case 502, 503, 504 -> UNAVAILABLE;
                default -> BAD_REQUEST;
            };
        }
    }

    private record Texts(String site, String skip, String languages, String follow, String feedback, String about,
                         String results, String accessibility, String privacy, String front,
                         Map<Kind, String> headings, Map<Kind, String> explanations) {
    }

    private static final Map<String, Texts> TEXTS = Map.of(
            "fi", new Texts("Kohtaamo – viranomaisten asiakaspalvelu", "Siirry sisältöön", "Kieli", "Seuraa asiaasi",
                    "Palaute", "Tietoa palvelusta", "Palvelujen tulokset", "Saavutettavuusseloste", "Tietosuojaseloste",
                    "Etusivulle",
                    Map.of(Kind.NOT_FOUND, "Sivua ei löydy", Kind.BAD_REQUEST, "Pyyntöä ei voitu käsitellä",
                            Kind.TOO_LARGE, "Lähetys on liian suuri", Kind.TOO_MANY, "Liian monta pyyntöä", Kind.UNAVAILABLE, "Palvelu ei vastaa"),
                    Map.of(Kind.NOT_FOUND, "Sivua ei ole, tai sinulla ei ole oikeutta siihen.",
                            Kind.BAD_REQUEST, "Osoite tai lähetetty tieto ei kelpaa. Tarkista osoite tai palaa etusivulle.",
                            Kind.TOO_LARGE, "Lähetetyt tiedot tai liitteet ovat yhteensä liian suuria. Palaa takaisin ja lähetä pienempiä tai vähemmän tiedostoja kerralla.",
                            Kind.TOO_MANY, "Pyyntöjä tuli lyhyessä ajassa liikaa. Odota hetki ja yritä sitten uudelleen.",
                            Kind.UNAVAILABLE, "Palvelu ei juuri nyt vastaa. Yritä hetken päästä uudelleen.")),
            "sv", new Texts("Kohtaamo – myndigheternas kundtjänst", "Hoppa till innehållet", "Språk", "Följ ditt ärende",
                    "Respons", "Om tjänsten", "Tjänsternas resultat", "Tillgänglighetsutlåtande", "Dataskyddsbeskrivning",
                    "Till startsidan",
                    Map.of(Kind.NOT_FOUND, "Sidan hittades inte", Kind.BAD_REQUEST, "Begäran kunde inte behandlas",
                            Kind.TOO_LARGE, "Det som skickades är för stort", Kind.TOO_MANY, "För många förfrågningar", Kind.UNAVAILABLE, "Tjänsten svarar inte"),
                    Map.of(Kind.NOT_FOUND, "Sidan finns inte, eller så har du inte rätt till den.",
                            Kind.BAD_REQUEST, "Adressen eller det som skickades duger inte. Kontrollera adressen eller gå till startsidan.",
                            Kind.TOO_LARGE, "Uppgifterna eller bilagorna som skickades är tillsammans för stora. Gå tillbaka och skicka mindre eller färre filer åt gången.",
                            Kind.TOO_MANY, "Det kom för många förfrågningar på kort tid. Vänta en stund och försök sedan igen.",
                            Kind.UNAVAILABLE, "Tjänsten svarar inte just nu. Försök igen om en stund.")),
            "en", new Texts("Kohtaamo – public agencies' customer service", "Skip to content", "Language",
                    "Follow your matter", "Feedback", "About this service", "Results of the services",
                    "Accessibility statement", "Privacy notice", "To the front page",
                    Map.of(Kind.NOT_FOUND, "Page not found", Kind.BAD_REQUEST, "The request could not be handled",
                            Kind.TOO_LARGE, "What was sent is too large", Kind.TOO_MANY, "Too many requests", Kind.UNAVAILABLE, "The service does not answer"),
                    Map.of(Kind.NOT_FOUND, "The page does not exist, or you may not see it.",
                            Kind.BAD_REQUEST, "The address or what was sent is not valid. Check the address or go to the front page.",
                            Kind.TOO_LARGE, "The details or files sent are too large together. Go back and send smaller or fewer files at a time.",
                            Kind.TOO_MANY, "Too many requests came in a short time. Wait a moment, then try again.",
                            Kind.UNAVAILABLE, "The service is not answering right now. Please try again in a moment.")));

    private static final Map<String, String> LANGUAGE_NAMES = Map.of("fi", "suomi", "sv", "svenska", "en", "English");

    /** The page for {@code status} in {@code language} (one of {@link #LANGUAGES}). */
    static String render(int status, String language) {
        Texts texts = TEXTS.get(language);
        Kind kind = Kind.of(status);
        StringBuilder languages = new StringBuilder();
        for (String code : LANGUAGES) {
            languages.append("<li><a href=\"/?lang=").append(code).append("\" lang=\"").append(code)
                    .append("\" hreflang=\"").append(code).append('"')
                    .append(code.equals(language) ? " aria-current=\"true\"" : "").append('>')
                    .append(LANGUAGE_NAMES.get(code)).append("</a></li>");
        }
        String heading = texts.headings().get(kind);
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>%s – %s</title>
                  <link rel="stylesheet" href="/css/site.css">
                </head>
                <body>
                <a class="skip-link" href="#main">%s</a>
                <header class="site-header">
                  <a class="brand" href="/">Kohtaamo</a>
                  <nav class="languages" aria-label="%s"><ul>%s</ul></nav>
                  <div class="account">
                    <a href="/status">%s</a>
                    <a href="/feedback">%s</a>
                  </div>
                </header>
                <main id="main" tabindex="-1">
                  <h1>%s</h1>
                  <p>%s</p>
                  <p><a href="/">%s</a></p>
                </main>
                <footer class="site-footer">
                  <nav aria-label="%s">
                    <ul>
                      <li><a href="/results">%s</a></li>
                      <li><a href="/accessibility">%s</a></li>
                      <li><a href="/privacy">%s</a></li>
                    </ul>
                  </nav>
                </footer>
                </body>
                </html>
                """.formatted(language, heading, texts.site(), texts.skip(), texts.languages(), languages,
                texts.follow(), texts.feedback(), heading, texts.explanations().get(kind), texts.front(), texts.about(),
                texts.results(), texts.accessibility(), texts.privacy());
    }
}
