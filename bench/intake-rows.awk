# Synthetic import rows: fake e-mail addresses under example.invalid and made-up customer numbers,
# numbered from `from` to `to`, with `prefix` keeping separate files apart. No national identity
# numbers: Vern refuses synthetic ones, and a valid-looking random one could be a real person's.
BEGIN {
  print "email,customerNumber,claim,amount,collectedAt"
  for (i = from; i <= to; i++) {
    printf "%s-%07d@example.invalid,%s%07d,\"Synthetic claim %d, reminder sent\",%d.%02d,2025-%02d-%02d\n",
      prefix, i, toupper(substr(prefix, 1, 1)), i, i, (i * 37) % 100000, i % 100, (i % 12) + 1, (i % 28) + 1
  }
}
