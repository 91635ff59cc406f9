#include "OutputFile.h"

#include "model/files/OwnerOnlyDirectory.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace iotca::app {

Status OutputFile::write(const QString& filePath, QByteArrayView data, bool secret)
{
    Staged file;
    if (Status staged = file.add(filePath, data, secret); !staged)
        return staged;
    return file.commit();
}

Status OutputFile::Staged::add(const QString& filePath, QByteArrayView data, bool secret)
{
    if (Status folder = model::OwnerOnlyDirectory::ensure(QFileInfo(filePath).absolutePath()); !folder)
        return folder;
    auto file = std::make_unique<QSaveFile>(filePath);
    if (!file->open(QIODevice::WriteOnly))
        //: %1 is a file name, %2 the system's reason
        return Error {tr("Cannot write '%1': %2.").arg(QDir::toNativeSeparators(filePath), file->errorString())};
    if (secret)
        file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file->write(data.data(), data.size()) != data.size())
        return Error {tr("Cannot write '%1': %2.").arg(QDir::toNativeSeparators(filePath), file->errorString())};
    m_files.push_back(std::move(file));
    return {};
}

Status OutputFile::Staged::commit()
{
    for (const auto& file : m_files) {
        if (!file->commit())
            return Error {
                tr("Cannot write '%1': %2.").arg(QDir::toNativeSeparators(file->fileName()), file->errorString())};
    }
    m_files.clear();
    return {};
}

QString terminalSafe(const QString& text)
{
    QString safe;
    safe.reserve(text.size());
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        if (code < 0x20 || code == 0x7f || (code >= 0x80 && code < 0xa0))
            safe += QStringLiteral("\\x%1").arg(static_cast<unsigned>(code), 2, 16, QLatin1Char('0'));
        else
            safe += c;
    }
    return safe;
}

} // namespace iotca::app
