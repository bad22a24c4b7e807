package no.vern.system.security;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serial;
import java.io.Serializable;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The client address that limits and throttles count by: the public zone's rate limit and the admin
 * sign-in throttle. It is {@code getRemoteAddr()}: behind a proxy, Boot's forward-headers strategy
 * ({@code VERN_FORWARD_HEADERS=native}) puts the client's address there, and nothing else a client
 * sends can choose it.
 *
 * <p>An IPv6 client counts by its /64 network: one subscriber or host usually holds a whole /64, so
 * counting single IPv6 addresses would give an attacker 2^64 fresh addresses to rotate through.
 *
 * <p>Serializable because Spring Security keeps a sign-in's details in the session (stored in
 * PostgreSQL), as it kept its own {@code WebAuthenticationDetails} with the address before.
 */
record ClientAddress(String value) implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  static ClientAddress of(HttpServletRequest request) {
    return of(request.getRemoteAddr());
  }

  static ClientAddress of(String remoteAddr) {
    if (remoteAddr == null || remoteAddr.indexOf(':') < 0) {
      return new ClientAddress(remoteAddr == null ? "" : remoteAddr);
    }
    try {
      // A literal: parsed without any name lookup.
      byte[] bytes = InetAddress.getByName(remoteAddr).getAddress();
      if (bytes.length != 16) {
        return new ClientAddress(InetAddress.getByAddress(bytes).getHostAddress());
      }
      StringBuilder network = new StringBuilder();
      for (int i = 0; i < 8; i += 2) {
        network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)));
        network.append(':');
      }
      return new ClientAddress(network.append(":/64").toString());
    } catch (UnknownHostException notALiteral) {
      return new ClientAddress(remoteAddr);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
