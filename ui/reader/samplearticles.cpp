#include "reader/samplearticles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>

namespace SampleArticles {

Result<QString> extract() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                           QStringLiteral("/samples");
    if (!QDir().mkpath(folder))
        return Error{
            QObject::tr("Cannot create the folder %1 for the sample articles.").arg(folder)};
    QDirIterator it(QStringLiteral(":/samples"), QDir::Files);
    while (it.hasNext()) {
        const QString resource = it.next();
        const QString target = folder + QLatin1Char('/') + it.fileName();
        QFile::remove(target);
        if (!QFile::copy(resource, target))
            return Error{QObject::tr("Cannot write the sample article %1.").arg(target)};
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                          QFile::ReadOther);
    }
    return folder;
}

} // namespace SampleArticles
