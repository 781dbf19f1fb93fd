package fi.kohtaamo.routing.mail;

import fi.kohtaamo.routing.domain.ClientNotice;

import java.util.Locale;

/**
 * What routing's e-mails to clients say, in Finnish, Swedish or English by the contact's
 * language (anything else reads Finnish). Plain text; no text of the matter unless the client
 * wrote by e-mail ({@link #reply}). {@code statusPage} is where the client follows a matter.
 */
public final class NoticeTexts {

    private static final String SIGNATURE_FI = "\n\nKohtaamo – viranomaisten asiakaspalvelu\n";
    private static final String SIGNATURE_SV = "\n\nKohtaamo – myndigheternas kundtjänst\n";
    private static final String SIGNATURE_EN = "\n\nKohtaamo – public agencies' customer service\n";

    private NoticeTexts() {
    }

    public static String subject(ClientNotice notice) {
        return switch (notice.language) {
            case "sv" -> "Ditt ärende " + notice.trackingCode + ": " + switch (notice.kind) {
                case REPLY -> "nytt svar";
                case INFORMATION_REQUESTED -> "vi behöver mer information";
                case RESOLVED -> "ärendet är avgjort";
                case SATISFACTION_SURVEY -> "hur lyckades vi?";
                case RECEIPT -> "mottaget";
                case RECOVERY -> "ny hemlig kod";
            };
            case "en" -> "Your matter " + notice.trackingCode + ": " + switch (notice.kind) {
                case REPLY -> "a new reply";
                case INFORMATION_REQUESTED -> "we need more information";
                case RESOLVED -> "resolved";
                case SATISFACTION_SURVEY -> "how did we do?";
                case RECEIPT -> "received";
                case RECOVERY -> "a new secret";
            };
            default -> "Asiasi " + notice.trackingCode + ": " + switch (notice.kind) {
                case REPLY -> "uusi vastaus";
                case INFORMATION_REQUESTED -> "tarvitsemme lisätietoja";
                case RESOLVED -> "asia on ratkaistu";
                case SATISFACTION_SURVEY -> "miten onnistuimme?";
                case RECEIPT -> "vastaanotettu";
                case RECOVERY -> "uusi salainen tunniste";
            };
        };
    }

    /** "Re: " and the client's own subject, with the tracking code (which also threads their answer back). */
    public static String replySubject(ClientNotice notice, String clientSubject) {
        if (clientSubject == null || clientSubject.isBlank()) {
            return subject(notice);
        }
        String answer = clientSubject.regionMatches(true, 0, "Re:", 0, 3) ? clientSubject : "Re: " + clientSubject;
        return answer.toUpperCase(Locale.ROOT).contains(notice.trackingCode) ? answer
                : answer + " [" + notice.trackingCode + "]";
    }

    /** A change on the matter: where to read it, never what. */
    public static String updated(ClientNotice notice, String statusPage) {
        boolean replyable = notice.sender != null;
        return switch (notice.language) {
            case "sv" -> "Hej,\n\nDitt ärende " + notice.trackingCode + " har uppdaterats. Du kan läsa det på "
                    + statusPage + " med ärendets kod och den hemliga koden du fick när du skickade det, eller inloggad.\n\n"
                    + (replyable ? "Du kan svara på detta meddelande: ditt svar läggs till ärendet."
                    : "Svara inte på detta meddelande.") + SIGNATURE_SV;
            case "en" -> "Hello,\n\nYour matter " + notice.trackingCode + " has been updated. You can read it at "
                    + statusPage + " with the tracking code and the secret you received when you sent it, or signed in.\n\n"
                    + (replyable ? "You can reply to this message: your answer is added to the matter."
                    : "Please do not reply to this message.") + SIGNATURE_EN;
            default -> "Hei,\n\nAsiasi " + notice.trackingCode + " on päivittynyt. Voit lukea sen osoitteessa "
                    + statusPage + " asian seurantatunnuksella ja salaisella tunnisteella, jotka sait lähettäessäsi sen, "
                    + "tai kirjautuneena.\n\n" + (replyable ? "Voit vastata tähän viestiin: vastauksesi liitetään asiaan."
                    : "Älä vastaa tähän viestiin.") + SIGNATURE_FI;
        };
    }

