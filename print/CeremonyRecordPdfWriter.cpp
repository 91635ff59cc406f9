#include "CeremonyRecordPdfWriter.h"

#include <QBuffer>
#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QJsonArray>
#include <QPainter>
#include <QPdfWriter>
#include <QPen>

namespace iotca::print {

namespace {

/// Lays blocks of text out top to bottom and starts a new page when the next block does not fit.
class FlowingPage
{
public:
    /// `footer` is printed at the bottom of every page with the page number, so that a loose page still names its
    /// ceremony.
    FlowingPage(QPdfWriter& writer, QPainter& painter, QString footer, QFont footerFont)
        : m_writer(writer)
        , m_painter(painter)
        , m_footer(std::move(footer))
        , m_footerFont(std::move(footerFont))
        , m_width(writer.width())
        , m_height(writer.height() - QFontMetricsF(m_footerFont, painter.device()).height() * 2)
    {
        drawFooter();
    }

    void text(const QString& text, const QFont& font, qreal indent = 0)
    {
        m_painter.setFont(font);
        const int flags = Qt::AlignLeft | Qt::TextWordWrap;
        const QRectF needed = m_painter.boundingRect(QRectF(indent, 0, m_width - indent, 1e6), flags, text);
        ensureRoom(needed.height());
        m_painter.drawText(QRectF(indent, m_y, m_width - indent, needed.height()), flags, text);
        m_y += needed.height();
    }

    void space(qreal lines, const QFont& font) { m_y += QFontMetricsF(font, m_painter.device()).height() * lines; }

    /// Starts a new page unless `lines` lines of `font` still fit: the signature block is never split.
    void keepTogether(qreal lines, const QFont& font)
    {
        ensureRoom(QFontMetricsF(font, m_painter.device()).height() * lines);
    }

    /// A section's heading and rule, kept on the page with at least the first lines of what follows: a heading is
    /// never left alone at the foot of a page (as "Signature of the record file" was, its text on the next page).
    void section(const QString& title, const QFont& heading, const QFont& body)
    {
        space(0.6, body);
        const qreal headingHeight = QFontMetricsF(heading, m_painter.device()).height();
        ensureRoom(headingHeight * 1.5 + 4 + QFontMetricsF(body, m_painter.device()).height() * 3);
        text(title, heading);
        rule();
    }

    void rule()
    {
        ensureRoom(4);
        m_painter.drawLine(QPointF(0, m_y), QPointF(m_width, m_y));
        m_y += 4;
    }

    /// "Officer: <name>" and a line to sign on, with room above it for the signature.
    void signatureLine(const QString& label, const QFont& font)
    {
        m_painter.setFont(font);
        const QFontMetricsF metrics(font, m_painter.device());
        ensureRoom(metrics.height() * 3);
        const qreal baseline = m_y + metrics.height() * 2.4;
        const qreal labelWidth = metrics.horizontalAdvance(label) + metrics.averageCharWidth() * 2;
        m_painter.drawText(QPointF(0, baseline), label);
        m_painter.drawLine(QPointF(labelWidth, baseline), QPointF(m_width, baseline));
        m_y = baseline + metrics.descent() + metrics.height() * 0.3;
    }

private:
    void ensureRoom(qreal height)
    {
        if (m_y > 0 && m_y + height > m_height) {
            m_writer.newPage();
            m_y = 0;
            drawFooter();
        }
    }

    void drawFooter()
    {
        ++m_pageNumber;
        const QFont previous = m_painter.font();
        m_painter.setFont(m_footerFont);
        const qreal lineHeight = QFontMetricsF(m_footerFont, m_painter.device()).height();
        //: %1 is the page footer (the ceremony's title and script hash), %2 a page number
        m_painter.drawText(QRectF(0, m_writer.height() - lineHeight, m_width, lineHeight), Qt::AlignLeft,
                           CeremonyRecordPdfWriter::tr("%1 — page %2").arg(m_footer).arg(m_pageNumber));
        m_painter.setFont(previous);
    }

