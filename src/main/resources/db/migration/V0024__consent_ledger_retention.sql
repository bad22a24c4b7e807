-- The consent ledger is personal data too (issue 12): its entries are kept for a stated period after
-- the consent ended (the inventory's consent-ledger activity) and then removed by the retention
-- sweep. The ledger stays append-only for everyone else: a DELETE of events and receipts passes only
-- in a transaction that names itself as the ledger's retention purge in the transaction-local
-- setting vern.consent_retention, which only consent's LedgerRetention sets. Updates, TRUNCATE and
-- the receipt keys stay refused as before.
CREATE OR REPLACE FUNCTION consent_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND TG_TABLE_NAME IN ('consent_event', 'consent_receipt')
       AND coalesce(current_setting('vern.consent_retention', true), '') = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'The consent ledger is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END
$$;

CREATE INDEX consent_state_ended ON consent_state (since)
  WHERE status NOT IN ('GIVEN', 'RENEWED');
CREATE INDEX newsletter_suppression_since ON newsletter_suppression (suppressed_at);
