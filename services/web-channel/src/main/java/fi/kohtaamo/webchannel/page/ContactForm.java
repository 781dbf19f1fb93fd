package fi.kohtaamo.webchannel.page;

import org.jboss.resteasy.reactive.RestForm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The contact form as posted; every field arrives as text and is checked here and by contact routing. */
public class ContactForm {

    @RestForm
    public String serviceId;

    @RestForm
    public String description;

    @RestForm
    public String language;

    @RestForm
    public String name;

    @RestForm
    public String email;

    @RestForm
    public String phone;

    /**
     * A honeypot: hidden from sight (not from screen readers, whose users read "leave empty"), so
     * only a spam robot that fills every field fills it. Needs no script and no third party.
     */
    @RestForm
    public String website;

    /** Files attached to the contact ({@code multipart/form-data}); none when the form came without them. */
    @RestForm(FileUploads.FIELD)
    public List<org.jboss.resteasy.reactive.multipart.FileUpload> files = new ArrayList<>();

    /** The spam check's challenge as the page issued it (see {@link FormChallenge}). */
    @RestForm("form-check")
    public String formCheck;

    /** The page script's solution of the challenge (ALTCHA's payload); absent without JavaScript. */
    @RestForm
    public String altcha;

    /**
     * Answers to the service's extra questions. A question answered with one value (text, number,
     * date, a choice from a list) posts its code as {@code question} and its answer as
     * {@code answer}, pairwise in order; a multiple-choice question posts {@code choice=code=key}
     * for each ticked box. (Form fields cannot be named per question here.)
     */
    @RestForm
    public List<String> question = new ArrayList<>();

    @RestForm
    public List<String> answer = new ArrayList<>();

    @RestForm
    public List<String> choice = new ArrayList<>();

    /** The answers by question code: a string, or a list of keys for multiple choice; blank answers left out. */
    public Map<String, Object> answers() {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (int i = 0; i < question.size() && i < answer.size(); i++) {
            if (answer.get(i) != null && !answer.get(i).isBlank()) {
                answers.put(question.get(i), answer.get(i).strip());
            }
        }
        for (String ticked : choice) {
            int separator = ticked.indexOf('=');
            if (separator > 0) {
                @SuppressWarnings("unchecked")
                List<String> keys = (List<String>) answers.computeIfAbsent(ticked.substring(0, separator), code -> new ArrayList<String>());
                keys.add(ticked.substring(separator + 1));
            }
        }
        return answers;
    }

    public static ContactForm empty(String serviceId, String language) {
        ContactForm form = new ContactForm();
        form.serviceId = serviceId;
        form.language = language;
        return form;
    }
}
