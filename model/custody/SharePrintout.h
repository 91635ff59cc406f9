#pragma once

#include "KeyShareText.h"

#include "crypto/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace iotca::model {

/// One printed page of a share set: what KeyShareText writes into a share's text file, laid out for paper.
struct SharePrintout
{
    KeyShareLabel label;
    QString setId;
    int index = 0;
    int shareCount = 0;
    int threshold = 0;
    /// "3: ABCD EFGH IJKL MNOP"
    QStringList lines;
};

/// Renders the pages to one PDF document, one share per page. model/ cannot paint (no QtGui, docs/architecture.md):
/// the front end passes print/SharePdfWriter; a renderer that returns an error stops the backup before anything
/// is written.
using SharePdfRenderer = std::function<Result<QByteArray>(const std::vector<SharePrintout>& pages)>;

} // namespace iotca::model
