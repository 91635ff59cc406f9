#pragma once

#include "crypto/Result.h"
#include "model/custody/SharePrintout.h"

#include <QByteArray>
#include <QCoreApplication>

#include <vector>

namespace iotca::print {

/// The share sheets of a key backup as one PDF, one share per A4 page: which share of how many and how many are
/// needed, the set id, the CA (name, subject, SHA-256 fingerprint), the share's lines large in a fixed-width font,
/// how to restore, and lines for the custodian's name and signature.
///
/// QPdfWriter paints with fonts, which needs a QGuiApplication (the CLI makes one, offscreen, for the commands that
/// print); without one render() fails instead of aborting.
class SharePdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(SharePdfWriter)

public:
    [[nodiscard]] static Result<QByteArray> render(const std::vector<model::SharePrintout>& pages);
};

} // namespace iotca::print
