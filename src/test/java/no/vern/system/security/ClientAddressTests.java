package no.vern.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTests {

  @Test
  void anIpv4AddressCountsAlone() {
    assertThat(ClientAddress.of("192.0.2.17").value()).isEqualTo("192.0.2.17");
  }

  @Test
  void ipv6AddressesOfOneSlash64CountAsOneClient() {
    assertThat(ClientAddress.of("2001:db8:0:1::17").value()).isEqualTo("2001:db8:0:1::/64");
    assertThat(ClientAddress.of("2001:db8:0:1:ffff:eeee:dddd:cccc").value())
        .isEqualTo("2001:db8:0:1::/64");
    assertThat(ClientAddress.of("2001:db8:0:2::17").value()).isEqualTo("2001:db8:0:2::/64");
  }

  @Test
  void anIpv4MappedIpv6AddressIsItsIpv4Address() {
    assertThat(ClientAddress.of("::ffff:192.0.2.17").value()).isEqualTo("192.0.2.17");
  }
}
