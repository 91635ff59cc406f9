#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace iotca::model {

/// One problem of a ceremony script: where (a JSON path such as "$.deviceBatches[1].count") and what.
struct ScriptProblem
{
    QString path;
    QString message;

    friend bool operator==(const ScriptProblem&, const ScriptProblem&) = default;
};

/// A CA the ceremony creates: a root, or an intermediate under `issuer` (a CA created earlier in the script or one
/// of its existing CAs).
struct CeremonyNewCa
{
    QString name;
    QString issuer;
    QString subject;
    QString key;
    int days = 3650;
    std::optional<int> pathLength;

    friend bool operator==(const CeremonyNewCa&, const CeremonyNewCa&) = default;
};

struct CeremonyVerificationCertificate
{
    QString ca;
    QString code;
    /// A platform id (model/platform/PlatformId.h); needed only when the bundle carries this certificate.
    QString platform;
    int days = 300;
    /// Absolute (relative paths in the script are relative to the script's folder).
    QString out;

    friend bool operator==(const CeremonyVerificationCertificate&, const CeremonyVerificationCertificate&) = default;
};

struct CeremonyDeviceBatch
{
    QString ca;
    QString product;
    /// Either the names, or `count` names "<prefix>1".."<prefix>count" (DeviceNameRules::numberedNames).
    QStringList names;
    int count = 0;
    QString prefix;
    /// Empty = the profile's default (rsa:2048 for alibaba-iot, else ec:P-256), as `device issue` chooses.
    QString key;
    QString profile;
    int days = 0;
    QString out;
    QString csv;

    friend bool operator==(const CeremonyDeviceBatch&, const CeremonyDeviceBatch&) = default;
};

struct CeremonyCustody
{
    QString ca;
    QString out;
    QString sharesOut;
    int threshold = 0;
    int shares = 0;

    friend bool operator==(const CeremonyCustody&, const CeremonyCustody&) = default;
};

struct CeremonyBundle
{
    QString ca;
    QString out;
    /// `out` values of verificationCertificates entries and `csv` values of deviceBatches entries (absolute).
    QStringList verificationCertificates;
    QStringList csvs;

    friend bool operator==(const CeremonyBundle&, const CeremonyBundle&) = default;
};

/// The key ceremony as one reviewed file (docs/ceremony.md, "Ceremony script"; format "iotca-ceremony-1"), after
/// the rules that need nothing but the file itself: types, ranges, unknown keys refused, references between its
/// entries resolved. What needs the workspace or the file system is CeremonyScriptChecks.
///
/// Passphrases are never in the script: the file is meant to be reviewed, printed and kept.
struct CeremonyScript
{
    QString title;
    QString officer;
    QStringList witnesses;
    QList<CeremonyNewCa> newCas;
    QStringList existingCas;
    QList<CeremonyVerificationCertificate> verificationCertificates;
    QList<CeremonyDeviceBatch> deviceBatches;
    std::optional<CeremonyCustody> custody;
    std::optional<CeremonyBundle> bundle;
    QString recordOut;
    /// SHA-256 of the script file's exact bytes (lower-case hex), for the record.
    QString sha256;

    /// Every CA name the script knows, new ones first.
    [[nodiscard]] QStringList allCaNames() const;
    [[nodiscard]] bool isNewCa(const QString& name) const;
    /// The CA whose key signs the record: the first created, else the first existing.
    [[nodiscard]] QString recordSigner() const;

    friend bool operator==(const CeremonyScript&, const CeremonyScript&) = default;
};

class CeremonyScriptParser
{
    Q_DECLARE_TR_FUNCTIONS(CeremonyScriptParser)

public:
    static constexpr QLatin1String formatId {"iotca-ceremony-1"};
    static constexpr int maxDevicesPerBatch = 100000;

    /// Parses `bytes`; relative paths are made absolute against `baseFolder`. Every problem is appended to
    /// `problems` (none are skipped after the first); the script is returned even when problems were found, so that
    /// later checks can add theirs.
    [[nodiscard]] static CeremonyScript parse(const QByteArray& bytes, const QString& baseFolder,
                                              QList<ScriptProblem>& problems);
};

} // namespace iotca::model
