#!/usr/bin/env python3
"""The comparison of iotca-bench section 2 (issue 21): what a short python `cryptography` script does for the same job.

A process per core; each device gets a new EC P-256 key and a certificate signed by a CA made here, written as two
files (certificate PEM 0644, key PEM 0600, the names of the apsaramq profile) into the output folder, and the parent
writes the association CSV at the end. Prints one JSON line: {"devices": N, "seconds": S, "processes": P}.

Usage: python_issue.py COUNT OUTPUT_FOLDER [PROCESSES]
"""

import datetime
import json
import multiprocessing
import os
import sys
import time

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

PRODUCT = "a1PyThOnBen"
_ca = None


def make_ca():
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Python Bench Root")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now)
            .not_valid_after(now + datetime.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    return key, cert


def init(ca_key_pem, ca_cert_pem):
    global _ca
    _ca = (serialization.load_pem_private_key(ca_key_pem, None), x509.load_pem_x509_certificate(ca_cert_pem))


def write(path, data, mode):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)


def issue(job):
    folder, names = job
    ca_key, ca_cert = _ca
    now = datetime.datetime.now(datetime.timezone.utc)
    rows = []
    for device in names:
        key = ec.generate_private_key(ec.SECP256R1())
        cert = (x509.CertificateBuilder()
                .subject_name(x509.Name([x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, PRODUCT),
                                         x509.NameAttribute(NameOID.COMMON_NAME, device)]))
                .issuer_name(ca_cert.subject).public_key(key.public_key())
                .serial_number(x509.random_serial_number()).not_valid_before(now)
                .not_valid_after(now + datetime.timedelta(days=3650))
                .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
                .add_extension(x509.KeyUsage(True, False, True, False, False, False, False, False, False), critical=True)
                .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False)
                .sign(ca_key, hashes.SHA256()))
        key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                                    serialization.NoEncryption())
        write(os.path.join(folder, device + ".key"), key_pem, 0o600)
        write(os.path.join(folder, device + ".crt"), cert.public_bytes(serialization.Encoding.PEM), 0o644)
        rows.append("%s,%s,%X\r\n" % (PRODUCT, device, cert.serial_number))
    return rows


def main():
    count = int(sys.argv[1])
    folder = sys.argv[2]
    processes = int(sys.argv[3]) if len(sys.argv) > 3 else os.cpu_count()
    os.makedirs(folder, mode=0o700, exist_ok=True)
    ca_key, ca_cert = make_ca()
    ca_key_pem = ca_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption())
    names = ["py-%07d" % i for i in range(1, count + 1)]
    chunk = 256
    jobs = [(folder, names[i:i + chunk]) for i in range(0, count, chunk)]
    start = time.monotonic()
    with multiprocessing.Pool(processes, init, (ca_key_pem, ca_cert.public_bytes(serialization.Encoding.PEM))) as pool:
        with open(os.path.join(folder, "devices.csv"), "w", newline="") as csv:
            csv.write("ProductKey,DeviceName,CertSN\r\n")
            for rows in pool.imap(issue, jobs):
                csv.writelines(rows)
    seconds = time.monotonic() - start
    print(json.dumps({"devices": count, "seconds": seconds, "processes": processes}))


if __name__ == "__main__":
    main()
