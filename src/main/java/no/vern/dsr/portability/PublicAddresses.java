package no.vern.dsr.portability;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Whether an address is on the public internet, for where Vern may send a person's data: not this
 * machine, not a private, shared (carrier-grade NAT), link-local, unique-local, multicast or
 * reserved network. The JDK's own tests miss some of these (IPv6 unique-local fc00::/7, 100.64/10,
 * 0/8), hence the byte checks. IPv4-mapped IPv6 addresses are parsed by the JDK as IPv4.
 */
final class PublicAddresses {

  private PublicAddresses() {}

  static boolean isPublic(InetAddress address) {
    if (address.isLoopbackAddress()
        || address.isSiteLocalAddress()
        || address.isLinkLocalAddress()
        || address.isAnyLocalAddress()
        || address.isMulticastAddress()) {
      return false;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return first != 0 // "this network"
          && !(first == 100 && second >= 64 && second < 128) // shared address space, RFC 6598
          && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
          && first < 240; // reserved and broadcast
    }
    if (address instanceof Inet6Address) {
      int first = b[0] & 0xff;
      boolean uniqueLocal = (first & 0xfe) == 0xfc; // fc00::/7
      boolean mappedOrCompatible = true; // ::ffff:a.b.c.d and ::a.b.c.d: judged as IPv4 below
      for (int i = 0; i < 10; i++) {
        mappedOrCompatible &= b[i] == 0;
      }
      if (mappedOrCompatible) {
        byte[] v4 = {b[12], b[13], b[14], b[15]};
        try {
          return isPublic(InetAddress.getByAddress(v4));
        } catch (java.net.UnknownHostException e) {
          return false;
        }
      }
      return !uniqueLocal;
    }
    return false;
  }
}
