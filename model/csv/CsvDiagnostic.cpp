#include "CsvDiagnostic.h"

namespace iotca::model {

QString CsvDiagnostic::text() const
{
    if (line <= 0)
        return message;
    if (column.isEmpty()) {
        //: %1 is a line number, %2 the problem
        return tr("line %1: %2").arg(line).arg(message);
    }
    //: %1 is a line number, %2 a column name such as CertSN, %3 the problem
    return tr("line %1, column %2: %3").arg(line).arg(column, message);
}

} // namespace iotca::model
