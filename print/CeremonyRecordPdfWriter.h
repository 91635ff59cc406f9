#pragma once

#include "crypto/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace iotca::print {

/// The ceremony record as a PDF on A4 (docs/ceremony.md, "Ceremony record"): rendered from the very JSON object that
/// is written and signed (model::CeremonyRecord::toJson()), so paper and file say the same; followed by a signature
/// line for the officer and each witness. Pages break where the text runs out of room.
///
/// QPdfWriter paints with fonts, which needs a QGuiApplication (the CLI makes one, offscreen, for `ceremony run`);
/// without one render() fails instead of aborting.
class CeremonyRecordPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(CeremonyRecordPdfWriter)

public:
    [[nodiscard]] static Result<QByteArray> render(const QJsonObject& record);
};

} // namespace iotca::print
