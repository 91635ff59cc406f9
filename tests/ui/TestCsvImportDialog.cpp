#include "UiScriptedPrompter.h"

#include "model/csv/AssociationCsvValidator.h"
#include "ui/dialogs/CsvImportDialog.h"
#include "ui/dialogs/CsvPreviewModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using iotca::model::AssociationCsvReport;
using iotca::model::AssociationCsvValidator;
using iotca::test::clickButton;
using iotca::ui::CsvImportDialog;
using iotca::ui::CsvPreviewModel;

class TestCsvImportDialog : public QObject
{
    Q_OBJECT
private:
    QString write(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static AssociationCsvReport check(const QString& path)
    {
        AssociationCsvValidator::Options options;
        options.keepRows = true;
        auto report = AssociationCsvValidator(options).validateFile(path);
        if (!report)
            qFatal("validator failed: %s", qPrintable(report.error().fullText()));
        return report.value();
    }

private Q_SLOTS:
    void validFileCanBeImported()
    {
        const QString path = write(QStringLiteral("good.csv"),
                                   "ProductKey,DeviceName,CertSN\n"
                                   "a1B2c3D4e5,sensor-0001,0A1B\n"
                                   "a1B2c3D4e5,sensor-0002,0A1C\n");
        CsvImportDialog dialog(path, check(path));
        QAbstractItemModelTester tester(dialog.previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.previewModel()->rowCount(), 2);
        QCOMPARE(dialog.previewModel()->markedCellCount(), 0);
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("csvSummaryLabel"))->text().contains(QStringLiteral("valid")));
        QVERIFY(dialog.findChild<QListWidget*>(QStringLiteral("csvProblemsList"))->isHidden());
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("splitButton"))->isHidden());
        clickButton(&dialog, QStringLiteral("importButton"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.choice(), CsvImportDialog::Choice::Import);
    }

    void badCellsAreMarkedAndListed()
    {
        const QString path = write(QStringLiteral("bad.csv"),
                                   "ProductKey,DeviceName,CertSN\n"
                                   "a1B2c3D4e5,sensor-0001,0A1B\n"
                                   "a1B2c3D4e5,x,0A1C\n"
                                   "a1B2c3D4e5,sensor-0003,XYZ\n");
        const AssociationCsvReport report = check(path);
        QVERIFY(!report.isValid());
        CsvImportDialog dialog(path, report);
        QAbstractItemModelTester tester(dialog.previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
        auto* model = dialog.previewModel();
        const QModelIndex badName = model->index(1, CsvPreviewModel::DeviceName);
        const QModelIndex badSerial = model->index(2, CsvPreviewModel::CertSN);
        QVERIFY(badName.data(CsvPreviewModel::ProblemRole).toBool());
        QVERIFY(badSerial.data(CsvPreviewModel::ProblemRole).toBool());
        QVERIFY(!model->index(0, CsvPreviewModel::CertSN).data(CsvPreviewModel::ProblemRole).toBool());
        QVERIFY(!badSerial.data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(badSerial.data(Qt::BackgroundRole).isValid());
        QCOMPARE(model->headerData(2, Qt::Vertical).toInt(), 4); // the file's line number

        auto* problems = dialog.findChild<QListWidget*>(QStringLiteral("csvProblemsList"));
        QCOMPARE(problems->count(), report.diagnostics.size());
        QVERIFY(problems->item(problems->count() - 1)->text().contains(QStringLiteral("line 4")));
        // Choosing a problem selects its cell.
        problems->setCurrentRow(problems->count() - 1);
        QCOMPARE(dialog.findChild<QTableView*>(QStringLiteral("csvPreviewView"))->currentIndex(), badSerial);
        clickButton(&dialog, QStringLiteral("cancelButton"));
        QCOMPARE(dialog.choice(), CsvImportDialog::Choice::Cancel);
    }

    void moreThanTenThousandRowsOffersToSplit()
    {
        QByteArray content("ProductKey,DeviceName,CertSN\n");
        for (int i = 1; i <= 10001; ++i)
            content += "a1B2c3D4e5,dev-" + QByteArray::number(i).rightJustified(6, '0') + ','
                + QByteArray::number(i + 0x1000, 16).toUpper().rightJustified(6, '0') + '\n';
        const QString path = write(QStringLiteral("big.csv"), content);
        const AssociationCsvReport report = check(path);
        QVERIFY(report.tooManyRows);
        CsvImportDialog dialog(path, report);
        dialog.show();
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
        auto* split = dialog.findChild<QPushButton*>(QStringLiteral("splitButton"));
        QVERIFY(split->isVisible());
        QVERIFY(
            dialog.findChild<QLabel*>(QStringLiteral("csvSummaryLabel"))->text().contains(QStringLiteral("2 files")));
        QTest::mouseClick(split, Qt::LeftButton);
        QCOMPARE(dialog.choice(), CsvImportDialog::Choice::Split);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestCsvImportDialog)
#include "TestCsvImportDialog.moc"
