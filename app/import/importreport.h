#pragma once

#include <QList>
#include <QString>

// What happened to one file of an import.
struct ImportItem {
    // Subscribed: an OPML list's feeds became subscriptions (no article; the message counts them).
    enum class Outcome { Imported, Duplicate, Skipped, Failed, Subscribed };

    QString path;
    Outcome outcome = Outcome::Failed;
    QString message; // why it was skipped or failed, or what it duplicates
    qint64 articleId = 0;
    bool updated = false; // Imported over the article it was before (an edited file or feed item)
};

// The result of an import run, for the CLI's lines and the window's report.
class ImportReport final {
public:
    void add(ImportItem item) { m_items.append(std::move(item)); }
    const QList<ImportItem>& items() const { return m_items; }

    int count(ImportItem::Outcome outcome) const;
    bool hasFailures() const { return count(ImportItem::Outcome::Failed) > 0; }
    // A file was skipped, already there or failed: the user should see which and why. A clean
    // import (every file imported, or none given) does not need a window.
    bool needsAttention() const { return count(ImportItem::Outcome::Imported) < m_items.size(); }
    bool cancelled() const { return m_cancelled; }
    void setCancelled(bool cancelled) { m_cancelled = cancelled; }

    // "Imported 3 articles; 1 duplicate already in the database; 1 failed."
    QString summary() const;

private:
    QList<ImportItem> m_items;
    bool m_cancelled = false;
};
