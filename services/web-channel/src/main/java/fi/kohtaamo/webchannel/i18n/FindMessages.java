package fi.kohtaamo.webchannel.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Staff's search of the organisation's contacts (WorkSearchPages).
 * <p>
 * {@code find:} in templates; texts in messages/find_fi.properties (the default),
 * find_sv.properties and find_en.properties, checked by {@code BundleFilesTest}.
 */
@MessageBundle(value = "find", locale = "fi")
public interface FindMessages {

    @Message
    String find_heading();

    @Message
    String find_intro();

    @Message
    String find_words();

    @Message
    String find_words_hint();

    @Message
    String find_any();

    @Message
    String find_channel();

    @Message
    String find_received_from();

    @Message
    String find_received_to();

    @Message
    String find_date_hint();

    @Message
    String find_submit();

    @Message
    String find_results(long total);

    @Message
    String find_results_over(long total);

    @Message
    String find_none();

    @Message
    String find_client();

    @Message
    String find_handler();

    @Message
    String find_previous();

    @Message
    String find_next();

    @Message
    String find_page(int page, long pages);

    @Message
    String find_error_date();

    @Message
    String find_error_range();
}
