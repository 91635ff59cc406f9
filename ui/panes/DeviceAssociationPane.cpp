#include "DeviceAssociationPane.h"

#include "CaListPane.h"
#include "PlatformDifferenceDelegate.h"

#include "model/models/DeviceCertificateModel.h"
#include "model/models/DeviceLifeStateProxy.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace iotca::ui {

using model::DeviceCertificateModel;

DeviceAssociationPane::DeviceAssociationPane(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_filterDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("deviceAssociationPane"));
    setAcceptDrops(true);
    m_title->setObjectName(QStringLiteral("deviceAssociationTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_filter->setObjectName(QStringLiteral("deviceFilterEdit"));
    m_filter->setClearButtonEnabled(true);
    m_title->setBuddy(m_filter);

    m_view->setObjectName(QStringLiteral("deviceView"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move inside it
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    // The table itself must not swallow drops meant for the pane.
    m_view->setAcceptDrops(false);
    m_view->viewport()->setAcceptDrops(false);

    m_count->setObjectName(QStringLiteral("deviceCountLabel"));
    m_count->setWordWrap(true);
    m_count->setTextFormat(Qt::PlainText); // it quotes what was typed into the filter
    m_view->installEventFilter(this);

    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(250);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, &DeviceAssociationPane::applyFilterNow);
    retranslateUi();
}

void DeviceAssociationPane::setModel(DeviceCertificateModel* model)
{
    m_model = model;
    delete m_lifeState;
    m_lifeState = model ? new iotca::model::DeviceLifeStateProxy(model->workspace(), this) : nullptr;
    if (m_lifeState) {
        m_lifeState->setWarningDays(CaListPane::expiringDays());
        m_lifeState->setSourceModel(model);
    }
    m_view->setModel(m_lifeState);
    // Expired/expiring/revoked in colour, and rows that differ from the platform in the warning colour (beside the
    // Platform column's "Differs: ..." text).
    m_view->setItemDelegate(new PlatformDifferenceDelegate(m_view));
    if (model) {
        model->setCaFilter(m_caId == 0 ? iotca::model::DeviceCertificateFilter::NoCa : m_caId);
        connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &DeviceAssociationPane::selectionChanged);
        connect(model, &QAbstractItemModel::modelReset, this, &DeviceAssociationPane::updateCount);
        connect(model, &QAbstractItemModel::rowsInserted, this, &DeviceAssociationPane::updateCount);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &DeviceAssociationPane::updateCount);
        // Listed by device name at first: that is what people look for (the serials are random).
        model->sort(DeviceCertificateModel::Device, Qt::AscendingOrder);
        m_view->horizontalHeader()->setSortIndicator(model->sortColumn(), model->sortOrder());
    }
    updateCount();
}

void DeviceAssociationPane::setCaId(qint64 caId)
{
    m_caId = caId;
    if (m_model) {
        // No CA selected shows nothing rather than every CA's certificates (-1 matches no CA).
        m_model->setCaFilter(caId == 0 ? iotca::model::DeviceCertificateFilter::NoCa : caId);
    }
    updateCount();
}

void DeviceAssociationPane::applyFilterNow()
{
    m_filterDelay->stop();
    if (m_model)
        m_model->setTextFilter(m_filter->text().trimmed());
    updateCount();
}

QStringList DeviceAssociationPane::selectedSerials() const
{
    QStringList serials;
    if (!m_model)
        return serials;
    auto rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& row : std::as_const(rows))
        serials << row.data(DeviceCertificateModel::SerialRole).toString();
    return serials;
}

void DeviceAssociationPane::updateCount()
{
    if (!m_model || m_caId == 0) {
        // Also what a first start shows, when there is no CA to select yet.
        m_count->setText(tr("The device certificates of the selected certificate authority appear here."));
        return;
    }
    const qint64 total = m_model->totalCount();
    const QString text = m_model->filter().text;
    if (text.isEmpty()) {
        //: %Ln is the number of device certificates, formatted
        m_count->setText(tr("%Ln device certificates", nullptr, static_cast<int>(total)));
        return;
    }
    const qint64 all = m_model->unfilteredCount();
    if (total == 0) {
        //: %1 is the filter text the user typed, %Ln the number of the CA's device certificates
        m_count->setText(
            tr("None of the %Ln device certificates matches “%1”.", nullptr, static_cast<int>(all)).arg(text));
        return;
    }
    //: %1 and %Ln are formatted numbers: how many match the filter, of how many
    m_count->setText(
        tr("%1 of %Ln device certificates", nullptr, static_cast<int>(all)).arg(QLocale().toString(total)));
}

bool DeviceAssociationPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress && m_model) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_End && key->modifiers().testFlag(Qt::ControlModifier))
            m_model->fetchAll(); // the view then moves to the real last row
    }
    return QWidget::eventFilter(watched, event);
}

QString DeviceAssociationPane::droppedCsv(const QMimeData* mime)
{
    const auto urls = mime->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return {};
    const QString path = urls.first().toLocalFile();
    return QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0 ? path : QString();
}

void DeviceAssociationPane::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedCsv(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void DeviceAssociationPane::dragMoveEvent(QDragMoveEvent* event)
{
    if (!droppedCsv(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void DeviceAssociationPane::dropEvent(QDropEvent* event)
{
    const QString path = droppedCsv(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    Q_EMIT csvFileDropped(path);
}

void DeviceAssociationPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DeviceAssociationPane::retranslateUi()
{
    setAccessibleName(tr("Device association"));
    // Alt+D belongs to the Devices menu.
    m_title->setText(tr("Dev&ice association"));
    m_filter->setAccessibleName(tr("Filter device certificates"));
    m_filter->setPlaceholderText(tr("Filter by serial or device name"));
    m_view->setAccessibleName(tr("Device certificates"));
    m_view->setToolTip(tr("Drop an association CSV file here to import it."));
    updateCount();
}

} // namespace iotca::ui
