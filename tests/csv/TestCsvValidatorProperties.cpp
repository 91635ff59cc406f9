// Property test of AssociationCsvValidator (issue 16, item 7): a plain reference implementation of the rules, written
// for clarity and not for speed (std::map of normalised values, no fingerprints), against the real validator on
// random files. The files mix valid rows with the problems the rules know and with serials that differ only by
// trailing zero bytes (AB / AB00, 01 / 0100), which a set keyed on a hash alone took for duplicates.
//
// The seed is fixed and printed; IOTCA_PROPERTY_SEED=N replays another one.

#include "model/csv/AssociationCsvValidator.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QStringList>
#include <QTest>

#include <algorithm>
#include <map>
#include <set>
#include <utility>

using namespace iotca::model;

namespace {

constexpr int fileCount = 300;
constexpr quint32 defaultSeed = 20261205;

/// (line, column) of a problem or warning; the column is empty for a whole line.
using Finding = std::pair<int, QString>;
using Findings = std::multiset<Finding>;

struct Expected
{
    Findings problems;
    Findings warnings;
    int rowCount = 0;
};

// ---- The reference: the rules of AssociationCsvValidator.h, one by one ----

bool isNameCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_'
        || u == u'@' || u == u'.' || u == u':';
}

bool validDeviceName(const QString& name)
{
    if (name.size() < 4 || name.size() > 32)
        return false;
    for (const QChar c : name) {
        if (!isNameCharacter(c))
            return false;
    }
    return true;
}

bool startsLikeFormula(const QString& cell)
{
    return !cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front());
}

/// The serial's value as upper-case hex without leading zeros; empty when it is not a valid serial.
QString serialValue(const QString& text)
{
    if (text.isEmpty())
        return {};
    for (const QChar c : text) {
        if (!QStringLiteral("0123456789abcdefABCDEF").contains(c))
            return {};
    }
    QString value = text.toUpper();
    while (value.startsWith(QLatin1Char('0')))
        value.remove(0, 1);
    if (value.isEmpty() || value.size() > 40)
        return {};
    return value;
}

/// Lines are the file's physical lines (the generator writes no quoted line breaks); line 1 is the header.
Expected reference(const QList<QStringList>& rows)
{
    Expected expected;
    QString productKey;
    std::set<QString> foreignProductKeys;
    std::map<QString, int> deviceNames;
    std::map<QString, int> serials;
    int line = 1;
    for (const QStringList& fields : rows) {
        ++line;
        if (std::all_of(fields.cbegin(), fields.cend(), [](const QString& field) { return field.isEmpty(); }))
            continue; // ",," is a blank line
        ++expected.rowCount;
        if (fields.size() != 3) {
            expected.problems.insert({line, QString()});
            continue;
        }
        const QString& pk = fields.at(0);
        const QString& name = fields.at(1);
        const QString& serial = fields.at(2);

        if (pk.isEmpty()) {
            expected.problems.insert({line, QStringLiteral("ProductKey")});
        } else if (productKey.isEmpty()) {
            productKey = pk;
        } else if (pk != productKey && foreignProductKeys.insert(pk).second) {
            expected.problems.insert({line, QStringLiteral("ProductKey")}); // once per other ProductKey
        }

        if (!validDeviceName(name)) {
            expected.problems.insert({line, QStringLiteral("DeviceName")});
        } else if (!deviceNames.emplace(name, line).second) {
            expected.problems.insert({line, QStringLiteral("DeviceName")});
        }

        if (startsLikeFormula(pk))
            expected.warnings.insert({line, QStringLiteral("ProductKey")});
        if (validDeviceName(name) && startsLikeFormula(name))
            expected.warnings.insert({line, QStringLiteral("DeviceName")});

        const QString value = serialValue(serial);
        if (value.isEmpty() || !serials.emplace(value, line).second)
            expected.problems.insert({line, QStringLiteral("CertSN")});
    }
    return expected;
}

// ---- Random files ----

