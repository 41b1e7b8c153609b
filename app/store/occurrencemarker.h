#pragma once

#include "annotate/annotation.h"
#include "util/result.h"

#include <QHash>
#include <QList>

#include <atomic>
#include <functional>

class Database;

// What OccurrenceMarker::find() found: mentions not stored yet (id 0), and the hash of the text
// of every article it searched, so store() can tell that one changed in between.
struct FoundOccurrences {
    Company company;
    qint64 articleId = 0; // 0: all articles were searched
    QList<Mention> mentions;
    QHash<qint64, QString> textHashes;
    bool cancelled = false;

    int articleCount() const; // articles with at least one occurrence
};

// Marks every whole-word occurrence of a company's name and aliases that no mention covers yet,
// in one article or in all of them, in two steps: find() only reads, so the window runs it on a
// worker thread with progress and Cancel and can ask before anything is written; store() then
// writes what was found in one short transaction on the caller's connection, with a "created"
// history entry for each mention.
class OccurrenceMarker final {
public:
    using Progress = std::function<void(int done, int total)>;

    explicit OccurrenceMarker(Database& database);

    // articleId 0: all articles. `cancel` is polled between articles; a cancelled search
    // returns what it found so far with `cancelled` set.
    Result<FoundOccurrences> find(qint64 companyId, qint64 articleId,
                                  const std::atomic_bool* cancel = nullptr,
                                  const Progress& progress = {});
    // Refuses, writing nothing, when the company is gone or an article's text changed since
    // find(); skips occurrences another program has marked in between. Returns what it stored.
    Result<QList<Mention>> store(const FoundOccurrences& found);

    void setAuthor(const QString& author) { m_author = author; }

private:
    Database& m_db;
    QString m_author;
};
