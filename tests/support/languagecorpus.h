#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Texts of known language from ../shared/corpora, for LanguageDetector's accuracy test and
// benchmark: GermEval 2014's German sentences and the Readability test pages' article texts
// with the language their <html lang> gives. Empty lists when the corpora are not there.
namespace LanguageCorpus {
QString corporaDir();
// The sentences of NER-de-<split>.tsv, tokens joined by spaces ("Der Vertrag , sagte er .").
QStringList germEvalSentences(const QString& split = QStringLiteral("test"));

struct Page {
    QString name;
    QString language; // primary tag of the page's lang ("en" for "en-US")
    QString text;     // Readability's extracted article, as plain text
};
QList<Page> readabilityPages();
} // namespace LanguageCorpus
