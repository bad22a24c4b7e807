package no.vern.dsr.request;

import java.util.UUID;

/** What a code entered on {@code /rights} leads to. */
sealed interface CodeResult {

  /** Wrong, expired, spent, or a request not waiting for a code: one answer for them all. */
  record Refused() implements CodeResult {}

  /** A known person confirmed: the request is open and their self-service session may start. */
  record Verified(UUID subject) implements CodeResult {}

  /** The mailbox is the asker's, and Vern holds nothing about it: answered at once. */
  record NothingHeld() implements CodeResult {}
}
