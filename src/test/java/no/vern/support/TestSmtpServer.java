package no.vern.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

/**
 * The SMTP server every Spring test in this JVM sends to: GreenMail on a fixed local port, so that
 * a test can stop it (a mail server outage) and start it again where Vern expects it. Started on
 * first use; Vern is pointed at it by {@link TestDatabaseInitializer}.
 */
public final class TestSmtpServer {

  private static int port;
  private static GreenMail server;

  private TestSmtpServer() {}

  public static synchronized int port() {
    if (port == 0) {
      port = freePort();
      start();
      Runtime.getRuntime().addShutdownHook(new Thread(TestSmtpServer::stop));
    }
    return port;
  }

  /** Starts a fresh server (no mail received yet) on the same port; nothing if it runs. */
  public static synchronized void start() {
    if (server == null) {
      server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      server.start();
    }
  }

  /** Stops the server: connections to the port are refused until {@link #start()}. */
  public static synchronized void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  /** Every mail the running server received, in order. */
  public static synchronized List<MimeMessage> received() {
    return server == null ? List.of() : List.of(server.getReceivedMessages());
  }

  /** The mails received for this address (tests use a fresh address each). */
  public static List<MimeMessage> receivedBy(String address) {
    return received().stream().filter(m -> addressedTo(m, address)).toList();
  }

  /**
   * How many mails the server delivered to this address as the SMTP envelope named it (RCPT TO),
   * which is where a mail really goes; the {@code To} header can say something else.
   */
  public static synchronized int deliveredTo(String address) {
    if (server == null) {
      return 0;
    }
    var user = server.getUserManager().getUserByEmail(address);
    if (user == null) {
      return 0;
    }
    try {
      return server.getManagers().getImapHostManager().getInbox(user).getMessageCount();
    } catch (com.icegreen.greenmail.store.FolderException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean addressedTo(MimeMessage message, String address) {
    try {
      Address[] to = message.getAllRecipients();
      return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equals(address));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
