package no.vern.consent;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code renewal-pending}: {@code deny} (the default) denies a consent awaiting renewal after a
 * material change of its purpose until the person renews, since they never agreed to the new text;
 * {@code keep} allows it until the person answers, as an explicit choice. {@code sweep-delay}: the
 * time between runs of the expiry and renewal sweep ({@code consent.sweep}), the first one {@code
 * sweep-initial-delay} after the first start. {@code proof-keyset} (Tink JSON, HMAC-SHA256 PRF) and
 * {@code receipt-keys} (a JWK set of Ed25519 private keys, the last one signing): from a secrets
 * manager; when blank, files under {@code vern.keys.dir/consent} are used, generated on the first
 * start. Public for the module's sub-packages (decisions, the ledger's proof key, receipts); other
 * modules have no use for it.
 */
@ConfigurationProperties("vern.consent")
public record ConsentSettings(
    @DefaultValue("deny") RenewalPending renewalPending,
    @DefaultValue("") String proofKeyset,
    @DefaultValue("") String receiptKeys,
    @DefaultValue("1m") Duration sweepDelay,
    @DefaultValue("20s") Duration sweepInitialDelay) {}
