package no.vern.dsr.portability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 POST to an address resolved and checked beforehand (DNS rebinding: a name that
 * answered a public address at the check and this machine at the call). The JDK's HttpClient
 * resolves the name again itself, so this connects to the checked address and speaks HTTP over it,
 * while TLS still sends the name (SNI) and checks the certificate against it, as a browser would.
 * Only the status line of the answer is read; redirects are not followed.
 */
final class PinnedPost {

  private PinnedPost() {}

  static int post(URI uri, InetAddress address, byte[] body, Duration timeout) throws IOException {
    boolean https = "https".equalsIgnoreCase(uri.getScheme());
    String host = uri.getHost();
    int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
    int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
    Socket raw = new Socket();
    try {
      raw.connect(new InetSocketAddress(address, port), millis);
      raw.setSoTimeout(millis);
      Socket socket = https ? tls(raw, host, port) : raw;
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
      String head =
          "POST "
              + target
              + " HTTP/1.1\r\nHost: "
              + host
              + (uri.getPort() == -1 ? "" : ":" + port)
              + "\r\nContent-Type: application/json\r\nContent-Length: "
              + body.length
              + "\r\nUser-Agent: Vern\r\nConnection: close\r\n\r\n";
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      var in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
      String status = in.readLine();
      if (status == null || !status.matches("HTTP/1\\.[01] \\d{3}( .*)?")) {
        throw new IOException("Not an HTTP answer");
      }
      return Integer.parseInt(status.substring(9, 12));
    } finally {
      raw.close();
    }
  }

  private static Socket tls(Socket raw, String host, int port) throws IOException {
    SSLSocket ssl =
        (SSLSocket)
            ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(raw, host, port, true);
    SSLParameters parameters = ssl.getSSLParameters();
    parameters.setEndpointIdentificationAlgorithm("HTTPS");
    ssl.setSSLParameters(parameters);
    ssl.startHandshake();
    return ssl;
  }
}
