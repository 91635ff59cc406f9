#pragma once

#include <QString>
#include <QStringList>

#include <initializer_list>

namespace iotca::model {

/// The device names of one bulk issue: a list the user gave (`--names`, `--names-file`, the Issue dialog), or
/// `count` numbered names made on demand (`--count N --name-prefix P`), so that a run of a million devices never
/// holds a million names (issue 21: constant memory).
class DeviceNameSequence
{
public:
    DeviceNameSequence() = default;
    /// The names as given (implicit: every caller with a list keeps working).
    DeviceNameSequence(QStringList names); // NOLINT(google-explicit-constructor)
    DeviceNameSequence(std::initializer_list<QString> names)
        : DeviceNameSequence(QStringList(names))
    { }

    /// "<prefix>1".."<prefix>count", zero-padded to the width of `count` (DeviceNameRules::numberedNames()).
    [[nodiscard]] static DeviceNameSequence numbered(const QString& prefix, qint64 count);

    [[nodiscard]] qint64 size() const noexcept { return m_numbered ? m_count : qint64(m_names.size()); }
    [[nodiscard]] bool isEmpty() const noexcept { return size() == 0; }
    /// The name at `index` (0 ≤ index < size()).
    [[nodiscard]] QString at(qint64 index) const;
    /// True for numbered names: no two are alike, so nobody needs a set of every name to find a duplicate.
    [[nodiscard]] bool distinctByConstruction() const noexcept { return m_numbered; }

private:
    QStringList m_names;
    QString m_prefix;
    qint64 m_count = 0;
    int m_width = 0;
    bool m_numbered = false;
};

} // namespace iotca::model
