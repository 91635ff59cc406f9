#include "CeremonyScript.h"

#include "crypto/Digest.h"
#include "crypto/DistinguishedName.h"
#include "crypto/KeyAlgorithm.h"
#include "model/jobs/DeviceNameRules.h"
#include "model/jobs/DeviceProfile.h"
#include "model/jobs/DeviceValidity.h"
#include "model/platform/PlatformId.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <cmath>

namespace iotca::model {

namespace {

/// Reads one JSON object of the script: every key it takes is named, so what is left over is refused ("unknown
/// key"): a misspelt "pathLenght" must not silently become "no path length" in a reviewed ceremony.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject& object, QString path, QList<ScriptProblem>& problems)
        : m_object(object)
        , m_path(std::move(path))
        , m_problems(problems)
    { }

    ~ObjectReader()
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!m_taken.contains(it.key()))
                problem(it.key(), CeremonyScriptParser::tr("unknown key"));
        }
    }
    ObjectReader(const ObjectReader&) = delete;
    ObjectReader& operator=(const ObjectReader&) = delete;

    [[nodiscard]] QString pathOf(const QString& key) const { return m_path + QLatin1Char('.') + key; }
    void problem(const QString& key, const QString& message) { m_problems.append({pathOf(key), message}); }

    [[nodiscard]] bool has(const QString& key)
    {
        m_taken.insert(key);
        return m_object.contains(key);
    }

    /// A non-empty one-line string; `required` reports it missing.
    QString text(const QString& key, bool required, int maxLength = 200)
    {
        if (!has(key)) {
            if (required)
                problem(key, CeremonyScriptParser::tr("missing"));
            return {};
        }
        const QJsonValue value = m_object.value(key);
        if (!value.isString()) {
            problem(key, CeremonyScriptParser::tr("must be a string"));
            return {};
        }
        const QString result = value.toString();
        if (result.trimmed().isEmpty())
            problem(key, CeremonyScriptParser::tr("must not be empty"));
        else if (result.size() > maxLength)
            //: %1 is a number
            problem(key, CeremonyScriptParser::tr("must be at most %1 characters").arg(maxLength));
        else if (hasControlCharacter(result))
            problem(key, CeremonyScriptParser::tr("must not hold control characters"));
        return result;
    }

    /// A whole number in [low, high]; `fallback` when absent.
    int number(const QString& key, int low, int high, int fallback, bool required = false)
    {
        if (!has(key)) {
            if (required)
                problem(key, CeremonyScriptParser::tr("missing"));
            return fallback;
        }
        const QJsonValue value = m_object.value(key);
        const double raw = value.toDouble(std::nan(""));
        // Compared as a double first: a huge or fractional value is refused before any conversion to int.
        if (!value.isDouble() || !std::isfinite(raw) || raw != std::floor(raw) || raw < low || raw > high) {
            //: %1 and %2 are numbers
            problem(key, CeremonyScriptParser::tr("must be %1..%2").arg(low).arg(high));
            return fallback;
        }
        return int(raw);
    }

    /// A list of non-empty strings.
    QStringList texts(const QString& key, bool required)
    {
        QStringList result;
        if (!has(key)) {
            if (required)
                problem(key, CeremonyScriptParser::tr("missing"));
            return result;
        }
        const QJsonValue value = m_object.value(key);
        if (!value.isArray()) {
            problem(key, CeremonyScriptParser::tr("must be an array of strings"));
            return result;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString item = array.at(i).toString();
            const QString itemPath = QStringLiteral("%1[%2]").arg(key).arg(i);
            if (!array.at(i).isString() || item.trimmed().isEmpty())
                problem(itemPath, CeremonyScriptParser::tr("must be a non-empty string"));
            else if (hasControlCharacter(item))
                problem(itemPath, CeremonyScriptParser::tr("must not hold control characters"));
            else
                result.append(item);
        }
        return result;
    }

    /// The objects of an array, each with its JSON path; a missing key is an empty list.
    QList<std::pair<QJsonObject, QString>> objects(const QString& key)
    {
        QList<std::pair<QJsonObject, QString>> result;
        if (!has(key))
            return result;
        const QJsonValue value = m_object.value(key);
        if (!value.isArray()) {
            problem(key, CeremonyScriptParser::tr("must be an array"));
            return result;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString itemPath = pathOf(QStringLiteral("%1[%2]").arg(key).arg(i));
            if (!array.at(i).isObject())
                m_problems.append({itemPath, CeremonyScriptParser::tr("must be an object")});
            else
                result.append({array.at(i).toObject(), itemPath});
        }
        return result;
    }

    std::optional<QJsonObject> object(const QString& key, bool required)
    {
        if (!has(key)) {
            if (required)
                problem(key, CeremonyScriptParser::tr("missing"));
            return std::nullopt;
        }
        if (!m_object.value(key).isObject()) {
            problem(key, CeremonyScriptParser::tr("must be an object"));
            return std::nullopt;
        }
        return m_object.value(key).toObject();
    }

    static bool hasControlCharacter(const QString& text)
    {
        for (const QChar c : text) {
            if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
                return true;
        }
        return false;
    }

