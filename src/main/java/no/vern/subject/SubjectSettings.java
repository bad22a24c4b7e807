package no.vern.subject;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The subject module's settings (docs/subjects.md). Never printed: the keysets are secrets.
 *
 * @param aeadKeyset the encryption keyset as Tink JSON in clear, from a secrets manager; blank for
 *     the file under {@code vern.keys.dir/subject}, generated on the first start
 * @param indexKeyset the blind-index keyset, likewise
 * @param reencryptDelay the pause between runs of the re-encryption after a key rotation (task
 *     {@code subject.reencrypt}); a bare number is milliseconds
 */
@ConfigurationProperties("vern.subject")
record SubjectSettings(
    @DefaultValue("") String aeadKeyset,
    @DefaultValue("") String indexKeyset,
    @DefaultValue("60000") Duration reencryptDelay) {

  @Override
  public String toString() {
    return "SubjectSettings[***]";
  }
}
