package fi.kohtaamo.webchannel.page;

import org.jboss.resteasy.reactive.RestForm;

import java.util.ArrayList;
import java.util.List;

/** The call-back form as posted; every field arrives as text and is checked here and by contact routing. */
public class CallBackForm {

    @RestForm
    public String serviceId;

    @RestForm
    public String description;

    @RestForm
    public String phone;

    @RestForm
    public String name;

    @RestForm
    public String language;

    /** The times ticked, each as {@code 2026-12-07T08:00/10:00} (see {@code ContactClient.Slot#value}). */
    @RestForm
    public List<String> time = new ArrayList<>();

    /** The same honeypot as the contact form's: only a robot fills it. */
    @RestForm
    public String website;

    @RestForm("form-check")
    public String formCheck;

    @RestForm
    public String altcha;

    public static CallBackForm empty(String serviceId, String language) {
        CallBackForm form = new CallBackForm();
        form.serviceId = serviceId;
        form.language = language;
        return form;
    }
}
