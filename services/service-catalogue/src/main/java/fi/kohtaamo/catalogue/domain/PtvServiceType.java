package fi.kohtaamo.catalogue.domain;

/** PTV's service types (Service, PermitOrObligation, ProfessionalQualification). */
public enum PtvServiceType {
    SERVICE("Service"),
    PERMIT_OR_OBLIGATION("PermitOrObligation"),
    PROFESSIONAL_QUALIFICATION("ProfessionalQualification");

    private final String ptvName;

    PtvServiceType(String ptvName) {
        this.ptvName = ptvName;
    }

    public String ptvName() {
        return ptvName;
    }
}
