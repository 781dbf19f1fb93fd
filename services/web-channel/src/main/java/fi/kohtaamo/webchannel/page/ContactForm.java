package fi.kohtaamo.webchannel.page;

import org.jboss.resteasy.reactive.RestForm;

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

    public static ContactForm empty(String serviceId, String language) {
        ContactForm form = new ContactForm();
        form.serviceId = serviceId;
        form.language = language;
        return form;
    }
}
