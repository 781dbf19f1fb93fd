package fi.kohtaamo.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A text in both official languages and English. */
@Embeddable
public class LocalizedText {

    @Column(name = "fi")
    public String fi;

    @Column(name = "sv")
    public String sv;

    @Column(name = "en")
    public String en;

    protected LocalizedText() {
    }

    public LocalizedText(String fi, String sv, String en) {
        this.fi = fi;
        this.sv = sv;
        this.en = en;
    }
}
