#pragma once

#include "Command.h"

namespace iotca::ui {

/// File → Import Association CSV, or a CSV dropped onto the device-association pane: checks the file off the GUI
/// thread against the platform's rules and the selected CA's device certificates, shows the preview
/// (CsvImportDialog), and only for a file without problems marks its certificates as associated with their
/// devices. A file with more rows than the platform takes can be split into parts in a chosen folder instead.
class CsvImportCommand : public Command
{
    Q_OBJECT
public:
    /// `path` empty: ask for the file first.
    CsvImportCommand(model::Workspace& workspace, model::SecretStore& secrets, Prompter& prompter, QWidget* window,
                     qint64 caId, QString caName, QString path = {});

Q_SIGNALS:
    /// The preview dialog is about to run (tests and the status bar use it).
    void previewReady();

private:
    void doStart() override;
    void importRows(const QStringList& serials);
    void split();

    qint64 m_caId;
    QString m_caName;
    QString m_path;
    /// The file was given (dropped onto the window) rather than chosen in a file dialog here.
    bool m_given = false;
};

} // namespace iotca::ui
