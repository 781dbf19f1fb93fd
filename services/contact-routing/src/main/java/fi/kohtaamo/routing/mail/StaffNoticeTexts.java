package fi.kohtaamo.routing.mail;

import fi.kohtaamo.routing.domain.StaffNotice;

/**
 * What staff notices say by e-mail, in Finnish, Swedish or English by the person's choice
 * (anything else reads Finnish). Only the tracking code and the link to the contact's page in the
 * workspace: e-mail is no place for a client's personal data, and the page audits the read.
 */
public final class StaffNoticeTexts {

    private StaffNoticeTexts() {
    }

    public static String subject(StaffNotice.Kind kind, String language, String trackingCode) {
        return "Kohtaamo " + trackingCode + ": " + what(kind, language);
    }

    /** {@code contactPage}: the contact's page in the workspace. */
    public static String body(StaffNotice.Kind kind, String language, String trackingCode, String contactPage) {
        return switch (language) {
            case "sv" -> "Hej,\n\nKontakt " + trackingCode + ": " + what(kind, language) + ".\n\nÖppna den i arbetsytan: "
                    + contactPage + "\n\nDu kan välja vilka meddelanden du får i arbetsytans inställningar för meddelanden."
                    + "\n\nKohtaamo\n";
            case "en" -> "Hello,\n\nContact " + trackingCode + ": " + what(kind, language) + ".\n\nOpen it in the workspace: "
                    + contactPage + "\n\nYou can choose which notices you receive in the workspace's notice settings."
                    + "\n\nKohtaamo\n";
            default -> "Hei,\n\nYhteydenotto " + trackingCode + ": " + what(kind, language) + ".\n\nAvaa se työtilassa: "
                    + contactPage + "\n\nVoit valita saamasi ilmoitukset työtilan ilmoitusasetuksista.\n\nKohtaamo\n";
        };
    }

    static String what(StaffNotice.Kind kind, String language) {
        return switch (language) {
            case "sv" -> switch (kind) {
                case TRANSFERRED_TO_EXPERT -> "överförd till dig som expert";
                case SLA_AT_RISK -> "servicenivån är i fara";
                case SLA_BREACHED -> "servicenivån har överskridits";
                case NEW_IN_EXPERT_QUEUE -> "ny i expertkön";
                case AUTOMATION -> "flaggad för dig av en automatiseringsregel";
            };
            case "en" -> switch (kind) {
                case TRANSFERRED_TO_EXPERT -> "transferred to you as an expert";
                case SLA_AT_RISK -> "service level at risk";
                case SLA_BREACHED -> "service level breached";
                case NEW_IN_EXPERT_QUEUE -> "new in an expert queue";
                case AUTOMATION -> "flagged for you by an automation rule";
            };
            default -> switch (kind) {
                case TRANSFERRED_TO_EXPERT -> "siirretty sinulle asiantuntijana";
                case SLA_AT_RISK -> "palvelutaso on vaarassa";
                case SLA_BREACHED -> "palvelutaso on ylittynyt";
                case NEW_IN_EXPERT_QUEUE -> "uusi asiantuntijajonossa";
                case AUTOMATION -> "automaatiosääntö nosti sen sinulle";
            };
        };
    }
}
