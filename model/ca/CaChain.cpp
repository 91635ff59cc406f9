#include "CaChain.h"

#include "model/workspace/CaRepository.h"
#include "model/workspace/Workspace.h"

#include <QSet>

namespace iotca::model {

Result<qint64> CaChain::issuerIdInWorkspace(const Workspace& workspace, const crypto::Certificate& certificate)
{
    if (certificate.isNull() || certificate.isSelfSigned())
        return qint64 {0};
    auto cas = workspace.cas().list();
    if (!cas)
        return cas.error();
    for (const CaRecord& candidate : std::as_const(*cas)) {
        auto issuer = crypto::Certificate::fromDer(candidate.certificateDer);
        if (issuer && certificate.isSignedBy(*issuer) && !(certificate == *issuer))
            return candidate.id;
    }
    return qint64 {0};
}

Result<CaChainPath> CaChain::pathOf(const Workspace& workspace, qint64 caId)
{
    CaChainPath path;
    QSet<qint64> seen;
    qint64 next = caId;
    while (next > 0 && !seen.contains(next)) {
        seen.insert(next);
        auto ca = workspace.cas().get(next);
        if (!ca)
            return ca.error();
        auto certificate = crypto::Certificate::fromDer(ca->certificateDer);
        if (!certificate)
            return certificate.error();
        path.cas.append(*ca);
        path.certificates.append(*certificate);
        if (certificate->isSelfSigned()) {
            path.complete = true;
            break;
        }
        next = ca->parentCaId;
        if (next == 0) {
            auto found = issuerIdInWorkspace(workspace, *certificate);
            if (!found)
                return found.error();
            next = *found;
        }
    }
    return path;
}

QByteArray CaChain::toPemBundle(const CaChainPath& path)
{
    QByteArray bundle;
    for (const crypto::Certificate& certificate : path.certificates)
        bundle += certificate.toPem();
    return bundle;
}

} // namespace iotca::model
