package fi.kohtaamo.catalogue.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** How to reach a channel; the address is for service locations. */
public record ChannelContact(String email, String phone, String url, Address address) {

    public record Address(Localized street, String postalCode, String municipalityCode, Localized postOffice) {
    }

    /**
     * Whether a channel's web address may be shown to citizens as a link: an absolute https
     * address with a host. Plain http is allowed only on the loopback interface, where the local
     * platform serves its own web channel; anything else (http, javascript:, data:, relative) is
     * refused, since the address is rendered as a link on agencies' pages and in notices.
     */
    public static boolean isAcceptableUrl(String url) {
        if (url == null) {
            return true;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            if (host == null || host.isEmpty() || uri.getRawUserInfo() != null) {
                return false;
            }
            return scheme.equals("https")
                    || scheme.equals("http") && (host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]"));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
