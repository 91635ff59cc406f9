// Tools → Audit Log reads as a log a person audits (issue 18, item 2): the chain check at the top, local time,
// action and object in words (names, not ids, also for a deleted CA), a one-line summary with the JSON in the
// details pane, filters (time range, action, CA), export to CSV and JSON, and columns whose texts fit at 1280 px in
// English and Chinese.
#include "UiTestWorkspace.h"

#include "app/common/Bootstrap.h"
#include "crypto/DistinguishedName.h"
#include "model/ca/CaCreator.h"
#include "model/ca/NewCaParameters.h"
#include "model/models/AuditLogFilter.h"
#include "model/models/AuditLogModel.h"
#include "model/workspace/CaRepository.h"
#include "model/workspace/PlatformAccountRecord.h"
#include "model/workspace/PlatformAccountRepository.h"
#include "ui/dialogs/AuditLogDialog.h"
#include "ui/widgets/ErrorBanner.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace iotca;
using model::AuditLogModel;

namespace {
qint64 createCa(model::Workspace& workspace, const QString& name)
{
    model::NewCaParameters parameters;
    parameters.name = name;
    parameters.subject = crypto::DistinguishedName::parse(QStringLiteral("CN=%1,O=Example").arg(name)).value();
    parameters.algorithm = crypto::KeyAlgorithm::EcP256;
    parameters.validityDays = 365;
    const auto id = model::CaCreator::createRoot(
        workspace, parameters, crypto::SecureBuffer::fromString(QStringLiteral("a-long-pass-phrase-1")));
    if (!id)
        qFatal("createRoot failed: %s", qPrintable(id.error().fullText()));
    return id.value();
}

/// The first row of `view` whose `column` shows `text`, -1 when none.
int rowShowing(const QTableView* view, int column, const QString& text)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}
} // namespace

class TestAuditLogDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::UiTestWorkspace> m_workspace;
    qint64 m_fleetRoot = 0;
    qint64 m_oldRoot = 0;

    [[nodiscard]] std::unique_ptr<ui::AuditLogDialog> openDialog() const
    {
        auto dialog = std::make_unique<ui::AuditLogDialog>(m_workspace->workspace());
        QSignalSpy verified(dialog.get(), &ui::AuditLogDialog::verified);
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()) || (verified.isEmpty() && !verified.wait(30000)))
            return nullptr;
        return dialog;
    }

