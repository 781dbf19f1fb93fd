package fi.kohtaamo.catalogue.domain;

/** PTV's service channel types. */
public enum ChannelType {
    ELECTRONIC("EChannel"),
    WEB_PAGE("WebPage"),
    PRINTABLE_FORM("PrintableForm"),
    PHONE("Phone"),
    SERVICE_LOCATION("ServiceLocation");

    private final String ptvName;

    ChannelType(String ptvName) {
        this.ptvName = ptvName;
    }

    public String ptvName() {
        return ptvName;
    }
}
