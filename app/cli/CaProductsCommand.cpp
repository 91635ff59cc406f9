#include "CaProductsCommand.h"

#include "BlockingPlatformConnection.h"
#include "CliCommand.h"
#include "Console.h"
#include "ExitCode.h"
#include "JsonOutput.h"
#include "WorkspaceCommand.h"

#include "model/registration/CaRegistrationService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace iotca::app {

int CaProductsCommand::run(const QString& path, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption ca(QStringLiteral("ca"), tr("The registered CA's name."), tr("name"));
    const QCommandLineOption account(QStringLiteral("account"), tr("The platform account's name."), tr("name"));
    const QCommandLineOption json = CliCommand::jsonOption();
    parser.addOptions({ca, account, json});
    if (const auto stop = CliCommand::parse(parser, path, arguments,
                                            tr("Lists the products a registered CA is bound to, as the platform "
                                               "reports them (Tencent Cloud IoT Hub; nothing is recorded). A CA "
                                               "still bound to a product cannot be deleted there.")))
        return *stop;
    const auto required = CliCommand::requiredValues(parser, path, ca, account);
    if (!required)
        return ExitUsage;
    const auto& [caName, accountName] = *required;
    return WorkspaceCommand::onCa(parser, model::Workspace::OpenMode::ReadOnly, caName, [&](auto& opened) -> int {
        model::Workspace& workspace = opened.workspace();
        model::CaRecord& record = opened.ca();
        auto accountRecord = BlockingPlatformConnection::findAccount(workspace, accountName);
        if (!accountRecord)
            return CliCommand::failure(accountRecord.error());
        auto session = BlockingPlatformConnection::open(workspace, *accountRecord);
        if (!session)
            return BlockingPlatformConnection::failure(session.error());
        auto products = (*session)->await<QList<model::RemoteProduct>>(
            [&](auto done) { (*session)->service().listCaProducts(record.id, std::move(done)); });
        if (!products)
            return BlockingPlatformConnection::failure(products.error());

        if (parser.isSet(json)) {
            QJsonArray array;
            for (const model::RemoteProduct& product : std::as_const(*products))
                array.append(QJsonObject {{QStringLiteral("productId"), product.productId},
                                          {QStringLiteral("productName"), product.productName}});
            JsonOutput::print(QJsonObject {{QStringLiteral("ca"), record.name},
                                           {QStringLiteral("account"), accountRecord->name},
                                           {QStringLiteral("products"), array}});
            return ExitSuccess;
        }
        if (products->isEmpty()) {
            //: %1 is a CA name
            Console::out() << tr("The CA '%1' is bound to no product.").arg(record.name) << Qt::endl;
            return ExitSuccess;
        }
        for (const model::RemoteProduct& product : std::as_const(*products))
            Console::out() << product.productId << QLatin1Char(' ') << product.productName << Qt::endl;
        return ExitSuccess;
    });
}

} // namespace iotca::app
