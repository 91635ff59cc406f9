#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace iotca::test {

/// Which import paths of the CLI a hostile file is meant for (a bit set).
enum HostileTarget : unsigned {
    ForCertificate = 1U << 0, ///< ca import --cert
    ForKey = 1U << 1, ///< ca import --key
    ForPkcs12 = 1U << 2, ///< ca import --p12
    ForRequest = 1U << 3, ///< device sign-csr (a file in --csr-dir)
    ForCsv = 1U << 4, ///< csv validate, csv split, device delete --csv
    ForNames = 1U << 5, ///< device issue --names-file
    ForCaBundle = 1U << 6, ///< account add --ca-bundle
    ForBackup = 1U << 7, ///< workspace restore
    ForPassphrase = 1U << 8, ///< --passphrase-file, --key-passphrase-file
    ForSecret = 1U << 9, ///< account add --secret-file
    /// Not a regular file, or empty, or too large: wrong for every path.
    ForEverything = 0x3FFU,
    /// Junk content: wrong for every path but the passphrase and secret files, where any bytes are a passphrase.
    ForContent = ForEverything & ~(ForPassphrase | ForSecret),
};

/// One file made by the test.
struct HostileFile
{
    QString label;
    QString path;
    unsigned targets = 0;
    /// The refusal names a line of the file (CSV rows, names files).
    bool namesLine = false;
    /// `csv validate` accepts it with a warning naming the file and line (a cell a spreadsheet would run as a
    /// formula, which the platform's rules do not refuse); every other path refuses it.
    bool validateWarnsOnly = false;
    /// A piece of text the refusal must contain (besides the file's name), e.g. "RFC 5280".
    QString expected = {};
};

/// The good material the hostile files are made from and the paths need (made with the openssl CLI).
struct HostileMaterial
{
    QString caCertificate; ///< a good CA certificate (PEM) ...
    QString caKey; ///< ... and its key (PKCS#8 PEM, unencrypted)
    QString encryptedKey; ///< the same key encrypted under keyPassphrase
    QString keyPassphrase;
    QString pkcs12Passphrase; ///< the passphrase of every .p12 below, but for the wrong-passphrase one
};

/// Makes every hostile file in `folder` (which exists and is empty). Returns the files; `error` says what went
/// wrong when the list is empty.
QList<HostileFile> makeHostileFiles(const QString& folder, HostileMaterial* material, QString* error);

/// Text as escapeForTerminal() shows it (written again here on purpose: an independent statement of the rule).
QString visibleEscapes(const QString& text);
/// The first raw control character (C0 but LF and TAB, DEL, C1, bidi controls, U+2028/9) in `utf8`, or -1.
qsizetype firstRawControl(const QByteArray& utf8);

} // namespace iotca::test