QString randomSerial(QRandomGenerator& random, int row)
{
    switch (random.bounded(12)) {
    case 0: // differ only by trailing zero bytes from a short serial
        return QStringLiteral("%1%2").arg(random.bounded(1, 256), 2, 16, QLatin1Char('0')).arg(QStringLiteral("00"));
    case 1:
        return QStringLiteral("%1").arg(random.bounded(1, 256), 2, 16, QLatin1Char('0')).toUpper();
    case 2: // leading zeros: the same value as without
        return QStringLiteral("00%1").arg(random.bounded(1, 256), 2, 16, QLatin1Char('0'));
    case 3: // not a serial
        return QStringList {QStringLiteral("-05"), QStringLiteral("=1+2"), QStringLiteral("0"),
                            QStringLiteral(""),    QStringLiteral("xyz"),  QString(41, QLatin1Char('f'))}
            .at(random.bounded(6));
    case 4: // sequential, as a CA issues them: 01, 02, ... 0100, 0101
        return QStringLiteral("%1").arg(row + 1, (row + 1) > 255 ? 4 : 2, 16, QLatin1Char('0'));
    default: { // random 1..20 bytes, sometimes with a trailing zero byte
        const int bytes = random.bounded(1, 21);
        QString text;
        for (int i = 0; i < bytes; ++i)
            text += QStringLiteral("%1").arg(random.bounded(i == 0 ? 1 : 0, 256), 2, 16, QLatin1Char('0'));
        if (bytes < 20 && random.bounded(3) == 0)
            text += QStringLiteral("00");
        return random.bounded(2) == 0 ? text.toUpper() : text;
    }
    }
}

QString randomDeviceName(QRandomGenerator& random, int row)
{
    switch (random.bounded(14)) {
    case 0:
        return QStringLiteral("dev-%1").arg(random.bounded(0, 8), 4, 10, QLatin1Char('0')); // likely repeated
    case 1:
        return QStringList {QStringLiteral("ab"),      QStringLiteral("bad name"),    QStringLiteral("=1+2"),
                            QStringLiteral("@SUM(1)"), QString(33, QLatin1Char('n')), QString()}
            .at(random.bounded(6));
    case 2:
        return QStringLiteral("-dash%1").arg(row); // allowed by the rule, a formula to a spreadsheet
    case 3:
        return QStringLiteral("@at%1").arg(row, 2, 10, QLatin1Char('0'));
    default:
        return QStringLiteral("device-%1").arg(row, 5, 10, QLatin1Char('0'));
    }
}

QString randomProductKey(QRandomGenerator& random, const QString& main)
{
    switch (random.bounded(30)) {
    case 0:
        return QStringList {QStringLiteral("=cmd|calc"), QStringLiteral("=1+2"), QStringLiteral("@SUM(1)"),
                            QStringLiteral("+PA"), QStringLiteral("-2+3")}
            .at(random.bounded(5));
    case 1:
        return QStringLiteral("b2Other");
    case 2:
        return QString();
    default:
        return main;
    }
}

QList<QStringList> randomRows(QRandomGenerator& random)
{
    const int rowCount = random.bounded(1, 301);
    const QString main = random.bounded(10) == 0 ? QStringLiteral("=cmd|calc") : QStringLiteral("a1B2c3D4e5F");
    QList<QStringList> rows;
    for (int row = 0; row < rowCount; ++row) {
        QStringList fields {randomProductKey(random, main), randomDeviceName(random, row), randomSerial(random, row)};
        if (random.bounded(60) == 0)
            fields.removeLast(); // a short row
        rows.append(fields);
    }
    return rows;
}

QByteArray csvText(const QList<QStringList>& rows)
{
    QByteArray text = "ProductKey,DeviceName,CertSN\n";
    for (const QStringList& fields : rows)
        text += fields.join(QLatin1Char(',')).toUtf8() + '\n';
    return text;
}

Findings findingsOf(const QList<CsvDiagnostic>& diagnostics)
{
    Findings findings;
    for (const CsvDiagnostic& diagnostic : diagnostics)
        findings.insert({diagnostic.line, diagnostic.column});
    return findings;
}