private:
    QJsonObject m_object;
    QString m_path;
    QList<ScriptProblem>& m_problems;
    QSet<QString> m_taken;
};

/// Relative to the script's folder, so that a reviewed script and its outputs travel together.
QString absolutePath(const QString& path, const QString& baseFolder)
{
    if (path.isEmpty())
        return path;
    return QDir::cleanPath(QDir(baseFolder).absoluteFilePath(path));
}

/// A reference to a CA by name: it must be an existing CA of the script or one created earlier in it (an issuer
/// must exist when its intermediate is made).
void checkCaReference(ObjectReader& reader, const QString& key, const QString& name, const QStringList& known)
{
    if (!name.isEmpty() && !known.contains(name))
        //: %1 is a CA name
        reader.problem(
            key,
            CeremonyScriptParser::tr("'%1' is neither a CA created earlier in the script nor one of existingCas")
                .arg(name));
}

QString keyAlgorithmList()
{
    QStringList names;
    for (const crypto::KeyAlgorithm algorithm : crypto::allKeyAlgorithms())
        names.append(crypto::keyAlgorithmName(algorithm));
    return names.join(QStringLiteral(", "));
}

void readNewCas(ObjectReader& top, CeremonyScript& script, QStringList& known, QList<ScriptProblem>& problems)
{
    for (const auto& [object, path] : top.objects(QStringLiteral("cas"))) {
        ObjectReader reader(object, path, problems);
        CeremonyNewCa ca;
        ca.name = reader.text(QStringLiteral("name"), true, 100);
        ca.issuer = reader.text(QStringLiteral("issuer"), false, 100);
        ca.subject = reader.text(QStringLiteral("subject"), true, 1000);
        ca.key = reader.text(QStringLiteral("key"), true, 20);
        ca.days = reader.number(QStringLiteral("days"), 1, 36500, 3650);
        if (reader.has(QStringLiteral("pathLength")))
            ca.pathLength = reader.number(QStringLiteral("pathLength"), 0, 16, 0);
        if (!ca.subject.isEmpty()) {
            if (auto parsed = crypto::DistinguishedName::parse(ca.subject); !parsed)
                reader.problem(QStringLiteral("subject"), parsed.error().message);
        }
        if (!ca.key.isEmpty() && !crypto::parseKeyAlgorithm(ca.key))
            //: %1 is a list of key types
            reader.problem(QStringLiteral("key"),
                           CeremonyScriptParser::tr("must be one of %1").arg(keyAlgorithmList()));
        checkCaReference(reader, QStringLiteral("issuer"), ca.issuer, known);
        if (!ca.name.isEmpty()) {
            if (known.contains(ca.name))
                reader.problem(QStringLiteral("name"),
                               CeremonyScriptParser::tr("'%1' is named twice in the script").arg(ca.name));
            known.append(ca.name);
        }
        script.newCas.append(ca);
    }
}

