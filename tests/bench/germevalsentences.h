#pragma once

#include <QString>
#include <QStringList>

// Real German news sentences for benchmarks: GermEval 2014's token lines ("3\tentwirft\tO\tO")
// put back into sentences, with no space before punctuation, so the text reads (and splits)
// like running prose.
namespace GermevalSentences {
QStringList read(const QString& tsvPath);
// Those of the test and dev files under `corpusDir` (../shared/corpora/ner-germeval2014).
QStringList all(const QString& corpusDir);
} // namespace GermevalSentences
