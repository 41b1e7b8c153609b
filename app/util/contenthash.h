#pragma once

#include <QString>

// The dedupe key of an article: SHA-256 (hex) of its raw text normalised so that the same
// article saved with another line-end convention, BOM, trailing spaces or Unicode
// normalisation form is recognised as the same.
namespace ContentHash {
QString normalise(const QString& rawText);
QString of(const QString& rawText);
} // namespace ContentHash
