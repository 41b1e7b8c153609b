#pragma once

#include <QSet>
#include <QString>

// File names made from article titles, safe on Linux, macOS and Windows: no path separators or
// characters Windows forbids, no control characters, no leading dots (so never "." or ".."
// and never hidden), no reserved device names (CON, NUL, COM1, ...), at most maxLength
// UTF-16 units cut between two characters, never empty.
class SafeFileName final {
public:
    static constexpr int maxLength = 80;

    // The name without extension; "article-<id>" when nothing usable is left of the title.
    static QString fromTitle(const QString& title, qint64 id);

    // fromTitle(), made unique among the names this object handed out before (compared
    // without case, as macOS and Windows do): "Title", "Title-2", "Title-3", ...
    QString claim(const QString& title, qint64 id);
    // Marks a name as taken, e.g. "index" for a folder that has an index page.
    void reserve(const QString& name) { m_taken.insert(name.toCaseFolded()); }

private:
    QSet<QString> m_taken;
};