void readVerificationCertificates(ObjectReader& top, CeremonyScript& script, const QStringList& known,
                                  const QString& baseFolder, QList<ScriptProblem>& problems)
{
    for (const auto& [object, path] : top.objects(QStringLiteral("verificationCertificates"))) {
        ObjectReader reader(object, path, problems);
        CeremonyVerificationCertificate entry;
        entry.ca = reader.text(QStringLiteral("ca"), true, 100);
        entry.code = reader.text(QStringLiteral("code"), true, 64);
        entry.platform = reader.text(QStringLiteral("platform"), false, 40);
        entry.days = reader.number(QStringLiteral("days"), 1, 3650, 300);
        entry.out = absolutePath(reader.text(QStringLiteral("out"), true, 1000), baseFolder);
        checkCaReference(reader, QStringLiteral("ca"), entry.ca, known);
        if (!entry.platform.isEmpty() && !parsePlatformId(entry.platform))
            reader.problem(
                QStringLiteral("platform"),
                CeremonyScriptParser::tr("must be one of aws-iot, tencent-iothub, apsaramq-mqtt, alibaba-iot"));
        script.verificationCertificates.append(entry);
    }
}

void readDeviceBatches(ObjectReader& top, CeremonyScript& script, const QStringList& known, const QString& baseFolder,
                       QList<ScriptProblem>& problems)
{
    for (const auto& [object, path] : top.objects(QStringLiteral("deviceBatches"))) {
        ObjectReader reader(object, path, problems);
        CeremonyDeviceBatch batch;
        batch.ca = reader.text(QStringLiteral("ca"), true, 100);
        batch.product = reader.text(QStringLiteral("product"), true, DeviceNameRules::maxProductKeyLength);
        const bool hasNames = reader.has(QStringLiteral("names"));
        const bool hasCount = reader.has(QStringLiteral("count"));
        if (hasNames == hasCount)
            reader.problem(QStringLiteral("count"), CeremonyScriptParser::tr("give exactly one of names and count"));
        if (hasNames) {
            batch.names = reader.texts(QStringLiteral("names"), true);
            if (batch.names.isEmpty())
                reader.problem(QStringLiteral("names"), CeremonyScriptParser::tr("must list at least one device name"));
            for (qsizetype i = 0; i < batch.names.size(); ++i) {
                if (Status valid = DeviceNameRules::checkDeviceName(batch.names.at(i)); !valid)
                    reader.problem(QStringLiteral("names[%1]").arg(i), valid.error().message);
            }
        }
        if (hasCount) {
            batch.count = reader.number(QStringLiteral("count"), 1, CeremonyScriptParser::maxDevicesPerBatch, 0);
            batch.prefix = reader.text(QStringLiteral("prefix"), true, DeviceNameRules::maxDeviceNameLength);
            if (batch.count > 0 && !batch.prefix.isEmpty()) {
                // The last name is the longest: when it fits the rules, all of them do.
                const QString last = batch.prefix + QString::number(batch.count);
                if (Status valid = DeviceNameRules::checkDeviceName(last); !valid)
                    reader.problem(QStringLiteral("prefix"), valid.error().message);
            }
        } else if (reader.has(QStringLiteral("prefix"))) {
            reader.problem(QStringLiteral("prefix"), CeremonyScriptParser::tr("goes with count"));
        }
        batch.key = reader.text(QStringLiteral("key"), false, 20);
        batch.profile = reader.text(QStringLiteral("profile"), false, 40);
        batch.days = reader.number(QStringLiteral("days"), 1, 36500, defaultDeviceValidityDays);
        batch.out = absolutePath(reader.text(QStringLiteral("out"), true, 1000), baseFolder);
        batch.csv = absolutePath(reader.text(QStringLiteral("csv"), false, 1000), baseFolder);
        if (!batch.key.isEmpty() && !crypto::parseKeyAlgorithm(batch.key))
            reader.problem(QStringLiteral("key"),
                           CeremonyScriptParser::tr("must be one of %1").arg(keyAlgorithmList()));
        if (!batch.profile.isEmpty() && !DeviceProfile::fromName(batch.profile)) {
            QStringList profiles;
            for (const DeviceProfile& profile : DeviceProfile::all())
                profiles.append(profile.name());
            reader.problem(QStringLiteral("profile"),
                           CeremonyScriptParser::tr("must be one of %1").arg(profiles.join(QStringLiteral(", "))));
        }
        if (!batch.product.isEmpty()) {
            if (Status valid = DeviceNameRules::checkProductKey(batch.product); !valid)
                reader.problem(QStringLiteral("product"), valid.error().message);
        }
        checkCaReference(reader, QStringLiteral("ca"), batch.ca, known);
        script.deviceBatches.append(batch);
    }
}

