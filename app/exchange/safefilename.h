#pragma once

#include <QSet>
#include <QString>

// File names made from article titles, safe on Linux, macOS and Windows: no path separators or
// characters Windows forbids, no control characters, no leading dots (so never "." or ".."
// and never hidden), no trailing dots or spaces, no reserved device names (CON, NUL, COM1,
// ...), never empty. A long title is cut after its last whole word that fits (between two
// characters when that would lose more than half), to at most maxLength UTF-16 units and
// maxBytes of UTF-8.
class SafeFileName final {
public:
    static constexpr int maxLength = 80; // short enough to read in a file list
    // ext4 allows 255 bytes per name, NTFS 255 UTF-16 units: this leaves room for a "-NNN"
    // that makes a name unique and for the extension (".html").
    static constexpr int maxBytes = 200;

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
