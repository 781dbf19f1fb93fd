package fi.kohtaamo.feedback.domain;

import java.util.List;
import java.util.Map;

/**
 * What each of the four survey types starts with on the create page, from its purpose
 * (docs/architecture.md, "Surveys"): its questions, whom it goes to, whether answers may name
 * the respondent, when the one reminder goes and whether it repeats. A manager changes any of it.
 *
 * <ul>
 *   <li>Stakeholder (sidosryhmäkysely): partners, steering bodies and service producers judge the
 *   cooperation; organisations answer, so the answer may name them.</li>
 *   <li>Awareness and image (tunnettuus- ja mielikuvakysely): a segment of the public says how well
 *   it knows the agency and what it thinks of it; anonymous.</li>
 *   <li>Direct client satisfaction (asiakastyytyväisyys): the clients of a service or channel in
 *   the last quarter, each quarter; anonymous; its CSAT and NPS feed the management view.</li>
 *   <li>Indirect client satisfaction (välilliset asiakkaat): clients served through the agency's
 *   service producers, reached by a segment; anonymous.</li>
 * </ul>
 */
public final class SurveyDefaults {

    /** Whom a type's survey goes to by default. */
    public enum AudienceKind { SEGMENT, ROLE, CONTACTS }

    /** How often a type repeats; NONE is sent once. */
    public enum Recurrence { NONE, QUARTERLY }

    public record Template(Survey.Type type, Map<String, String> title, List<SurveyQuestion> questions,
                           AudienceKind audience, String role, boolean anonymous, int reminderAfterDays,
                           Recurrence recurrence) {
    }

    private SurveyDefaults() {
    }

    public static Template of(Survey.Type type) {
        return switch (type) {
            case STAKEHOLDER -> new Template(type,
                    texts("Sidosryhmäkysely", "Intressentenkät", "Stakeholder survey"),
                    List.of(scale("cooperation", SurveyQuestion.Measure.CSAT,
                                    "Miten tyytyväinen olette yhteistyöhömme?", "Hur nöjda är ni med vårt samarbete?",
                                    "How satisfied are you with our cooperation?"),
                            nps("recommend", "Kuinka todennäköisesti suosittelisitte meitä yhteistyökumppaniksi?",
                                    "Hur sannolikt är det att ni skulle rekommendera oss som samarbetspartner?",
                                    "How likely are you to recommend us as a partner?"),
                            text("improve", "Mitä meidän pitäisi tehdä toisin?", "Vad borde vi göra annorlunda?",
                                    "What should we do differently?")),
                    AudienceKind.ROLE, "PARTNER", false, 7, Recurrence.NONE);
            case AWARENESS_AND_IMAGE -> new Template(type,
                    texts("Tunnettuus- ja mielikuvakysely", "Kännedom och image", "Awareness and image survey"),
                    List.of(scale("awareness", null, SurveyQuestion.Scale.FAMILIARITY, "Kuinka hyvin tunnette palvelumme?", "Hur väl känner ni till våra tjänster?",
                                    "How well do you know our services?"),
                            scale("image", null, SurveyQuestion.Scale.IMPRESSION, "Millainen mielikuva teillä on meistä?", "Vilken bild har ni av oss?",
                                    "What is your impression of us?"),
                            new SurveyQuestion("heard-from", SurveyQuestion.Kind.SINGLE_CHOICE,
                                    texts("Mistä olette kuulleet meistä?", "Var har ni hört om oss?", "Where have you heard of us?"),
                                    List.of(choice("web", "Verkosta", "På webben", "The web"),
                                            choice("media", "Mediasta", "I media", "The media"),
                                            choice("people", "Muilta ihmisiltä", "Av andra", "Other people"),
                                            choice("other", "Muualta", "Annat", "Elsewhere")), false, null),
                            text("comment", "Mitä muuta haluatte sanoa?", "Vill ni säga något mer?",
                                    "Anything else you would like to say?")),
                    AudienceKind.SEGMENT, null, true, 7, Recurrence.NONE);
            case DIRECT_CLIENT_SATISFACTION -> new Template(type,
                    texts("Asiakastyytyväisyyskysely", "Kundnöjdhetsenkät", "Client satisfaction survey"),
                    List.of(scale("satisfaction", SurveyQuestion.Measure.CSAT, "Kuinka tyytyväinen olit palveluumme?",
                                    "Hur nöjd var du med vår service?", "How satisfied were you with our service?"),
                            nps("recommend", "Kuinka todennäköisesti suosittelisit palveluamme?",
                                    "Hur sannolikt är det att du skulle rekommendera vår service?",
                                    "How likely are you to recommend our service?"),
                            text("improve", "Miten voisimme parantaa?", "Hur kunde vi bli bättre?", "How could we improve?")),
                    AudienceKind.CONTACTS, null, true, 5, Recurrence.QUARTERLY);
            case INDIRECT_CLIENT_SATISFACTION -> new Template(type,
                    texts("Välillisten asiakkaiden tyytyväisyys", "Indirekta kunders nöjdhet", "Indirect client satisfaction"),
                    List.of(scale("satisfaction", SurveyQuestion.Measure.CSAT,
                                    "Kuinka tyytyväinen olit saamaasi palveluun?", "Hur nöjd var du med den service du fick?",
                                    "How satisfied were you with the service you received?"),
                            new SurveyQuestion("knew-agency", SurveyQuestion.Kind.SINGLE_CHOICE,
                                    texts("Tiesitkö, että palvelu on virastomme järjestämä?",
                                            "Visste du att tjänsten ordnas av vår myndighet?",
                                            "Did you know that our agency provides the service?"),
                                    List.of(choice("yes", "Kyllä", "Ja", "Yes"), choice("no", "En", "Nej", "No")), false, null),
                            text("improve", "Miten palvelua voisi parantaa?", "Hur kunde tjänsten bli bättre?",
                                    "How could the service improve?")),
                    AudienceKind.SEGMENT, null, true, 7, Recurrence.NONE);
        };
    }

    private static Map<String, String> texts(String fi, String sv, String en) {
        return Map.of("fi", fi, "sv", sv, "en", en);
    }

    private static SurveyQuestion scale(String code, SurveyQuestion.Measure measure, String fi, String sv, String en) {
        return scale(code, measure, SurveyQuestion.Scale.SATISFACTION, fi, sv, en);
    }

    private static SurveyQuestion scale(String code, SurveyQuestion.Measure measure, SurveyQuestion.Scale scale,
                                        String fi, String sv, String en) {
        return new SurveyQuestion(code, SurveyQuestion.Kind.SCALE_1_5, texts(fi, sv, en), List.of(), true, measure, scale);
    }

    private static SurveyQuestion nps(String code, String fi, String sv, String en) {
        return new SurveyQuestion(code, SurveyQuestion.Kind.NPS_0_10, texts(fi, sv, en), List.of(), false,
                SurveyQuestion.Measure.NPS);
    }

    private static SurveyQuestion text(String code, String fi, String sv, String en) {
        return new SurveyQuestion(code, SurveyQuestion.Kind.FREE_TEXT, texts(fi, sv, en), List.of(), false, null);
    }

    private static SurveyQuestion.Choice choice(String code, String fi, String sv, String en) {
        return new SurveyQuestion.Choice(code, texts(fi, sv, en));
    }
}
