package fi.kohtaamo.feedback.service;

/** The words of survey invitations and reminders, in the recipient's language (fi, sv, en). */
final class SurveyTexts {

    private SurveyTexts() {
    }

    static String subject(String language, String title, boolean reminder) {
        return switch (language) {
            case "sv" -> (reminder ? "Påminnelse: " : "") + title;
            case "en" -> (reminder ? "Reminder: " : "") + title;
            default -> (reminder ? "Muistutus: " : "") + title;
        };
    }

    static String body(String language, String title, String link, String optOut, boolean reminder) {
        return switch (language) {
            case "sv" -> "Hej,\n\n" + (reminder ? "vi har ännu inte fått ditt svar på enkäten " : "vi ber dig svara på enkäten ")
                    + "\"" + title + "\". Din personliga länk fungerar en gång:\n\n" + link
                    + "\n\nVill du inte få fler enkäter från oss? " + optOut
                    + "\n\nSvara inte på detta meddelande.\n\nKohtaamo – myndigheternas kundtjänst\n";
            case "en" -> "Hello,\n\n" + (reminder ? "we have not yet had your answer to the survey " : "we ask you to answer the survey ")
                    + "\"" + title + "\". Your personal link works once:\n\n" + link
                    + "\n\nNo more surveys from us? " + optOut
                    + "\n\nPlease do not reply to this message.\n\nKohtaamo – public agencies' customer service\n";
            default -> "Hei,\n\n" + (reminder ? "emme ole vielä saaneet vastaustasi kyselyyn " : "pyydämme sinua vastaamaan kyselyyn ")
                    + "\"" + title + "\". Henkilökohtainen linkkisi toimii kerran:\n\n" + link
                    + "\n\nEt halua enää kyselyjä meiltä? " + optOut
                    + "\n\nÄlä vastaa tähän viestiin.\n\nKohtaamo – viranomaisten asiakaspalvelu\n";
        };
    }
}
