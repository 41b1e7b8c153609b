#pragma once

#include <QString>

// How Folio compares the names of companies. A company is written many ways in the news
// ("Leica", "LEICA", "@leica_camera", "Leica Camera AG"); these forms decide which of them are
// the same alias (stored once) and which are only near each other (offered, never merged).
namespace CompanyNames {

// The form an alias is stored in: trimmed, inner white space simplified, the leading "@" or "#"
// of a social-media handle dropped (the text search finds "leica_camera" inside
// "@leica_camera" and "#leica_camera" alike).
QString aliasForm(const QString& surface);

// Two names with the same key are one alias: the alias form, case-folded.
QString key(const QString& name);

// Looser than key(), to find near-duplicates: punctuation and "_" read as spaces, accents and
// the legal form ("AG", "GmbH", "Inc.", "Ltd" …) dropped, so "Leica Camera AG", "leica-camera"
// and "Leica Camera" meet.
QString looseKey(const QString& name);

// The edit distance between two short strings (insertions, deletions, substitutions and swaps
// of neighbours), capped: anything above `cap` is reported as cap + 1.
int editDistance(const QString& a, const QString& b, int cap);

} // namespace CompanyNames
