package no.vern.policy;

import java.time.Instant;

/** One published, immutable version of the privacy notice, without its content. */
public record PublishedNotice(
    int version, int inventoryVersion, Instant publishedAt, String contentSha256) {}
