package fi.kohtaamo.routing.mail;

import fi.kohtaamo.routing.domain.SmsNotice;

/**
 * What a receipt says by SMS, in Finnish, Swedish or English by the contact's language (anything
 * else reads Finnish): the tracking code and how to follow the matter, short enough for two
 * messages. Never the access secret (see {@link SmsNotice}).
 */
public final class SmsTexts {

    private SmsTexts() {
    }

    public static String receipt(SmsNotice notice, String statusPage) {
        String code = notice.trackingCode;
        return switch (notice.language) {
            case "sv" -> "Kohtaamo: vi har tagit emot ditt ärende. Ärendets kod: " + code + ". " + switch (notice.follow) {
                case SIGNED_IN -> "Följ det inloggad på " + statusPage + ".";
                case IN_APPLICATION -> "Följ det i programmet du skickade det med.";
                case WITH_SECRET -> "Följ det på " + statusPage + " med koden och den hemliga kod du fick när du skickade det.";
            } + " Svara inte på detta meddelande.";
            case "en" -> "Kohtaamo: we have received your matter. Tracking code: " + code + ". " + switch (notice.follow) {
                case SIGNED_IN -> "Follow it signed in at " + statusPage + ".";
                case IN_APPLICATION -> "Follow it in the application you sent it with.";
                case WITH_SECRET -> "Follow it at " + statusPage + " with the code and the secret you received when you sent it.";
            } + " Please do not reply.";
            default -> "Kohtaamo: asiasi on vastaanotettu. Seurantatunnus: " + code + ". " + switch (notice.follow) {
                case SIGNED_IN -> "Seuraa asiaa kirjautuneena osoitteessa " + statusPage + ".";
                case IN_APPLICATION -> "Seuraa asiaa sovelluksessa, jolla lähetit sen.";
                case WITH_SECRET -> "Seuraa asiaa osoitteessa " + statusPage
                        + " tunnuksella ja salaisella tunnisteella, jonka sait lähettäessäsi asian.";
            } + " Älä vastaa tähän viestiin.";
        };
    }
}
