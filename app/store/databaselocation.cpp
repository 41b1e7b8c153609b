#include "store/databaselocation.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace DatabaseLocation {

Result<QString> localPath(const QString& location) {
    // RFC 3986 scheme, then "://" or one of the database schemes people type without slashes.
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]+):(//|(?=.))"));
    const QRegularExpressionMatch match = scheme.match(location);
    const QString name = match.hasMatch() ? match.captured(1).toLower() : QString();
    const bool hasSlashes = match.hasMatch() && match.captured(2) == QLatin1String("//");
    static const QStringList knownSchemes{
        QStringLiteral("postgres"), QStringLiteral("postgresql"), QStringLiteral("mysql"),
        QStringLiteral("mariadb"),  QStringLiteral("sqlite"),     QStringLiteral("sqlite3"),
        QStringLiteral("file"),     QStringLiteral("http"),       QStringLiteral("https")};
    if (!hasSlashes && !knownSchemes.contains(name))
        return location; // a plain path, even one with a colon in a file name
    if (name == QLatin1String("sqlite") || name == QLatin1String("sqlite3")) {
        const QString path = QUrl(location).path();
        if (hasSlashes && !path.isEmpty())
            return path;
    }
    if (name == QLatin1String("file")) {
        const QUrl url(location);
        if (!url.isValid() || !url.isLocalFile() || url.toLocalFile().isEmpty())
            return Error{QStringLiteral("%1: not a valid file: URL of a database file (write "
                                        "file:///path/to/folio.sqlite)")
                             .arg(location)};
        return url.toLocalFile();
    }
    return Error{QStringLiteral("%1: Folio cannot open “%2:” databases; give the path of an "
                                "SQLite database file (for example ~/folio.sqlite or "
                                "file:///home/me/folio.sqlite). Nothing was created.")
                     .arg(location, name)};
}

bool isDatabaseFile(const QString& path, const QString& databasePath) {
    const QFileInfo file(path);
    const QString absolute = file.absoluteFilePath();
    const QString canonical = file.canonicalFilePath(); // empty when it does not exist
    const QFileInfo database(databasePath);
    for (const QLatin1String suffix : {QLatin1String(""), QLatin1String("-wal"),
                                       QLatin1String("-shm"), QLatin1String("-journal")}) {
        const QFileInfo own(database.absoluteFilePath() + suffix);
        if (absolute == own.absoluteFilePath() ||
            (!canonical.isEmpty() && canonical == own.canonicalFilePath()))
            return true;
    }
    return false;
}

} // namespace DatabaseLocation
