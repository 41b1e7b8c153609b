#pragma once

#include <QByteArray>
#include <QString>

struct Article;

// Where tests find their fixtures, and small helpers to write real files for them.
namespace TestData {
QString path(const QString& relative);     // tests/data/<relative>
QString samplesDir();                      // resources/samples
QByteArray readBytes(const QString& path); // QFAILs are the caller's business: empty on error
bool writeBytes(const QString& path, const QByteArray& bytes);
QString cliPath(); // the built folio-cli
// An article as the importer would make it from `raw` (cleaned, hashed), ready for the store.
Article article(const QString& raw, const QString& originalPath = QString());
// A small plain-text article in the sample's layout, different for every `n`.
QString generatedArticle(int n);
// Whole-word, case-insensitive occurrences of `word`, counted independently of TextSpan.
int wholeWordCount(const QString& text, const QString& word);
} // namespace TestData
