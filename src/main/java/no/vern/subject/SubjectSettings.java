package no.vern.subject;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The subject keysets as Tink JSON in clear, from a secrets manager; blank for the files under
 * {@code vern.keys.dir/subject}, generated on the first start (docs/subjects.md). ({@code
 * reencrypt-delay}, the pause between runs of the re-encryption after a key rotation, is read by
 * {@link SubjectReencryption}'s schedule.) Never printed: the keysets are secrets.
 */
@ConfigurationProperties("vern.subject")
record SubjectSettings(@DefaultValue("") String aeadKeyset, @DefaultValue("") String indexKeyset) {

  @Override
  public String toString() {
    return "SubjectSettings[***]";
  }
}
