#pragma once

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace iotca::crypto {
class Certificate;
}

namespace iotca::model {
class Workspace;
struct CaRecord;
} // namespace iotca::model

namespace iotca::ui {

/// The centre pane: the selected CA's certificate fields and extensions (basicConstraints, keyUsage, extended key
/// usage, key identifiers, subject alternative names), its SHA-256 and SHA-1 fingerprints with copy buttons, its
/// registrations per platform account with status and last sync (and a Sync button), what devices need to connect to
/// each platform it is registered with, and how many device certificates it has per status (and how many differ
/// from the platform). Follows the workspace's change signals for the CA it shows.
class CaDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit CaDetailsPane(QWidget* parent = nullptr);

    /// The workspace to read from (not owned; may be null).
    void setWorkspace(model::Workspace* workspace);
    /// Shows this CA (0: the "select a CA" placeholder).
    void showCa(qint64 caId);
    [[nodiscard]] qint64 caId() const { return m_caId; }

    /// The fingerprint as shown ("AB:CD:…"); empty when no CA is shown. `algorithm` is "SHA-256" or "SHA-1".
    [[nodiscard]] QString fingerprint(const QString& algorithm) const;

    /// Upper-case, colon-separated hash of `der` ("AB:CD:…").
    [[nodiscard]] static QString formatFingerprint(const QByteArray& digest);

Q_SIGNALS:
    /// A value was copied to the clipboard; `what` names it for the status bar.
    void copied(const QString& what);
    /// The user asked to read the CA's registration statuses from the platforms again.
    void syncRequested(qint64 caId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void fill(const model::CaRecord& ca);
    void fillExtensions(const crypto::Certificate& certificate);
    void retranslateUi();
    [[nodiscard]] QString placeholderText() const;
    QLabel* addValue(QFormLayout* form, const QString& objectName);
    QWidget* fingerprintRow(QLabel* value, const QString& objectName);
    /// What devices need to connect to the account's platform (DeviceConnectionDetails), for the registered CA.
    [[nodiscard]] QString connectionText(qint64 accountId) const;

    QPointer<model::Workspace> m_workspace;
    qint64 m_caId = 0;
    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QLabel* m_name;
    QFormLayout* m_form;
    QLabel* m_subject;
    QLabel* m_issuer;
    QLabel* m_serial;
    QLabel* m_notBefore;
    QLabel* m_notAfter;
    QLabel* m_keyAlgorithm;
    QLabel* m_keyStorage;
    QLabel* m_sha256;
    QLabel* m_sha1;
    QLabel* m_extensionsTitle;
    QFormLayout* m_extensionsForm;
    QLabel* m_basicConstraints;
    QLabel* m_keyUsage;
    QLabel* m_extendedKeyUsage;
    QLabel* m_subjectKeyId;
    QLabel* m_authorityKeyId;
    QLabel* m_subjectAltNames;
    QLabel* m_registrationsTitle;
    QTreeWidget* m_registrations;
    QPushButton* m_sync;
    QLabel* m_connectionTitle;
    QLabel* m_connection;
    QLabel* m_devicesTitle;
    QLabel* m_deviceCounts;
    QLabel* m_error;
};

} // namespace iotca::ui
