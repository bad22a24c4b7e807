package no.vern.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * An SMTP server that does not offer SMTPUTF8, made from the test's GreenMail (which always does):
 * a relay that passes the client's bytes on as they are and hides the extension in the server's
 * EHLO answer, keeping the answer's lines and their continuation marks intact.
 */
final class NoSmtpUtf8Relay implements AutoCloseable {

  private final ServerSocket listener;
  private final int target;

  NoSmtpUtf8Relay(int targetPort) throws IOException {
    this.target = targetPort;
    this.listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    daemon(this::accept);
  }

  int port() {
    return listener.getLocalPort();
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
        daemon(() -> pipe(client, server));
        daemon(() -> filter(server, client));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private static void daemon(Runnable work) {
    Thread thread = new Thread(work, "smtp-relay");
    thread.setDaemon(true);
    thread.start();
  }

  private static void pipe(Socket from, Socket to) {
    try (InputStream in = from.getInputStream()) {
      in.transferTo(to.getOutputStream());
    } catch (IOException ended) {
      // either side hung up
    } finally {
      closeQuietly(to);
    }
  }

  /** Server to client, line by line; SMTP replies are ASCII. */
  private static void filter(Socket server, Socket client) {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(server.getInputStream(), StandardCharsets.ISO_8859_1))) {
      OutputStream out = client.getOutputStream();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String shown = line.replace("SMTPUTF8", "X-HIDDEN");
        out.write((shown + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
      }
    } catch (IOException ended) {
      // either side hung up
    } finally {
      closeQuietly(client);
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
  }
}
