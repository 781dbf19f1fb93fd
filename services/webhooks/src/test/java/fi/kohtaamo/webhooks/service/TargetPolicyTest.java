package fi.kohtaamo.webhooks.service;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which resolved addresses are local: written as literals, so no name is looked up. An IPv6
 * address that a translator or tunnel turns into a local IPv4 one is as local as that one.
 */
class TargetPolicyTest {

    private static boolean local(String literal) throws Exception {
        return TargetPolicy.isLocal(InetAddress.getByName(literal));
    }

    @Test
    void localAddressesInEveryFormAreLocal() throws Exception {
        for (String literal : List.of("127.0.0.1", "2130706433", "10.0.0.1", "169.254.169.254", "100.100.100.200",
                "192.0.0.192", "0.0.0.0", "::1", "::", "::ffff:127.0.0.1", "fe80::1", "fd00:ec2::254",
                // NAT64 of loopback and of the metadata address, 6to4 of private ones, IPv4-compatible, Teredo, discard
                "64:ff9b::127.0.0.1", "64:ff9b::a9fe:a9fe", "64:ff9b:1::a00:1", "2002:7f00:1::", "2002:a00:1::1",
                "::127.0.0.1", "::8.8.8.8", "2001:0:4136:e378:8000:63bf:3fff:fdd2", "100::1")) {
            assertThat(local(literal)).as(literal).isTrue();
        }
    }

    @Test
    void publicAddressesInThoseFormsAreNot() throws Exception {
        for (String literal : List.of("8.8.8.8", "193.166.3.2", "2001:4860:4860::8888", "64:ff9b::808:808",
                "2002:808:808::1", "2a00:1450:4010:c0e::64")) {
            assertThat(local(literal)).as(literal).isFalse();
        }
    }
}
