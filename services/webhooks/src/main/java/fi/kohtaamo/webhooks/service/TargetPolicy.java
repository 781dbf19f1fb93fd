package fi.kohtaamo.webhooks.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Server-side request forgery: where a webhook may be sent. Only https (plain http only where an
 * operator allows it, as development does), no user information in the address, and a host none
 * of whose addresses is loopback, link-local, private, unique-local, carrier-grade NAT, multicast or
 * unspecified (nor an IPv6 address that carries or tunnels to such an IPv4 one: mapped, NAT64, 6to4,
 * IPv4-compatible, Teredo), unless it lies in a range the operator allowed
 * ({@code kohtaamo.webhooks.targets.allowed-ranges}). Checked when a subscription is written and again
 * before every request (a name may resolve elsewhere later); redirects are never followed.
 */
@ApplicationScoped
public class TargetPolicy {

    /** Looks a host name up: the system's resolver, or a test's. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /**
     * A target that passed the check: its URL and the address it was checked at. A delivery connects
     * to that very address (the name is not looked up again), so a DNS answer that changes after the
     * check (DNS rebinding) cannot send it elsewhere.
     */
    public record Checked(URI uri, InetAddress address, String refusal) {

        static Checked refused(String why) {
            return new Checked(null, null, why);
        }
    }

    private final boolean allowHttp;
    private final List<Range> allowed;
    private final Resolver resolver;

    @jakarta.inject.Inject
    public TargetPolicy(WebhooksConfig config) {
        this(config.targets().allowHttp(), config.targets().allowedRanges().orElse(List.of()), InetAddress::getAllByName);
    }

    TargetPolicy(boolean allowHttp, List<String> allowedRanges, Resolver resolver) {
        this.allowHttp = allowHttp;
        this.allowed = allowedRanges.stream().filter(range -> !range.isBlank()).map(Range::parse).toList();
        this.resolver = resolver;
    }

    /** Why the target is refused; empty when it may be called. */
    public Optional<String> refusal(String url) {
        return Optional.ofNullable(check(url).refusal());
    }

    /** The target to connect to, or why it is refused ({@code refusal} not null). */
    public Checked check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Checked.refused("must be an absolute https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            return Checked.refused("must be an https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Checked.refused("must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            return Checked.refused("must not carry a user name or password");
        }
        if (uri.getRawFragment() != null) {
            return Checked.refused("must not carry a fragment");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host(uri));
        } catch (UnknownHostException e) {
            return Checked.refused("host does not resolve");
        }
        if (addresses == null || addresses.length == 0) {
            return Checked.refused("host does not resolve");
        }
        for (InetAddress address : addresses) {
            if (isLocal(address) && allowed.stream().noneMatch(range -> range.contains(address))) {
                return Checked.refused("resolves to a loopback, link-local or private address, which no operator allowed");
            }
        }
        return new Checked(uri, addresses[0], null);
    }

    /** The URI's host without the brackets of an IPv6 literal. */
    static String host(URI uri) {
        String host = uri.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    static boolean isLocal(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        if (bytes.length == 4) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second < 128) // "this network", carrier-grade NAT
                    || (first == 192 && second == 0 && (bytes[2] & 0xff) == 0) // IETF protocol assignments
                    || (first == 198 && (second == 18 || second == 19)) // benchmarking
                    || first >= 240; // reserved, broadcast
        }
        int first = bytes[0] & 0xff;
        boolean mappedV4 = startsWith(bytes, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff);
        boolean nat64 = startsWith(bytes, 0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0); // 64:ff9b::/96 (RFC 6052)
        if (mappedV4 || nat64) {
            return isLocal(embeddedV4(bytes, 12));
        }
        if (startsWith(bytes, 0x20, 0x02)) { // 6to4 2002::/16: the IPv4 address follows the prefix
            return isLocal(embeddedV4(bytes, 2));
        }
        return startsWith(bytes, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0) // IPv4-compatible ::/96 (deprecated)
                || startsWith(bytes, 0x00, 0x64, 0xff, 0x9b, 0x00, 0x01) // local-use NAT64 64:ff9b:1::/48 (RFC 8215)
                || startsWith(bytes, 0x20, 0x01, 0x00, 0x00) // Teredo 2001::/32: a tunnel to an address it hides
                || startsWith(bytes, 0x01, 0x00, 0, 0, 0, 0, 0, 0) // discard-only 100::/64
                || (first & 0xfe) == 0xfc; // unique local fc00::/7
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The IPv4 address an IPv6 one carries at {@code offset} (a translation or tunnel reaches it). */
    private static InetAddress embeddedV4(byte[] bytes, int offset) {
        try {
            return InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, offset, offset + 4));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are an IPv4 address", e);
        }
    }

    /** A CIDR range such as {@code 10.20.0.0/16} or {@code fd00::/8}. */
    record Range(BigInteger network, int prefix, int bits) {

        static Range parse(String cidr) {
            String[] parts = cidr.strip().split("/");
            try {
                byte[] bytes = InetAddress.getByName(parts[0]).getAddress();
                int bits = bytes.length * 8;
                int prefix = parts.length > 1 ? Integer.parseInt(parts[1]) : bits;
                if (prefix < 0 || prefix > bits) {
                    throw new IllegalArgumentException("kohtaamo.webhooks.targets.allowed-ranges: bad prefix in " + cidr);
                }
                return new Range(new BigInteger(1, bytes).shiftRight(bits - prefix), prefix, bits);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("kohtaamo.webhooks.targets.allowed-ranges: not a range: " + cidr, e);
            }
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            return bytes.length * 8 == bits && new BigInteger(1, bytes).shiftRight(bits - prefix).equals(network);
        }
    }
}