QString describe(const Findings& findings)
{
    QStringList parts;
    for (const auto& [line, column] : findings)
        parts.append(QStringLiteral("%1:%2").arg(line).arg(column.isEmpty() ? QStringLiteral("-") : column));
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestCsvValidatorProperties : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trailingZeroBytesAreDifferentSerials()
    {
        // The cases of the issue, on their own.
        const QByteArray text = "ProductKey,DeviceName,CertSN\n"
                                "a1B2c3D4e5F,dev-0001,AB\n"
                                "a1B2c3D4e5F,dev-0002,AB00\n"
                                "a1B2c3D4e5F,dev-0003,01\n"
                                "a1B2c3D4e5F,dev-0004,0100\n"
                                "a1B2c3D4e5F,dev-0005,010000\n";
        QBuffer buffer;
        buffer.setData(text);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const auto report = AssociationCsvValidator().validate(&buffer);
        QVERIFY(report);
        QVERIFY2(report->isValid(), qPrintable(describe(findingsOf(report->diagnostics))));
    }

    void formulaCellsAreWarnedAboutOrRefused()
    {
        const QByteArray text = "ProductKey,DeviceName,CertSN\n"
                                "=cmd|calc,dev-0001,01\n"
                                "=cmd|calc,-dash1,02\n";
        QBuffer buffer;
        buffer.setData(text);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const auto report = AssociationCsvValidator().validate(&buffer);
        QVERIFY(report);
        QVERIFY(report->isValid());
        QCOMPARE(findingsOf(report->warnings),
                 (Findings {{2, QStringLiteral("ProductKey")},
                            {3, QStringLiteral("ProductKey")},
                            {3, QStringLiteral("DeviceName")}}));

        AssociationCsvValidator::Options refusing;
        refusing.refuseFormulaCells = true;
        buffer.seek(0);
        const auto refused = AssociationCsvValidator(refusing).validate(&buffer);
        QVERIFY(refused);
        QCOMPARE(refused->problemCount(), 3);
        QVERIFY(refused->warnings.isEmpty());
    }

    void validatorAgreesWithTheReference()
    {
        bool fromEnvironment = false;
        const quint32 environmentSeed = qEnvironmentVariableIntValue("IOTCA_PROPERTY_SEED", &fromEnvironment);
        const quint32 seed = fromEnvironment ? environmentSeed : defaultSeed;
        qInfo("tst_csv_validator_properties: seed %u (set IOTCA_PROPERTY_SEED to replay another), %d files", seed,
              fileCount);
        QRandomGenerator random(seed);
        int rowsChecked = 0;
        for (int file = 0; file < fileCount; ++file) {
            const QList<QStringList> rows = randomRows(random);
            const Expected expected = reference(rows);
            QBuffer buffer;
            buffer.setData(csvText(rows));
            QVERIFY(buffer.open(QIODevice::ReadOnly));
            const auto report = AssociationCsvValidator().validate(&buffer);
            QVERIFY(report);
            rowsChecked += report->rowCount;
            const QString context = QStringLiteral("seed %1, file %2:\n%3")
                                        .arg(seed)
                                        .arg(file)
                                        .arg(QString::fromUtf8(csvText(rows).left(4000)));
            QVERIFY2(report->rowCount == expected.rowCount, qPrintable(context));
            const Findings problems = findingsOf(report->diagnostics);
            QVERIFY2(problems == expected.problems,
                     qPrintable(QStringLiteral("problems differ\n validator: %1\n reference: %2\n%3")
                                    .arg(describe(problems), describe(expected.problems), context)));
            const Findings warnings = findingsOf(report->warnings);
            QVERIFY2(warnings == expected.warnings,
                     qPrintable(QStringLiteral("warnings differ\n validator: %1\n reference: %2\n%3")
                                    .arg(describe(warnings), describe(expected.warnings), context)));
        }
        qInfo("tst_csv_validator_properties: %d files, %d rows agreed", fileCount, rowsChecked);
    }
};

QTEST_GUILESS_MAIN(TestCsvValidatorProperties)
#include "TestCsvValidatorProperties.moc"
