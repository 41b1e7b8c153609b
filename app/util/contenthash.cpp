#include "util/contenthash.h"

#include <QCryptographicHash>
#include <QStringList>

namespace ContentHash {

QString normalise(const QString& rawText) {
    QString text = rawText.normalized(QString::NormalizationForm_C);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
    }
    return lines.join(QLatin1Char('\n')).trimmed();
}

QString of(const QString& rawText) {
    const QByteArray digest =
        QCryptographicHash::hash(normalise(rawText).toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex());
}

} // namespace ContentHash
