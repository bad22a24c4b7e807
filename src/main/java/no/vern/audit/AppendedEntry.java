package no.vern.audit;

/** A committed entry: its place on the chain and its hash, which a caller can keep as a receipt. */
record AppendedEntry(long id, byte[] hash) {}
