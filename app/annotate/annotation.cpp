#include "annotate/annotation.h"

namespace Annotation {

QStringList partnershipStatuses() {
    return {QStringLiteral("announced"), QStringLiteral("current"), QStringLiteral("former"),
            QStringLiteral("rumoured")};
}

} // namespace Annotation

QString Annotation::defaultAuthor() {
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("folio") : user;
}