    /** The invitation: two questions, anonymous, and the link that works once. */
    public static String survey(ClientNotice notice) {
        return switch (notice.language) {
            case "sv" -> "Hej,\n\nditt ärende " + notice.trackingCode + " har avgjorts. Berätta hur nöjd du var med "
                    + "servicen: det tar en minut och svaren är anonyma.\n\n" + notice.link
                    + "\n\nLänken fungerar en gång. Svara inte på detta meddelande." + SIGNATURE_SV;
            case "en" -> "Hello,\n\nyour matter " + notice.trackingCode + " has been resolved. Tell us how satisfied you "
                    + "were with the service: it takes a minute and the answers are anonymous.\n\n" + notice.link
                    + "\n\nThe link works once. Please do not reply to this message." + SIGNATURE_EN;
            default -> "Hei,\n\nasiasi " + notice.trackingCode + " on ratkaistu. Kerro, kuinka tyytyväinen olit "
                    + "palveluun: vastaaminen vie minuutin ja vastaukset ovat nimettömiä.\n\n" + notice.link
                    + "\n\nLinkki toimii kerran. Älä vastaa tähän viestiin." + SIGNATURE_FI;
        };
    }

    /** Staff's own words to a client who wrote by e-mail, then how the matter goes on. */
    public static String reply(ClientNotice notice, String text, String statusPage) {
        return text.strip() + "\n\n-- \n" + switch (notice.language) {
            case "sv" -> "Ärendets kod är " + notice.trackingCode + ". Du kan svara på detta meddelande: ditt svar "
                    + "läggs till ärendet. Ärendets läge ser du på " + statusPage + "." + SIGNATURE_SV;
            case "en" -> "The tracking code of your matter is " + notice.trackingCode + ". You can reply to this message: "
                    + "your answer is added to the matter. You can follow it at " + statusPage + "." + SIGNATURE_EN;
            default -> "Asiasi seurantatunnus on " + notice.trackingCode + ". Voit vastata tähän viestiin: vastauksesi "
                    + "liitetään asiaan. Asian tilanteen näet osoitteessa " + statusPage + "." + SIGNATURE_FI;
        };
    }

    /** How the client of a receipt follows the matter, when the mail carries no secret. */
    public enum Follow {
        /** With the secret they were shown when they sent it (or a new one asked to this address). */
        WITH_SECRET,
        /** Signed in: a citizen who submitted signed in has no secret. */
        SIGNED_IN,
        /** In the application that sent it (an Open311 request has no secret). */
        IN_APPLICATION
    }

