#include "SharePdfWriter.h"

#include <QBuffer>
#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>

namespace iotca::print {

namespace {

/// Lays text out top to bottom on the page, each block as wide as the printable area.
class PageCursor
{
public:
    PageCursor(QPainter& painter, qreal width)
        : m_painter(painter)
        , m_width(width)
    { }

    void text(const QString& text, const QFont& font, int flags = Qt::AlignLeft)
    {
        m_painter.setFont(font);
        QRectF used;
        m_painter.drawText(QRectF(0, m_y, m_width, 100000), flags | Qt::TextWordWrap, text, &used);
        m_y += used.height();
    }
    void space(qreal lines, const QFont& font) { m_y += QFontMetricsF(font, m_painter.device()).height() * lines; }
    /// A framed block of fixed-width lines (the share itself).
    void framed(const QStringList& lines, const QFont& font)
    {
        m_painter.setFont(font);
        const QFontMetricsF metrics(font, m_painter.device());
        const qreal padding = metrics.height() * 0.6;
        const qreal height = metrics.height() * lines.size() + 2 * padding;
        m_painter.drawRect(QRectF(0, m_y, m_width, height));
        qreal y = m_y + padding;
        for (const QString& line : lines) {
            m_painter.drawText(QRectF(padding, y, m_width - 2 * padding, metrics.height()), Qt::AlignLeft, line);
            y += metrics.height();
        }
        m_y += height;
    }
    void signatureLine(const QString& label, const QFont& font)
    {
        m_painter.setFont(font);
        const QFontMetricsF metrics(font, m_painter.device());
        const qreal labelWidth = metrics.horizontalAdvance(label) + metrics.averageCharWidth();
        const qreal baseline = m_y + metrics.height() * 1.8;
        m_painter.drawText(QPointF(0, baseline), label);
        m_painter.drawLine(QPointF(labelWidth, baseline), QPointF(m_width, baseline));
        m_y = baseline + metrics.descent();
    }

private:
    QPainter& m_painter;
    qreal m_width;
    qreal m_y = 0;
};

} // namespace

Result<QByteArray> SharePdfWriter::render(const std::vector<model::SharePrintout>& pages)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error {tr("The share sheets cannot be printed to PDF: this program was started without graphics "
                         "support.")};
    if (pages.empty())
        return Error {tr("There are no share sheets to print.")};
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 18, 20, 18), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("IoT CA Desk"));
        // The title is metadata that viewers show: no share content in it.
        writer.setTitle(tr("CA key backup: passphrase shares"));
        QPainter painter;
        if (!painter.begin(&writer))
            return Error {tr("The share sheets could not be printed to PDF.")};
        const qreal width = writer.width();

        QFont title = QGuiApplication::font();
        title.setPointSizeF(17);
        title.setBold(true);
        QFont body = QGuiApplication::font();
        body.setPointSizeF(10.5);
        QFont small = body;
        small.setPointSizeF(9);
        QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        fixed.setPointSizeF(9.5);
        QFont share = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        share.setPointSizeF(20);
        share.setBold(true);

        bool first = true;
        for (const model::SharePrintout& page : pages) {
            if (!first)
                writer.newPage();
            first = false;
            PageCursor cursor(painter, width);
            //: %1 is the share number, %2 the number of shares
            cursor.text(tr("CA key backup: passphrase share %1 of %2").arg(page.index).arg(page.shareCount), title);
            cursor.space(0.4, body);
            //: %n is the number of shares needed, %1 the share set id
            cursor.text(tr("Any %n shares of the set %1 restore the passphrase of the CA key backup; fewer reveal "
                           "nothing about it.",
                           nullptr, page.threshold)
                            .arg(page.setId),
                        body);
            cursor.space(0.8, body);
            cursor.text(tr("Share set: %1").arg(page.setId), body);
            cursor.text(tr("Share: %1 of %2, %3 needed").arg(page.index).arg(page.shareCount).arg(page.threshold),
                        body);
            cursor.text(tr("CA: %1").arg(page.label.caName), body);
            cursor.text(tr("Subject: %1").arg(page.label.caSubject), body);
            cursor.text(tr("Certificate SHA-256:"), body);
            cursor.text(page.label.caFingerprint, fixed);
            cursor.text(tr("Made: %1").arg(page.label.created.toUTC().toString(Qt::ISODate)), body);
            cursor.space(1.2, body);
            cursor.framed(page.lines, share);
            cursor.space(1.0, body);
            cursor.text(tr("To restore, type these lines into `iotca key restore --shares-from-stdin` (case, spaces "
                           "and hyphens do not matter; each line carries check letters, so a typing error is found "
                           "and named) or give the share's text file with --share. Without IoT CA Desk, use "
                           "recombine_shares.py from the backup folder as its README.txt describes."),
                        small);
            cursor.space(0.6, body);
            cursor.text(tr("Keep this sheet secret, apart from the backup medium and from the other shares."), small);
            cursor.space(1.0, body);
            cursor.signatureLine(tr("Held by:"), body);
            cursor.signatureLine(tr("Signature and date:"), body);
        }
        painter.end();
    }
    buffer.close();
    return pdf;
}

} // namespace iotca::print
