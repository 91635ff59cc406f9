#!/usr/bin/env bash
# Writes the crypto seed files of tests/fuzz/corpus/ (certificate, private_key, csr, pkcs12) with the openssl CLI.
# Run by hand only, and commit what it writes: the corpora must be the same files on every run (scripts/fuzz ci is
# deterministic), so nothing is generated when fuzzing. Throwaway test keys; the passphrase is "fuzz-pass", the one
# the targets try. Usage: tests/fuzz/make-seed-corpus.sh [CORPUS_DIR]
set -euo pipefail
corpus="${1:-$(cd "$(dirname "$0")" && pwd)/corpus}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
mkdir -p "$corpus"/{certificate,private_key,csr,pkcs12}

# A small CA and a device certificate signed by it (EC P-256), plus an RSA 2048 certificate with SANs.
openssl ecparam -name prime256v1 -genkey -noout -out ca.key
openssl req -new -x509 -key ca.key -subj "/CN=Fuzz Root/O=Example/C=CN" -days 3650 -sha256 \
    -addext "basicConstraints=critical,CA:TRUE,pathlen:0" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -addext "subjectKeyIdentifier=hash" -out ca.pem
openssl ecparam -name prime256v1 -genkey -noout -out device.key
openssl req -new -key device.key -subj "/CN=device-0001/O=Example" \
    -addext "subjectAltName=DNS:device-0001.example,IP:192.0.2.1,email:a@example.com,URI:spiffe://example/d1" \
    -out device.csr
openssl x509 -req -in device.csr -CA ca.pem -CAkey ca.key -set_serial 0x0A1B2C3D -days 365 -sha256 \
    -copy_extensions copy -extfile <(printf 'extendedKeyUsage=clientAuth\nkeyUsage=critical,digitalSignature\nauthorityKeyIdentifier=keyid\n') \
    -out device.pem
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out rsa.key
openssl req -new -x509 -key rsa.key -subj "/CN=rsa.example/O=Example" -days 30 -sha384 \
    -addext "subjectAltName=DNS:rsa.example" -out rsa.pem
openssl ecparam -name secp384r1 -genkey -noout -out p384.key
openssl req -new -x509 -key p384.key -subj "/CN=P-384 CA" -days 30 -sha384 -out p384.pem

cp ca.pem "$corpus/certificate/ca-ec-p256.pem"
openssl x509 -in device.pem -outform DER -out "$corpus/certificate/device-ec-p256.der"
cp rsa.pem "$corpus/certificate/rsa-2048-san.pem"
cat device.pem ca.pem > "$corpus/certificate/chain.pem"
sed 's/CERTIFICATE/TRUSTED CERTIFICATE/' p384.pem > "$corpus/certificate/trusted-p384.pem"

cp ca.key "$corpus/private_key/ec-sec1.pem"
openssl ecparam -name prime256v1 -out params.pem
cat params.pem device.key > "$corpus/private_key/ec-params-sec1.pem"
openssl pkcs8 -topk8 -nocrypt -in p384.key -out "$corpus/private_key/p384-pkcs8.pem"
openssl pkcs8 -topk8 -nocrypt -in device.key -outform DER -out "$corpus/private_key/ec-pkcs8.der"
openssl pkey -in rsa.key -traditional -out "$corpus/private_key/rsa-pkcs1.pem"
# Encrypted forms with few iterations, so that fuzzing stays fast.
openssl pkcs8 -topk8 -v2 aes-256-cbc -v2prf hmacWithSHA256 -iter 16 -passout pass:fuzz-pass -in device.key \
    -out "$corpus/private_key/ec-pkcs8-encrypted.pem"
openssl pkcs8 -topk8 -v2 aes-256-cbc -iter 16 -passout pass:fuzz-pass -in device.key -outform DER \
    -out "$corpus/private_key/ec-pkcs8-encrypted.der"
openssl ec -in device.key -aes256 -passout pass:fuzz-pass -out "$corpus/private_key/ec-legacy-encrypted.pem"
openssl genpkey -algorithm ED25519 -out "$corpus/private_key/ed25519-unsupported.pem"

cp device.csr "$corpus/csr/ec-san.csr"
openssl req -in device.csr -outform DER -out "$corpus/csr/ec-san.der"
openssl req -new -key rsa.key -subj "/CN=rsa-device/O=Example/OU=Fleet" -out "$corpus/csr/rsa.csr"
sed 's/CERTIFICATE REQUEST/NEW CERTIFICATE REQUEST/' device.csr > "$corpus/csr/new-header.csr"

openssl pkcs12 -export -in device.pem -inkey device.key -certfile ca.pem -name device-0001 \
    -keypbe AES-256-CBC -certpbe AES-256-CBC -iter 16 -macalg sha256 -maciter -passout pass:fuzz-pass \
    -out "$corpus/pkcs12/device-with-chain.p12" 2>/dev/null \
  || openssl pkcs12 -export -in device.pem -inkey device.key -certfile ca.pem -name device-0001 \
    -keypbe AES-256-CBC -certpbe AES-256-CBC -iter 16 -macalg sha256 -passout pass:fuzz-pass \
    -out "$corpus/pkcs12/device-with-chain.p12"
openssl pkcs12 -export -in ca.pem -inkey ca.key -keypbe AES-256-CBC -certpbe NONE -iter 16 -nomac \
    -passout pass:fuzz-pass -out "$corpus/pkcs12/ca-no-mac.p12"
openssl pkcs12 -export -in rsa.pem -inkey rsa.key -keypbe AES-256-CBC -certpbe AES-256-CBC -iter 16 \
    -macalg sha256 -passout pass:wrong-pass -out "$corpus/pkcs12/rsa-wrong-passphrase.p12"
echo "Seed files written to $corpus"
