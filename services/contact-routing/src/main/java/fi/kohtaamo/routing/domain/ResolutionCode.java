package fi.kohtaamo.routing.domain;

/** How a contact was resolved. */
public enum ResolutionCode {
    ANSWERED,
    SOLVED,
    DECISION_MADE,
    REFERRED_ELSEWHERE,
    NO_ACTION_NEEDED,
    DUPLICATE,
    WITHDRAWN_BY_CLIENT
}