    /**
     * The receipt: the tracking code and how to follow the matter. With the secret when the mail
     * carries one (the client wrote by e-mail); otherwise as {@code follow} says.
     */
    public static String receipt(ClientNotice notice, Follow follow, String statusPage) {
        String secret = notice.accessSecret;
        boolean replyable = notice.sender != null;
        return switch (notice.language) {
            case "sv" -> "Hej,\n\nvi har tagit emot ditt ärende. Ärendets kod är " + notice.trackingCode + ".\n\n"
                    + (secret != null ? "Du kan följa ärendet på " + statusPage + " med koden och denna hemliga kod: "
                    + secret + "\nGe inte den hemliga koden till andra." : switch (follow) {
                        case SIGNED_IN -> "Du kan följa ärendet inloggad på " + statusPage + ".";
                        case IN_APPLICATION -> "Du kan följa ärendet i programmet som du skickade det med.";
                        case WITH_SECRET -> "Du kan följa ärendet på " + statusPage + " med koden och den hemliga kod du "
                                + "fick när du skickade det. Har du tappat bort den kan du på samma sida be om en ny till denna adress.";
                    })
                    + "\n\n" + (replyable ? "Du kan svara på detta meddelande: ditt svar läggs till ärendet."
                    : "Svara inte på detta meddelande.") + SIGNATURE_SV;
            case "en" -> "Hello,\n\nwe have received your matter. Its tracking code is " + notice.trackingCode + ".\n\n"
                    + (secret != null ? "You can follow it at " + statusPage + " with the code and this secret: "
                    + secret + "\nDo not give the secret to others." : switch (follow) {
                        case SIGNED_IN -> "You can follow it signed in at " + statusPage + ".";
                        case IN_APPLICATION -> "You can follow it in the application you sent it with.";
                        case WITH_SECRET -> "You can follow it at " + statusPage + " with the code and the secret you "
                                + "received when you sent it. If you have lost it, you can ask for a new one to this address on the same page.";
                    })
                    + "\n\n" + (replyable ? "You can reply to this message: your answer is added to the matter."
                    : "Please do not reply to this message.") + SIGNATURE_EN;
            default -> "Hei,\n\nolemme vastaanottaneet asiasi. Sen seurantatunnus on " + notice.trackingCode + ".\n\n"
                    + (secret != null ? "Voit seurata asiaa osoitteessa " + statusPage
                    + " seurantatunnuksella ja tällä salaisella tunnisteella: " + secret + "\nÄlä kerro tunnistetta muille."
                    : switch (follow) {
                        case SIGNED_IN -> "Voit seurata asiaa kirjautuneena osoitteessa " + statusPage + ".";
                        case IN_APPLICATION -> "Voit seurata asiaa sovelluksessa, jolla lähetit sen.";
                        case WITH_SECRET -> "Voit seurata asiaa osoitteessa " + statusPage + " seurantatunnuksella ja "
                                + "salaisella tunnisteella, jonka sait lähettäessäsi asian. Jos tunniste on hukassa, voit "
                                + "pyytää samalla sivulla uuden tähän osoitteeseen.";
                    })
                    + "\n\n" + (replyable ? "Voit vastata tähän viestiin: vastauksesi liitetään asiaan."
                    : "Älä vastaa tähän viestiin.") + SIGNATURE_FI;
        };
    }

    /** A new secret for an open matter, asked for on the status page with this address. */
    public static String recovery(ClientNotice notice, String statusPage) {
        return switch (notice.language) {
            case "sv" -> "Hej,\n\nnågon (förhoppningsvis du) bad på " + statusPage + " om koderna för öppna ärenden "
                    + "med denna adress.\n\nÄrendets kod: " + notice.trackingCode + "\nNy hemlig kod: " + notice.accessSecret
                    + "\n\nDen tidigare hemliga koden fungerar inte längre. Bad du inte om detta kan du lämna meddelandet "
                    + "utan åtgärd. Svara inte på detta meddelande." + SIGNATURE_SV;
            case "en" -> "Hello,\n\nsomeone (hopefully you) asked at " + statusPage + " for the codes of open matters "
                    + "with this address.\n\nTracking code: " + notice.trackingCode + "\nNew secret: " + notice.accessSecret
                    + "\n\nThe earlier secret no longer works. If you did not ask for this, you can ignore this message. "
                    + "Please do not reply to this message." + SIGNATURE_EN;
            default -> "Hei,\n\njoku (toivottavasti sinä) pyysi osoitteessa " + statusPage + " tähän osoitteeseen "
                    + "liittyvien avointen asioiden tunnuksia.\n\nSeurantatunnus: " + notice.trackingCode
                    + "\nUusi salainen tunniste: " + notice.accessSecret + "\n\nAiempi tunniste ei enää toimi. "
                    + "Jos et pyytänyt tätä, voit jättää viestin huomiotta. Älä vastaa tähän viestiin." + SIGNATURE_FI;
        };
    }
}
