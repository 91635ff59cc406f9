#pragma once

#include <QByteArray>
#include <QString>

class QTemporaryDir;

namespace iotca::test {

/// Helpers that make association CSV files inside the tests.
namespace csv {

/// The serial of generated row `index` (0-based) as a test writes it: lower-case, odd digit count for some rows.
QByteArray serialText(int index);
/// The same serial as the validator normalises it.
QString normalisedSerial(int index);
/// The DeviceName of generated row `index`.
QByteArray deviceName(int index);

/// A valid file: header plus `rows` rows of ProductKey `productKey`, LF line ends.
QByteArray associationCsv(int rows, const QByteArray& productKey = "a1ProductKey");

/// Writes `content` to `name` inside `dir` and returns the path.
QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content);

/// `text` as UTF-16 little-endian, with a byte order mark when `withBom`.
QByteArray utf16Le(const QString& text, bool withBom);

} // namespace csv
} // namespace iotca::test
