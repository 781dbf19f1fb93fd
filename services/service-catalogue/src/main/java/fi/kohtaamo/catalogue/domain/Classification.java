package fi.kohtaamo.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Objects;

/** A PTV classification of a service (e.g. target group KR1 "Kansalaiset"), with its labels. */
@Embeddable
public class Classification {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public ClassificationKind kind;

    @Column(name = "code", nullable = false)
    public String code;

    @Column(name = "label_fi")
    public String labelFi;

    @Column(name = "label_sv")
    public String labelSv;

    @Column(name = "label_en")
    public String labelEn;

    protected Classification() {
    }

    public Classification(ClassificationKind kind, String code, Localized label) {
        this.kind = kind;
        this.code = code;
        this.labelFi = label == null ? null : label.fi();
        this.labelSv = label == null ? null : label.sv();
        this.labelEn = label == null ? null : label.en();
    }

    public Localized label() {
        return new Localized(labelFi, labelSv, labelEn);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Classification that && kind == that.kind && Objects.equals(code, that.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, code);
    }
}
