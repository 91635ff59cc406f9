#include "DeviceNameSequence.h"

namespace iotca::model {

DeviceNameSequence::DeviceNameSequence(QStringList names)
    : m_names(std::move(names))
{ }

DeviceNameSequence DeviceNameSequence::numbered(const QString& prefix, qint64 count)
{
    DeviceNameSequence sequence;
    sequence.m_prefix = prefix;
    sequence.m_count = std::max<qint64>(0, count);
    sequence.m_width = int(QString::number(sequence.m_count).size());
    sequence.m_numbered = true;
    return sequence;
}

QString DeviceNameSequence::at(qint64 index) const
{
    if (!m_numbered)
        return m_names.at(qsizetype(index));
    return m_prefix + QStringLiteral("%1").arg(index + 1, m_width, 10, QLatin1Char('0'));
}

} // namespace iotca::model
