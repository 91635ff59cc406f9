#!/usr/bin/env python3
"""Recombine the passphrase of an IoT CA Desk key backup from its shares, without IoT CA Desk.

Usage: python3 recombine_shares.py share-1-of-5.txt share-3-of-5.txt ...   (or no files: type or paste the lines)
Prints the passphrase; then: openssl pkey -in ca-key.pem -passin file:passphrase.txt ...

Format "iotca-share-1" (IoT CA Desk docs/ceremony.md, "Key custody"). A share file holds its lines between
"-----BEGIN IOTCA KEY SHARE-----" and "-----END IOTCA KEY SHARE-----"; without these markers every non-blank line
is a share line. A line is an optional label "3:" and 16 base32 letters (RFC 4648: A-Z, 2-7; case, spaces and
hyphens ignored) = 10 bytes: 8 payload bytes and a CRC-16/CCITT-FALSE (big-endian) over the line number (one
byte, from 1) and those 8 bytes. The payload of a share (its lines' payload bytes in order) is:
  version (1) = 1 | L, the secret's length (1) | set id (4) | M, shares needed (1) | N, shares made (1) |
  x, this share's index 1..N (1) | y (L bytes) | first 4 bytes of SHA-256 of everything before | zeros to 8k bytes.
Byte i of the secret is f_i(0), where f_i is the polynomial of degree < M through the points (x, y[i]) of the
shares, over GF(2^8) with the AES reduction polynomial x^8+x^4+x^3+x+1 (0x11B): Lagrange interpolation at 0.
The passphrase is the secret in lower-case hexadecimal.
Written for Python 3 and its standard library only, independently of IoT CA Desk's C++ code.
"""
import base64
import binascii
import hashlib
import re
import sys

BEGIN, END = "-----BEGIN IOTCA KEY SHARE-----", "-----END IOTCA KEY SHARE-----"


def gf_mul(a, b):
    product = 0
    while b:
        if b & 1:
            product ^= a
        a <<= 1
        if a & 0x100:
            a ^= 0x11B
        b >>= 1
    return product


def gf_inv(a):
    result = 1
    for _ in range(254):  # a^254 = a^-1: the multiplicative group has 255 elements
        result = gf_mul(result, a)
    return result


def line_payload(number, text, where):
    label = re.match(r"\s*(\d+)\s*[:.)]", text)
    if label:
        if int(label.group(1)) != number:
            sys.exit(f"{where}: line {number} is labelled {label.group(1)}")
        text = text[label.end():]
    letters = re.sub(r"[\s-]", "", text).upper()
    if len(letters) != 16 or not re.fullmatch(r"[A-Z2-7]{16}", letters):
        sys.exit(f"{where}: line {number} is not 16 base32 letters (A-Z, 2-7)")
    raw = base64.b32decode(letters)
    if binascii.crc_hqx(bytes([number]) + raw[:8], 0xFFFF) != int.from_bytes(raw[8:], "big"):
        sys.exit(f"{where}: line {number} does not match its check letters: a letter was mistyped")
    return raw[:8]


def parse_share(lines, where):
    payload = b"".join(line_payload(n + 1, line, where) for n, line in enumerate(lines))
    if len(payload) < 9 or payload[0] != 1:
        sys.exit(f"{where}: not a share of format iotca-share-1")
    length = payload[1]
    used = 9 + length
    if len(payload) != -(-(used + 4) // 8) * 8:
        sys.exit(f"{where}: a share of this length has {-(-(used + 4) // 8)} lines")
    if hashlib.sha256(payload[:used]).digest()[:4] != payload[used:used + 4] or any(payload[used + 4:]):
        sys.exit(f"{where}: the lines do not belong together (a line of another share?)")
    return {"set": payload[2:6], "m": payload[6], "n": payload[7], "x": payload[8], "y": payload[9:used]}


def shares_in(text, where):
    lines = [line.strip() for line in text.splitlines()]
    if BEGIN in lines:
        blocks, block = [], None
        for line in lines:
            if line == BEGIN:
                block = []
                blocks.append(block)
            elif line == END:
                block = None
            elif block is not None and line:
                block.append(line)
    else:  # bare lines: a share's first line says how many lines it has
        blocks, pending = [], [line for line in lines if line]
        while pending:
            first = line_payload(1, pending[0], where)
            count = -(-(9 + first[1] + 4) // 8)
            blocks.append(pending[:count])
            pending = pending[count:]
    return [parse_share(block, f"{where}, share {i + 1}") for i, block in enumerate(blocks)]


def main():
    shares = []
    for name in sys.argv[1:]:
        with open(name, encoding="utf-8") as handle:
            shares += shares_in(handle.read(), name)
    if not sys.argv[1:]:
        shares = shares_in(sys.stdin.read(), "standard input")
    if not shares:
        sys.exit("no shares given")
    first = shares[0]
    if any(s["set"] != first["set"] or s["m"] != first["m"] or len(s["y"]) != len(first["y"]) for s in shares):
        sys.exit("the shares come from different sets")
    points = {s["x"]: s["y"] for s in shares}
    if len(points) < first["m"]:
        sys.exit(f"{len(points)} different shares given, {first['m']} needed")
    secret = bytearray(len(first["y"]))
    for xj, yj in points.items():
        basis = 1  # prod over m != j of x_m / (x_m - x_j); minus is XOR in GF(2^8)
        for xm in points:
            if xm != xj:
                basis = gf_mul(basis, gf_mul(xm, gf_inv(xm ^ xj)))
        for i, byte in enumerate(yj):
            secret[i] ^= gf_mul(byte, basis)
    print(secret.hex())


if __name__ == "__main__":
    main()
