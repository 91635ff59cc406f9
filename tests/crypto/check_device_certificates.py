#!/usr/bin/env python3
"""Independent check of device certificates with python3-cryptography (pyca/cryptography, its own ASN.1 parser).

Arguments: triples ISSUER.pem CERTIFICATE.pem REFERENCE.pem. For each triple the certificate must load, name the
issuer's subject as its issuer, carry a signature that verifies with the issuer's public key, and have the same
TBSCertificate bytes as REFERENCE (the same certificate built by the X509 builder). Prints one line per certificate
(file, serial in hex, notAfter year) and "OK" last when every check passed; an assertion's traceback otherwise.
Used by tests/crypto/TestDeviceCertificateTemplate.cpp (Debian 12: python3-cryptography 38, so no
verify_directly_issued_by, which came in 40).
"""
import sys

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa


def load(path):
    with open(path, "rb") as handle:
        return x509.load_pem_x509_certificate(handle.read())


def not_after(certificate):
    # not_valid_after_utc came in cryptography 42; Debian 12 has 38.
    return getattr(certificate, "not_valid_after_utc", None) or certificate.not_valid_after


def verify(issuer, certificate):
    key = issuer.public_key()
    if isinstance(key, ec.EllipticCurvePublicKey):
        key.verify(certificate.signature, certificate.tbs_certificate_bytes,
                   ec.ECDSA(certificate.signature_hash_algorithm))
    elif isinstance(key, rsa.RSAPublicKey):
        key.verify(certificate.signature, certificate.tbs_certificate_bytes, padding.PKCS1v15(),
                   certificate.signature_hash_algorithm)
    else:
        raise AssertionError("unexpected issuer key type %r" % type(key))


def main(arguments):
    assert arguments and len(arguments) % 3 == 0, "expected ISSUER CERTIFICATE REFERENCE triples"
    for index in range(0, len(arguments), 3):
        issuer_path, certificate_path, reference_path = arguments[index:index + 3]
        issuer, certificate, reference = load(issuer_path), load(certificate_path), load(reference_path)
        assert certificate.version == x509.Version.v3, certificate_path
        assert certificate.issuer == issuer.subject, certificate_path
        verify(issuer, certificate)
        assert certificate.tbs_certificate_bytes == reference.tbs_certificate_bytes, certificate_path
        print("%s %X %d" % (certificate_path, certificate.serial_number, not_after(certificate).year))
    print("OK")


if __name__ == "__main__":
    main(sys.argv[1:])
