package no.vern.shared.web;

import jakarta.servlet.Filter;

/**
 * The public zone's rate limit per client address ({@code vern.public.requests-per-minute}), for a
 * module whose public pages sit in a security chain of their own (the OpenID Connect sign-in of
 * {@code /rights/signin/**}). Every filter it gives counts against the same buckets as the public
 * chain, so a client has one budget, however its requests are split between chains. Implemented by
 * the system module's security wiring.
 */
public interface PublicRateLimit {

  /** A filter answering 429 with {@code Retry-After} once the client has spent its budget. */
  Filter filter();
}