private Q_SLOTS:
    void init()
    {
        m_workspace = std::make_unique<test::UiTestWorkspace>();
        QVERIFY2(m_workspace->isValid(), qPrintable(m_workspace->error()));
        auto& workspace = m_workspace->workspace();
        m_fleetRoot = createCa(workspace, QStringLiteral("Fleet Root"));
        m_oldRoot = createCa(workspace, QStringLiteral("Old Root"));
        model::PlatformAccountRecord account;
        account.name = QStringLiteral("Production");
        account.platformId = QStringLiteral("aws-iot");
        account.region = QStringLiteral("us-east-1");
        QVERIFY(workspace.accounts().add(account));
        QVERIFY(workspace.cas().remove(m_oldRoot));
    }

    void cleanup()
    {
        m_workspace.reset();
        app::replaceTranslators(*qApp, QLocale(QStringLiteral("en")));
    }

    void readsAsALog()
    {
        const auto dialog = openDialog();
        QVERIFY(dialog);
        // The chain check is the first thing in the dialog, and it ran without being asked.
        auto* result = dialog->findChild<QLabel*>(QStringLiteral("verificationLabel"));
        QCOMPARE(dialog->layout()->itemAt(0)->widget(), result);
        QVERIFY2(result->text().contains(QStringLiteral("intact")), qPrintable(result->text()));

        auto* view = dialog->findChild<QTableView*>(QStringLiteral("auditLogView"));
        QCOMPARE(view->model()->rowCount(), 4); // two CAs created, an account added, a CA deleted
        const int created = rowShowing(view, AuditLogModel::Object, QStringLiteral("CA “Fleet Root”"));
        QVERIFY(created >= 0);
        QCOMPARE(view->model()->index(created, AuditLogModel::Action).data().toString(), QStringLiteral("CA created"));
        // The deleted CA keeps its name.
        const int deleted = rowShowing(view, AuditLogModel::Action, QStringLiteral("CA deleted"));
        QVERIFY(deleted >= 0);
        QCOMPARE(view->model()->index(deleted, AuditLogModel::Object).data().toString(),
                 QStringLiteral("CA “Old Root”"));
        QVERIFY(rowShowing(view, AuditLogModel::Object, QStringLiteral("Platform account “Production”")) >= 0);

        // Local time as the locale writes it, with seconds.
        const QDateTime utc = view->model()->index(created, 0).data(AuditLogModel::TimeRole).toDateTime();
        const QDateTime local = utc.toLocalTime();
        QCOMPARE(view->model()->index(created, AuditLogModel::Time).data().toString(),
                 QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
                     + local.time().toString(QStringLiteral("HH:mm:ss")));

        // One line of words; the JSON is in the details pane.
        const QString summary = view->model()->index(created, AuditLogModel::Summary).data().toString();
        QVERIFY2(summary.contains(QStringLiteral("Subject: CN=Fleet Root,O=Example")) && !summary.contains(u'{'),
                 qPrintable(summary));
        auto* details = dialog->findChild<QPlainTextEdit*>(QStringLiteral("auditDetailsEdit"));
        QVERIFY(details->toPlainText().isEmpty());
        view->setCurrentIndex(view->model()->index(created, 0));
        QVERIFY2(details->toPlainText().contains(QStringLiteral("\"subject\": \"CN=Fleet Root,O=Example\"")),
                 qPrintable(details->toPlainText()));
        QVERIFY(details->toPlainText().contains(QStringLiteral("Chain hash: ")));
    }

    void filtersByActionCaAndTime()
    {
        const auto dialog = openDialog();
        QVERIFY(dialog);
        auto* view = dialog->findChild<QTableView*>(QStringLiteral("auditLogView"));
        auto* action = dialog->findChild<QComboBox*>(QStringLiteral("actionFilterCombo"));
        action->setCurrentIndex(action->findText(QStringLiteral("CA created")));
        QCOMPARE(view->model()->rowCount(), 2);
        auto* ca = dialog->findChild<QComboBox*>(QStringLiteral("caFilterCombo"));
        ca->setCurrentIndex(ca->findText(QStringLiteral("Fleet Root")));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, AuditLogModel::Object).data().toString(), QStringLiteral("CA “Fleet Root”"));
        action->setCurrentIndex(0);
        ca->setCurrentIndex(0);
        QCOMPARE(view->model()->rowCount(), 4);
        QVERIFY(
            dialog->findChild<QLabel*>(QStringLiteral("entryCountLabel"))->text().contains(QStringLiteral("4 of 4")));

        // A range that ends before the entries were written shows none; one around them shows all.
        dialog->findChild<QCheckBox*>(QStringLiteral("toCheck"))->setChecked(true);
        dialog->findChild<QDateTimeEdit*>(QStringLiteral("toEdit"))
            ->setDateTime(QDateTime::currentDateTime().addDays(-1));
        QCOMPARE(view->model()->rowCount(), 0);
        dialog->findChild<QDateTimeEdit*>(QStringLiteral("toEdit"))
            ->setDateTime(QDateTime::currentDateTime().addDays(1));
        dialog->findChild<QCheckBox*>(QStringLiteral("fromCheck"))->setChecked(true);
        QCOMPARE(view->model()->rowCount(), 4);
        dialog->findChild<QDateTimeEdit*>(QStringLiteral("fromEdit"))
            ->setDateTime(QDateTime::currentDateTime().addSecs(3600));
        QCOMPARE(view->model()->rowCount(), 0);
    }

    void exportsWhatTheFiltersShow()
    {
        const auto dialog = openDialog();
        QVERIFY(dialog);
        auto* action = dialog->findChild<QComboBox*>(QStringLiteral("actionFilterCombo"));
        action->setCurrentIndex(action->findText(QStringLiteral("CA created")));

        const QString csvPath = m_workspace->scratch(QStringLiteral("out")) + QStringLiteral("/audit.csv");
        QString asked;
        dialog->setSaveFileChooser([&](QWidget*, const QString& title, const QString&, const QString&) {
            asked = title;
            return csvPath;
        });
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("exportButton")), Qt::LeftButton);
        QCOMPARE(asked, QStringLiteral("Export Audit Log"));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3); // header and the two CA creations
        QVERIFY(lines.at(0).contains(QStringLiteral("time_utc")));
        QVERIFY(text.contains(QStringLiteral("\"CA “Fleet Root”\"")));
        QVERIFY(text.contains(QStringLiteral("\"ca.created\"")));
        QVERIFY(!text.contains(QStringLiteral("ca.deleted")));

        const QString jsonPath = m_workspace->scratch(QStringLiteral("out")) + QStringLiteral("/audit.json");
        action->setCurrentIndex(0);
        QVERIFY(dialog->exportTo(jsonPath));
        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray entries =
            QJsonDocument::fromJson(json.readAll()).object().value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 4);
        const QJsonObject first = entries.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("action")).toString(), QStringLiteral("ca.created"));
        QCOMPARE(first.value(QStringLiteral("details")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Fleet Root"));
        QCOMPARE(first.value(QStringLiteral("hash")).toString().size(), 64);

        // A file that cannot be written is reported in the dialog, naming it.
        const QString blocked = m_workspace->scratch(QStringLiteral("out")) + QStringLiteral("/missing/x.csv");
        QVERIFY(!dialog->exportTo(blocked));
        auto* banner = dialog->findChild<ui::ErrorBanner*>();
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->message().contains(QStringLiteral("x.csv")), qPrintable(banner->message()));
    }

    void columnsAreReadableAt1280Px_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void columnsAreReadableAt1280Px()
    {
        QFETCH(QString, language);
        app::replaceTranslators(*qApp, QLocale(language));
        const auto dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY2(dialog->width() <= 1280 && dialog->height() <= 800, "the dialog is larger than 1280×800");
        auto* view = dialog->findChild<QTableView*>(QStringLiteral("auditLogView"));
        const QFontMetrics metrics = view->fontMetrics();
        const int padding = 2 * view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 2;
        for (int column : {AuditLogModel::Time, AuditLogModel::Action, AuditLogModel::Object}) {
            const QString header = view->model()->headerData(column, Qt::Horizontal).toString();
            QVERIFY2(view->horizontalHeader()->sectionSize(column) >= metrics.horizontalAdvance(header),
                     qPrintable(header));
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                const QString text = view->model()->index(row, column).data().toString();
                QVERIFY2(view->columnWidth(column) >= metrics.horizontalAdvance(text) + padding,
                         qPrintable(QStringLiteral("'%1' is wider than its column (%2 px)")
                                        .arg(text)
                                        .arg(view->columnWidth(column))));
            }
        }
        // The summary keeps a readable width beside them.
        QVERIFY2(view->columnWidth(AuditLogModel::Summary) >= 300,
                 qPrintable(QString::number(view->columnWidth(AuditLogModel::Summary))));
    }
};

QTEST_MAIN(TestAuditLogDialog)
#include "TestAuditLogDialog.moc"
