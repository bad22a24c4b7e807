#!/usr/bin/env python3
"""Prints the primary HMAC-SHA256 PRF key of a Tink JSON keyset in hex (for bench/consent.sh only:
the bench database's blind indexes are computed in SQL with the same key). With --primary-id,
prints the keyset's primary key id instead (unsigned, as Vern stores it)."""
import base64
import json
import sys


def varint(data, i):
    value, shift = 0, 0
    while True:
        byte = data[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return value, i


def fields(data):
    i = 0
    while i < len(data):
        tag, i = varint(data, i)
        number, wire = tag >> 3, tag & 7
        if wire == 0:
            value, i = varint(data, i)
        elif wire == 2:
            length, i = varint(data, i)
            value, i = data[i:i + length], i + length
        else:
            raise SystemExit("unexpected protobuf wire type %d" % wire)
        yield number, value


keyset = json.load(open(sys.argv[-1]))
primary = keyset["primaryKeyId"]
if "--primary-id" in sys.argv:
    print(primary & 0xFFFFFFFF)
    sys.exit(0)
key = next(k for k in keyset["key"] if k["keyId"] == primary)
if not key["keyData"]["typeUrl"].endswith("HmacPrfKey"):
    raise SystemExit("not an HMAC PRF keyset: " + key["keyData"]["typeUrl"])
proto = dict(fields(base64.b64decode(key["keyData"]["value"])))
params = dict(fields(proto[2]))
if params.get(1) != 3:  # HashType.SHA256
    raise SystemExit("the PRF key does not use SHA-256")
print(proto[3].hex())