    QPdfWriter& m_writer;
    QPainter& m_painter;
    QString m_footer;
    QFont m_footerFont;
    int m_pageNumber = 0;
    qreal m_width;
    qreal m_height;
    qreal m_y = 0;
};

QString stateText(const QString& state)
{
    if (state == QLatin1String("done"))
        return CeremonyRecordPdfWriter::tr("done");
    if (state == QLatin1String("failed"))
        return CeremonyRecordPdfWriter::tr("FAILED");
    return CeremonyRecordPdfWriter::tr("not run");
}

} // namespace

Result<QByteArray> CeremonyRecordPdfWriter::render(const QJsonObject& record)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error {tr("The ceremony record cannot be printed to PDF: this program was started without graphics "
                         "support.")};
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("IoT CA Desk"));
        writer.setTitle(tr("Key ceremony record: %1").arg(record.value(QStringLiteral("title")).toString()));
        QPainter painter;
        if (!painter.begin(&writer))
            return Error {tr("The ceremony record could not be printed to PDF.")};

        QFont title = QGuiApplication::font();
        title.setPointSizeF(16);
        title.setBold(true);
        QFont heading = QGuiApplication::font();
        heading.setPointSizeF(12);
        heading.setBold(true);
        QFont body = QGuiApplication::font();
        body.setPointSizeF(9.5);
        QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        fixed.setPointSizeF(8);

        // Rules and signature lines thick enough to be seen on paper (the default pen is one device pixel).
        painter.setPen(QPen(Qt::black, 3));
        const QJsonObject script = record.value(QStringLiteral("script")).toObject();
        //: Page footer; %1 is the ceremony's title, %2 the start of the script's SHA-256
        const QString footer = tr("Key ceremony record: %1 (script SHA-256 %2…)")
                                   .arg(record.value(QStringLiteral("title")).toString(),
                                        script.value(QStringLiteral("sha256")).toString().left(16));
        QFont footerFont = QGuiApplication::font();
        footerFont.setPointSizeF(7.5);
        FlowingPage page(writer, painter, footer, footerFont);
        const QJsonObject started = record.value(QStringLiteral("started")).toObject();
        const QJsonObject finished = record.value(QStringLiteral("finished")).toObject();
        const QJsonObject outcome = record.value(QStringLiteral("outcome")).toObject();

        page.text(tr("Key ceremony record"), title);
        page.text(record.value(QStringLiteral("title")).toString(), heading);
        page.space(0.5, body);
        page.text(tr("Officer: %1").arg(record.value(QStringLiteral("officer")).toString()), body);
        QStringList witnesses;
        for (const QJsonValue& witness : record.value(QStringLiteral("witnesses")).toArray())
            witnesses.append(witness.toString());
        page.text(tr("Witnesses: %1").arg(witnesses.join(QStringLiteral(", "))), body);
        //: %1 is a UTC time, %2 the same in local time
        page.text(tr("Started: %1 UTC (local %2)")
                      .arg(started.value(QStringLiteral("utc")).toString(),
                           started.value(QStringLiteral("local")).toString()),
                  body);
        page.text(tr("Finished: %1 UTC (local %2)")
                      .arg(finished.value(QStringLiteral("utc")).toString(),
                           finished.value(QStringLiteral("local")).toString()),
                  body);
        page.text(tr("Script: %1").arg(script.value(QStringLiteral("path")).toString()), body);
        page.text(tr("Script SHA-256: %1").arg(script.value(QStringLiteral("sha256")).toString()), fixed);
        page.text(tr("Workspace: %1").arg(record.value(QStringLiteral("workspace")).toString()), body);
        page.space(0.4, body);
        if (outcome.value(QStringLiteral("completed")).toBool())
            page.text(tr("Outcome: every step was done."), heading);
        else
            //: %1 is a step number, %2 the reason
            page.text(tr("Outcome: the ceremony STOPPED at step %1: %2")
                          .arg(outcome.value(QStringLiteral("stoppedAtStep")).toInt())
                          .arg(outcome.value(QStringLiteral("reason")).toString()),
                      heading);

        page.section(tr("Steps"), heading, body);
        for (const QJsonValue& value : record.value(QStringLiteral("steps")).toArray()) {
            const QJsonObject step = value.toObject();
            //: %1 is a step number, %2 what the step does, %3 its state (done, FAILED, not run)
            page.text(tr("%1. %2 — %3")
                          .arg(step.value(QStringLiteral("number")).toInt())
                          .arg(step.value(QStringLiteral("description")).toString(),
                               stateText(step.value(QStringLiteral("state")).toString())),
                      body);
            if (const QString result = step.value(QStringLiteral("result")).toString(); !result.isEmpty())
                page.text(result, body, writer.width() / 30);
        }

        page.section(tr("Certificate authorities"), heading, body);
        for (const QJsonValue& value : record.value(QStringLiteral("cas")).toArray()) {
            const QJsonObject ca = value.toObject();
            //: %1 is a CA name, %2 "created" or "used"
            page.text(tr("%1 (%2)").arg(ca.value(QStringLiteral("name")).toString(),
                                        ca.value(QStringLiteral("role")).toString() == QLatin1String("created")
                                            ? tr("created")
                                            : tr("used")),
                      body);
            const qreal indent = writer.width() / 30;
            page.text(tr("Subject: %1").arg(ca.value(QStringLiteral("subject")).toString()), body, indent);
            page.text(
                tr("Key type: %1; serial: %2")
                    .arg(ca.value(QStringLiteral("keyType")).toString(), ca.value(QStringLiteral("serial")).toString()),
                body, indent);
            page.text(tr("SHA-256: %1").arg(ca.value(QStringLiteral("sha256Fingerprint")).toString()), fixed, indent);
        }

        const QJsonObject audit = record.value(QStringLiteral("audit")).toObject();
        page.section(tr("Audit entries written during the ceremony"), heading, body);
        for (const QJsonValue& value : audit.value(QStringLiteral("entries")).toArray()) {
            const QJsonObject entry = value.toObject();
            page.text(QStringLiteral("#%1  %2  %3 %4/%5")
                          .arg(entry.value(QStringLiteral("id")).toInteger())
                          .arg(entry.value(QStringLiteral("time")).toString(),
                               entry.value(QStringLiteral("action")).toString(),
                               entry.value(QStringLiteral("objectType")).toString(),
                               entry.value(QStringLiteral("objectId")).toString()),
                      fixed);
        }
        const QJsonObject head = audit.value(QStringLiteral("chainHead")).toObject();
        //: %1 is an entry number, %2 a SHA-256 hash
        page.text(tr("Audit chain head: entry %1, hash %2")
                      .arg(head.value(QStringLiteral("id")).toInteger())
                      .arg(head.value(QStringLiteral("hash")).toString()),
                  fixed);

        const QJsonObject signature = record.value(QStringLiteral("signature")).toObject();
        page.section(tr("Signature of the record file"), heading, body);
        if (signature.contains(QStringLiteral("unsigned")))
            page.text(tr("ceremony-record.json is not signed: %1")
                          .arg(signature.value(QStringLiteral("unsigned")).toString()),
                      body);
        else
            //: %1 is a CA name, %2 its SHA-256 fingerprint
            page.text(tr("ceremony-record.json is signed by the CA '%1' (SHA-256 %2) in ceremony-record.json.sig; "
                         "check it with: openssl x509 -in ceremony-signer.pem -pubkey -noout > signer.pub; openssl "
                         "dgst -sha256 -verify signer.pub -signature ceremony-record.json.sig ceremony-record.json")
                          .arg(signature.value(QStringLiteral("ca")).toString(),
                               signature.value(QStringLiteral("sha256Fingerprint")).toString()),
                      body);

        page.space(1.0, body);
        page.keepTogether(3.0 * qreal(witnesses.size() + 1) + 3.0, body);
        page.text(tr("Signatures: each signs that the steps above happened in their presence as recorded."), body);
        //: %1 is a person's name
        page.signatureLine(tr("Officer %1:").arg(record.value(QStringLiteral("officer")).toString()), body);
        for (const QString& witness : witnesses)
            page.signatureLine(tr("Witness %1:").arg(witness), body);
        painter.end();
    }
    buffer.close();
    return pdf;
}

} // namespace iotca::print
