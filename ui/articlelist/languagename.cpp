#include "articlelist/languagename.h"

#include <QCoreApplication>
#include <QLocale>

QString languageDisplayName(const QString& code) {
    const QLocale::Language language =
        code.isEmpty() ? QLocale::AnyLanguage : QLocale::codeToLanguage(code);
    if (language == QLocale::AnyLanguage || language == QLocale::C)
        return QCoreApplication::translate("ArticleList", "Language not known");
    return QLocale::languageToString(language);
}
