package no.vern.subject;

import java.util.List;
import no.vern.shared.CommandLineVerb;
import no.vern.shared.HeadlessVern;
import no.vern.shared.PrincipalNames;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar vern.jar subject rotate-key}: a new primary key in the file-based AEAD keyset.
 * It does not re-encrypt: a running Vern still holds the old keyset and could not read rows moved
 * to the new key. After a restart Vern encrypts with the new key and re-encrypts the stored rows in
 * the background. Exit status 0 rotated, 2 refused or failed.
 */
public final class SubjectKeyCommand implements CommandLineVerb {

  @Override
  public List<String> words() {
    return List.of("subject", "rotate-key");
  }

  /** Starts Vern without a web server (further arguments are Spring settings) and rotates. */
  @Override
  public int run(Class<?> application, String[] args) {
    try (ConfigurableApplicationContext context = HeadlessVern.start(application, args)) {
      long keyId = context.getBean(SubjectKeyRotation.class).rotate(PrincipalNames.system("cli"));
      System.out.println(
          "subject rotate-key: new primary key "
              + keyId
              + "; restart Vern to encrypt with it and re-encrypt stored identifiers");
      return 0;
    } catch (RuntimeException e) {
      System.err.println("subject rotate-key: " + e.getMessage());
      return 2;
    }
  }
}
