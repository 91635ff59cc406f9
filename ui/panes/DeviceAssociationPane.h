#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QMimeData;
class QTableView;
class QTimer;

namespace iotca::model {
class DeviceCertificateModel;
class DeviceLifeStateProxy;
} // namespace iotca::model

namespace iotca::ui {

/// The right pane: the selected CA's device certificates (serial, product, device, status, valid until, what the
/// platform said at the last read-back, with rows that differ from the platform marked in text and colour), filtered
/// and sorted in the database, with multi-selection. Dropping a .csv file onto the pane asks to import it as a
/// device-association file.
class DeviceAssociationPane : public QWidget
{
    Q_OBJECT
public:
    explicit DeviceAssociationPane(QWidget* parent = nullptr);

    /// Shows `model` (not owned; may be null for no workspace).
    void setModel(model::DeviceCertificateModel* model);
    /// Shows the certificates of this CA (0: none selected, the pane is empty).
    void setCaId(qint64 caId);
    [[nodiscard]] qint64 caId() const { return m_caId; }

    /// Serials (normalised upper-case hex) of the selected rows, in view order.
    [[nodiscard]] QStringList selectedSerials() const;

    [[nodiscard]] QTableView* view() const { return m_view; }
    [[nodiscard]] QLineEdit* filterEdit() const { return m_filter; }

    /// Applies a pending filter text at once instead of after the typing pause.
    void applyFilterNow();

Q_SIGNALS:
    /// A local .csv file was dropped onto the pane.
    void csvFileDropped(const QString& path);
    void selectionChanged();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;
    /// Ctrl+End on the table first loads the remaining pages, so it reaches the real last certificate.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    [[nodiscard]] static QString droppedCsv(const QMimeData* mime);
    void retranslateUi();
    void updateCount();

    QLabel* m_title;
    QLineEdit* m_filter;
    QTableView* m_view;
    QLabel* m_count;
    QTimer* m_filterDelay;
    model::DeviceCertificateModel* m_model = nullptr;
    /// Between the model and the view: each certificate's validity (revoked, expired, expiring) in colour and words.
    model::DeviceLifeStateProxy* m_lifeState = nullptr;
    qint64 m_caId = 0;
};

} // namespace iotca::ui
