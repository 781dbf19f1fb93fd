package fi.kohtaamo.routing.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An organisation's ready answer, in Finnish, Swedish and English (at least one), with
 * {@link Placeholders} an agent's reply fills from the contact. Kept by the organisation's
 * supervisors; agents and experts only use it.
 */
@Entity
@Table(name = "reply_template")
public class ReplyTemplate extends PanacheEntityBase {

    /** The languages a template may have, in the order a missing language falls back through. */
    public static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    @Id
    public UUID id;

    @Column(nullable = false)
    public String organisation;

    /** What supervisors and agents pick it by; unique (ignoring case) within the organisation. */
    @Column(nullable = false)
    public String name;

    @Column(name = "text_fi")
    public String textFi;

    @Column(name = "text_sv")
    public String textSv;

    @Column(name = "text_en")
    public String textEn;

    /** Counts changes; the API's optimistic lock (If-Match). */
    @Column(nullable = false)
    public int version;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The text in one language; null when the template has none in it. */
    public String text(String language) {
        return switch (language) {
            case "fi" -> textFi;
            case "sv" -> textSv;
            case "en" -> textEn;
            default -> null;
        };
    }

    /**
     * The language to answer a contact in: the contact's own when the template has it, else the
     * first of Finnish, Swedish, English it has (Finnish is the platform's default language).
     */
    public String languageFor(String contactLanguage) {
        List<String> order = new ArrayList<>();
        order.add(contactLanguage);
        order.addAll(LANGUAGES);
        return order.stream().filter(language -> text(language) != null).findFirst()
                .orElseThrow(() -> new IllegalStateException("reply template " + id + " has no text"));
    }
}
