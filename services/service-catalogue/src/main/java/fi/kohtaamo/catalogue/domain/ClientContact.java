package fi.kohtaamo.catalogue.domain;

/** Whether the client deals with the agency directly (permits, grants) or only benefits (roads, nature). */
public enum ClientContact {
    DIRECT,
    INDIRECT
}
