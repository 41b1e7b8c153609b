#include "testdata.h"

#include "article/article.h"
#include "clean/articlecleaner.h"
#include "util/contenthash.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace TestData {

QString path(const QString& relative) {
    return QStringLiteral(FOLIO_TEST_DATA_DIR) + QLatin1Char('/') + relative;
}

QString samplesDir() {
    return QStringLiteral(FOLIO_SAMPLES_DIR);
}

QByteArray readBytes(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeBytes(const QString& path, const QByteArray& bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

QString cliPath() {
    return QStringLiteral(FOLIO_CLI_PATH);
}

Article article(const QString& raw, const QString& originalPath) {
    Article result;
    result.rawText = raw;
    result.encoding = QStringLiteral("UTF-8");
    result.originalPath = originalPath;
    result.contentHash = ContentHash::of(raw);
    result.clean = ArticleCleaner::clean(raw);
    result.cleanerVersion = ArticleCleaner::version;
    return result;
}

QString generatedArticle(int n) {
    static const char* const companies[] = {"Xiaomi",     "Leica",  "Vivo",  "Zeiss",     "Oppo",
                                            "Hasselblad", "Huawei", "Sharp", "Panasonic", "Sony"};
    const QString a = QString::fromLatin1(companies[n % 10]);
    const QString b = QString::fromLatin1(companies[(n / 10 + 1 + n) % 10]);
    return QStringLiteral("%1 and %2 agree on deal number %3\n\n"
                          "%1 said on Monday that it will work with %2 on camera technology. "
                          "The agreement, number %3, covers phones sold in Europe and Asia.\n"
                          "Analysts expect the first devices later this year.\n\n"
                          "source-%4\n")
        .arg(a, b)
        .arg(n)
        .arg(n % 7);
}

int wholeWordCount(const QString& text, const QString& word) {
    const QRegularExpression re(u"(?<![\\w])"_s + QRegularExpression::escape(word) + u"(?![\\w])"_s,
                                QRegularExpression::CaseInsensitiveOption |
                                    QRegularExpression::UseUnicodePropertiesOption);
    int count = 0;
    for (auto it = re.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

} // namespace TestData
