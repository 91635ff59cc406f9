#include "CsvPreviewModel.h"

#include <QColor>

namespace iotca::ui {

CsvPreviewModel::CsvPreviewModel(const model::AssociationCsvReport& report, QObject* parent)
    : QAbstractTableModel(parent)
    , m_rows(report.rows)
{
    m_rowOfLine.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOfLine.insert(m_rows.at(row).line, row);
    for (const model::CsvDiagnostic& diagnostic : report.diagnostics) {
        const auto found = m_rowOfLine.constFind(diagnostic.line);
        if (found == m_rowOfLine.constEnd())
            continue;
        m_problems[key(*found, columnOf(diagnostic.column))] << diagnostic.message;
    }
}

int CsvPreviewModel::columnOf(const QString& name)
{
    if (name.compare(QLatin1String("ProductKey"), Qt::CaseInsensitive) == 0)
        return ProductKey;
    if (name.compare(QLatin1String("DeviceName"), Qt::CaseInsensitive) == 0)
        return DeviceName;
    if (name.compare(QLatin1String("CertSN"), Qt::CaseInsensitive) == 0)
        return CertSN;
    return -1;
}

int CsvPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CsvPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CsvPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const model::AssociationRow& row = m_rows.at(index.row());
    QStringList problems = m_problems.value(key(index.row(), index.column()));
    problems += m_problems.value(key(index.row(), -1));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case ProductKey:
            return row.productKey;
        case DeviceName:
            return row.deviceName;
        case CertSN:
            return row.certSn;
        }
        return {};
    case Qt::ToolTipRole:
        return problems.isEmpty() ? QVariant() : QVariant(problems.join(QLatin1Char('\n')));
    case Qt::BackgroundRole:
        return problems.isEmpty() ? QVariant() : QVariant(QColor(0xf8, 0xd7, 0xda));
    case Qt::ForegroundRole:
        return problems.isEmpty() ? QVariant() : QVariant(QColor(0x72, 0x1c, 0x24));
    case Qt::AccessibleDescriptionRole:
        return problems.isEmpty() ? QVariant() : QVariant(tr("Problem: %1").arg(problems.join(QLatin1String("; "))));
    case LineRole:
        return row.line;
    case ProblemRole:
        return !problems.isEmpty();
    }
    return {};
}

QVariant CsvPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_rows.size() ? QVariant(m_rows.at(section).line) : QVariant();
    switch (section) {
    case ProductKey:
        return QStringLiteral("ProductKey");
    case DeviceName:
        return QStringLiteral("DeviceName");
    case CertSN:
        return QStringLiteral("CertSN");
    }
    return {};
}

QModelIndex CsvPreviewModel::indexOf(const model::CsvDiagnostic& diagnostic) const
{
    const auto found = m_rowOfLine.constFind(diagnostic.line);
    if (found == m_rowOfLine.constEnd())
        return {};
    const int column = columnOf(diagnostic.column);
    return index(*found, column < 0 ? 0 : column);
}

} // namespace iotca::ui
