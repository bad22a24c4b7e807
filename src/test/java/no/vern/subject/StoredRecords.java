package no.vern.subject;

import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a stored record's data back for tests of other modules, which have no reading API yet: the
 * test decrypts the row with the module's own keys, as a later records reader will.
 */
public final class StoredRecords {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private StoredRecords() {}

  public static Map<String, Object> data(ApplicationContext context, UUID record) {
    byte[] ciphertext =
        context
            .getBean(JdbcClient.class)
            .sql("SELECT data_ciphertext FROM personal_data_record WHERE id = ?")
            .param(record)
            .query(byte[].class)
            .single();
    try {
      byte[] plain = context.getBean(SubjectKeys.class).cipher().decryptRecord(record, ciphertext);
      return JSON.readValue(plain, new TypeReference<Map<String, Object>>() {});
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
