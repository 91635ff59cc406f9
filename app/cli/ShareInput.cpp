#include "ShareInput.h"

#include "Console.h"

#include "model/ModelErrorCode.h"
#include "model/custody/KeyShareCode.h"
#include "model/custody/KeyShareText.h"
#include "model/input/InputFile.h"

#include <QFile>

#include <cstdio>
#include <optional>

namespace iotca::app {

namespace {

/// One line from standard input; nullopt at its end.
std::optional<QString> readLine()
{
    QByteArray line;
    int c = 0;
    while ((c = std::getc(stdin)) != EOF && c != '\n')
        line.append(static_cast<char>(c));
    if (c == EOF && line.isEmpty())
        return std::nullopt;
    return QString::fromUtf8(line);
}

Error endOfInput()
{
    return Error {ShareInput::tr("The input ended before enough shares were typed; nothing was restored."),
                  {},
                  QString(model::ErrorCode::Cancelled)};
}

} // namespace

Result<std::vector<model::KeyShare>> ShareInput::fromFiles(const QStringList& paths)
{
    std::vector<model::KeyShare> shares;
    for (const QString& path : paths) {
        auto text = model::InputFile::read(path, model::InputKind::KeyShare);
        if (!text)
            return text.error();
        auto read = model::KeyShareText::read(QString::fromUtf8(*text), model::InputFile::displayPath(path));
        if (!read)
            return read.error();
        for (model::KeyShare& share : *read)
            shares.push_back(std::move(share));
    }
    return shares;
}

Result<std::vector<model::KeyShare>> ShareInput::fromPipe()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return Error {tr("Standard input cannot be read.")};
    // As large as a share file may be (InputKind::KeyShare): a wrong pipe is refused before memory grows.
    const qint64 limit = model::InputKinds::sizeLimit(model::InputKind::KeyShare);
    const QByteArray text = input.read(limit + 1);
    if (text.size() > limit)
        //: %1 is a size such as "64 KiB"
        return Error {
            tr("Standard input holds more than %1; shares are much shorter.").arg(model::InputKinds::sizeText(limit))};
    return model::KeyShareText::read(QString::fromUtf8(text), tr("standard input"));
}

Result<std::vector<model::KeyShare>> ShareInput::typed(int needed, const QString& setId)
{
    QTextStream& err = Console::err();
    //: %n is the number of shares needed, %1 a share set id
    err << tr("Type %n shares of the set %1, one line at a time (case, spaces and hyphens do not matter).", nullptr,
              needed)
               .arg(setId)
        << Qt::endl;
    std::vector<model::KeyShare> shares;
    while (static_cast<int>(shares.size()) < needed) {
        const int number = static_cast<int>(shares.size()) + 1;
        QStringList lines;
        std::optional<int> lineCount;
        while (!lineCount || lines.size() < *lineCount) {
            const int lineNumber = static_cast<int>(lines.size()) + 1;
            //: Prompt on the terminal; %1 the share being typed (1, 2, ...), %2 the number needed, %3 a line number
            err << tr("Share %1 of %2, line %3: ").arg(number).arg(needed).arg(lineNumber) << Qt::flush;
            const auto line = readLine();
            if (!line)
                return endOfInput();
            if (line->trimmed().isEmpty())
                continue;
            auto payload = model::KeyShareCode::decodeLine(lineNumber, *line);
            if (!payload) {
                Console::printError(payload.error().message + QLatin1Char(' ') + tr("Type the line again."));
                continue;
            }
            if (lineNumber == 1) {
                lineCount = model::KeyShareCode::lineCount(*payload);
                if (!lineCount) {
                    Console::printError(tr("This is not the first line of a share. Type the line again."));
                    continue;
                }
            }
            lines.append(*line);
        }
        auto share = model::KeyShareCode::decode(lines);
        if (!share) {
            Console::printError(share.error().message + QLatin1Char(' ') + tr("Type this share again."));
            continue;
        }
        if (model::KeyShareCode::setIdText(share->setId) != setId) {
            //: %1 and %2 are share set ids
            Console::printError(tr("This share belongs to the set %1, not to this backup's set %2. Type a share of "
                                   "the set %2.")
                                    .arg(model::KeyShareCode::setIdText(share->setId), setId));
            continue;
        }
        bool twice = false;
        for (const model::KeyShare& earlier : shares)
            twice = twice || earlier.index == share->index;
        if (twice) {
            //: %1 is a share number
            Console::printError(tr("Share %1 was typed already. Type another share.").arg(share->index));
            continue;
        }
        //: %1 is a share number, %2 the number of shares of the set
        err << tr("Share %1 of %2 accepted.").arg(share->index).arg(share->shareCount) << Qt::endl;
        shares.push_back(std::move(*share));
    }
    return shares;
}

} // namespace iotca::app