void readCustody(ObjectReader& top, CeremonyScript& script, const QStringList& known, const QString& baseFolder,
                 QList<ScriptProblem>& problems)
{
    const auto object = top.object(QStringLiteral("custody"), false);
    if (!object)
        return;
    ObjectReader reader(*object, top.pathOf(QStringLiteral("custody")), problems);
    CeremonyCustody custody;
    custody.ca = reader.text(QStringLiteral("ca"), true, 100);
    custody.out = absolutePath(reader.text(QStringLiteral("out"), true, 1000), baseFolder);
    custody.sharesOut = absolutePath(reader.text(QStringLiteral("sharesOut"), true, 1000), baseFolder);
    // docs/ceremony.md "Key custody": 2 <= M <= N <= 16 (issue 19).
    custody.shares = reader.number(QStringLiteral("shares"), 2, 16, 0, true);
    custody.threshold = reader.number(QStringLiteral("threshold"), 2, 16, 0, true);
    if (custody.shares > 0 && custody.threshold > custody.shares)
        reader.problem(QStringLiteral("threshold"), CeremonyScriptParser::tr("must not be more than shares"));
    checkCaReference(reader, QStringLiteral("ca"), custody.ca, known);
    script.custody = custody;
}

void readBundle(ObjectReader& top, CeremonyScript& script, const QStringList& known, const QString& baseFolder,
                QList<ScriptProblem>& problems)
{
    const auto object = top.object(QStringLiteral("bundle"), false);
    if (!object)
        return;
    ObjectReader reader(*object, top.pathOf(QStringLiteral("bundle")), problems);
    CeremonyBundle bundle;
    bundle.ca = reader.text(QStringLiteral("ca"), true, 100);
    bundle.out = absolutePath(reader.text(QStringLiteral("out"), true, 1000), baseFolder);
    checkCaReference(reader, QStringLiteral("ca"), bundle.ca, known);
    const QStringList certificates = reader.texts(QStringLiteral("verificationCertificates"), false);
    for (qsizetype i = 0; i < certificates.size(); ++i) {
        const QString path = absolutePath(certificates.at(i), baseFolder);
        const QString key = QStringLiteral("verificationCertificates[%1]").arg(i);
        const auto entry =
            std::find_if(script.verificationCertificates.cbegin(), script.verificationCertificates.cend(),
                         [&](const CeremonyVerificationCertificate& v) { return v.out == path; });
        if (entry == script.verificationCertificates.cend())
            reader.problem(key, CeremonyScriptParser::tr("is not the out of an entry of verificationCertificates"));
        else if (entry->ca != bundle.ca)
            reader.problem(key, CeremonyScriptParser::tr("is signed by '%1', not by the bundle's CA").arg(entry->ca));
        else if (entry->platform.isEmpty())
            reader.problem(key, CeremonyScriptParser::tr("its entry in verificationCertificates needs a platform"));
        bundle.verificationCertificates.append(path);
    }
    const QStringList csvs = reader.texts(QStringLiteral("csvs"), false);
    for (qsizetype i = 0; i < csvs.size(); ++i) {
        const QString path = absolutePath(csvs.at(i), baseFolder);
        const bool found = std::any_of(script.deviceBatches.cbegin(), script.deviceBatches.cend(),
                                       [&](const CeremonyDeviceBatch& batch) { return batch.csv == path; });
        if (!found)
            reader.problem(QStringLiteral("csvs[%1]").arg(i),
                           CeremonyScriptParser::tr("is not the csv of an entry of deviceBatches"));
        bundle.csvs.append(path);
    }
    script.bundle = bundle;
}

} // namespace

