package fi.kohtaamo.routing.domain;

/** How a contact reached the agencies (kanava). */
public enum Channel {
    WEB,
    EMAIL,
    PHONE,
    CHAT,
    LETTER,
    IN_PERSON,
    API,
    OPEN311;

    /** Channels that staff log on a client's behalf, never chosen by the client. */
    public boolean loggedByStaff() {
        return this == EMAIL || this == PHONE || this == CHAT || this == LETTER || this == IN_PERSON;
    }
}
