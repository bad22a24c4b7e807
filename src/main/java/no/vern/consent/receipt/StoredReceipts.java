package no.vern.consent.receipt;

import com.nimbusds.jose.JWSObject;
import java.text.ParseException;
import java.util.Optional;
import no.vern.consent.ConsentEventId;
import no.vern.consent.ConsentReceipt;
import no.vern.consent.ConsentReceipts;
import org.springframework.stereotype.Service;

@Service
class StoredReceipts implements ConsentReceipts {

  private final ReceiptStore store;
  private final ReceiptKeys keys;

  StoredReceipts(ReceiptStore store, ReceiptKeys keys) {
    this.store = store;
    this.keys = keys;
  }

  @Override
  public Optional<ConsentReceipt> receiptFor(ConsentEventId event) {
    return store.find(event.value()).map(StoredReceipts::receipt);
  }

  @Override
  public String publicKeys() {
    return keys.publicKeys();
  }

  private static ConsentReceipt receipt(ReceiptStore.Stored stored) {
    try {
      JWSObject jws = JWSObject.parse(stored.jws());
      return new ConsentReceipt(
          new ConsentEventId(stored.event()),
          stored.kid(),
          stored.jws(),
          jws.getPayload().toJSONObject());
    } catch (ParseException e) {
      throw new IllegalStateException("Stored receipt " + stored.event() + " is not a JWS", e);
    }
  }
}