QStringList CeremonyScript::allCaNames() const
{
    QStringList names;
    for (const CeremonyNewCa& ca : newCas)
        names.append(ca.name);
    return names + existingCas;
}

bool CeremonyScript::isNewCa(const QString& name) const
{
    return std::any_of(newCas.cbegin(), newCas.cend(), [&](const CeremonyNewCa& ca) { return ca.name == name; });
}

QString CeremonyScript::recordSigner() const
{
    if (!newCas.isEmpty())
        return newCas.constFirst().name;
    return existingCas.isEmpty() ? QString() : existingCas.constFirst();
}

CeremonyScript CeremonyScriptParser::parse(const QByteArray& bytes, const QString& baseFolder,
                                           QList<ScriptProblem>& problems)
{
    CeremonyScript script;
    script.sha256 = QString::fromLatin1(crypto::sha256(bytes).toHex());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        //: %1 is a byte offset, %2 the parser's reason
        problems.append(
            {QStringLiteral("$"), tr("not valid JSON at byte %1: %2").arg(error.offset).arg(error.errorString())});
        return script;
    }
    if (!document.isObject()) {
        problems.append({QStringLiteral("$"), tr("must be a JSON object")});
        return script;
    }
    ObjectReader top(document.object(), QStringLiteral("$"), problems);
    const QString format = top.text(QStringLiteral("format"), true, 40);
    if (!format.isEmpty() && format != formatId)
        //: %1 is the format id this version reads
        top.problem(QStringLiteral("format"), tr("must be \"%1\"").arg(formatId));
    script.title = top.text(QStringLiteral("title"), true);
    script.officer = top.text(QStringLiteral("officer"), true, 100);
    script.witnesses = top.texts(QStringLiteral("witnesses"), true);
    if (top.has(QStringLiteral("witnesses")) && script.witnesses.isEmpty())
        top.problem(QStringLiteral("witnesses"), tr("must name at least one witness"));

    // Existing CAs first: a new intermediate may be issued by one of them.
    QStringList known = top.texts(QStringLiteral("existingCas"), false);
    script.existingCas = known;
    for (qsizetype i = 0; i < known.size(); ++i) {
        if (known.indexOf(known.at(i)) != i)
            top.problem(QStringLiteral("existingCas[%1]").arg(i), tr("'%1' is named twice").arg(known.at(i)));
    }
    readNewCas(top, script, known, problems);
    if (script.newCas.isEmpty() && script.existingCas.isEmpty())
        top.problem(QStringLiteral("cas"), tr("the script creates no CA and uses none"));
    readVerificationCertificates(top, script, known, baseFolder, problems);
    readDeviceBatches(top, script, known, baseFolder, problems);
    readCustody(top, script, known, baseFolder, problems);
    readBundle(top, script, known, baseFolder, problems);
    if (const auto record = top.object(QStringLiteral("record"), true)) {
        ObjectReader reader(*record, top.pathOf(QStringLiteral("record")), problems);
        script.recordOut = absolutePath(reader.text(QStringLiteral("out"), true, 1000), baseFolder);
    }
    return script;
}

} // namespace iotca::model
