package fi.kohtaamo.routing.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One staff member's choices about their notices: the address e-mail goes to (none: no e-mail),
 * the language it is written in, and each kind turned off in each medium. Every kind is on by
 * default, so that a new colleague misses nothing they did not choose to miss.
 */
@Entity
@Table(name = "staff_notice_settings")
public class StaffNoticeSettings extends PanacheEntityBase {

    @Id
    public String subject;

    public String email;

    @Column(nullable = false)
    public String language = "fi";

    /** {@code KIND:MEDIUM} pairs turned off. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "turned_off", nullable = false)
    public List<String> turnedOff = new ArrayList<>();

    @Version
    public int version;

    /** The defaults of someone who never chose: everything on, no address, Finnish. */
    public static StaffNoticeSettings defaults(String subject) {
        StaffNoticeSettings settings = new StaffNoticeSettings();
        settings.subject = subject;
        return settings;
    }

    public boolean wants(StaffNotice.Kind kind, StaffNotice.Medium medium) {
        return !turnedOff.contains(key(kind, medium)) && (medium != StaffNotice.Medium.EMAIL || email != null);
    }

    /** Whether the person left this kind on in this medium (regardless of an address). */
    public boolean isOn(StaffNotice.Kind kind, StaffNotice.Medium medium) {
        return !turnedOff.contains(key(kind, medium));
    }

    /** Replaces every choice at once: a PUT of the same choices is the same state. */
    public void choose(String email, String language, Set<String> off) {
        this.email = email == null || email.isBlank() ? null : email.strip();
        this.language = language;
        this.turnedOff = new ArrayList<>(new TreeSet<>(off));
    }

    public static String key(StaffNotice.Kind kind, StaffNotice.Medium medium) {
        return kind.name() + ":" + medium.name();
    }
}
