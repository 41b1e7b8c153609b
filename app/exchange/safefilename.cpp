#include "exchange/safefilename.h"

#include <QStringList>
#include <QTextBoundaryFinder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool isUnsafe(QChar c) {
    switch (c.unicode()) {
    case u'/':
    case u'\\':
    case u':':
    case u'*':
    case u'?':
    case u'"':
    case u'<':
    case u'>':
    case u'|':
    // Not forbidden by file systems, but they break Markdown and wiki links to the file.
    case u'#':
    case u'[':
    case u']':
    case u'^':
    // Bidirectional overrides would let a name display as something it is not.
    case 0x202A:
    case 0x202B:
    case 0x202C:
    case 0x202D:
    case 0x202E:
    case 0x2066:
    case 0x2067:
    case 0x2068:
    case 0x2069:
        return true;
    default:
        return c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
               c == QChar::ParagraphSeparator;
    }
}

bool isReservedOnWindows(const QString& name) {
    // The device name counts even with an extension: "CON.txt" is the console too.
    const QString stem = name.section(u'.', 0, 0).trimmed().toUpper();
    static const QStringList fixed{u"CON"_s, u"PRN"_s,    u"AUX"_s,
                                   u"NUL"_s, u"CONIN$"_s, u"CONOUT$"_s};
    if (fixed.contains(stem))
        return true;
    // Windows counts the superscript digits too: "COM¹" is a port.
    return stem.size() == 4 && (stem.startsWith(u"COM"_s) || stem.startsWith(u"LPT"_s)) &&
           (stem.at(3).isDigit() || QStringView(u"¹²³").contains(stem.at(3)));
}

// Spaces and dots at either end: Windows drops trailing ones, leading dots hide files.
QString trimEnds(QString name) {
    qsizetype start = 0;
    while (start < name.size() &&
           (name.at(start).isSpace() || name.at(start) == u'.' || name.at(start) == u'-'))
        ++start;
    qsizetype end = name.size();
    while (end > start && (name.at(end - 1).isSpace() || name.at(end - 1) == u'.'))
        --end;
    return name.mid(start, end - start);
}

// The longest prefix of at most `limit` UTF-16 units that ends between two graphemes, so no
// surrogate pair, combining mark or emoji sequence is cut in half.
qsizetype characterCut(const QString& name, qsizetype limit) {
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, name);
    finder.setPosition(limit);
    const qsizetype at = finder.isAtBoundary() ? limit : finder.toPreviousBoundary();
    return at > 0 ? at : 0;
}

// `name` cut to fit maxLength and maxBytes: after the last word that fits whole, unless that
// keeps less than half of what fits (one very long word, or a script without spaces), then
// between two characters.
QString cutToFit(const QString& name) {
    qsizetype limit = std::min<qsizetype>(name.size(), SafeFileName::maxLength);
    while (limit > 0 && QStringView(name).left(limit).toUtf8().size() > SafeFileName::maxBytes)
        --limit;
    if (limit == name.size())
        return name;
    QTextBoundaryFinder words(QTextBoundaryFinder::Word, name);
    qsizetype wordEnd = 0;
    for (qsizetype at = words.toNextBoundary(); at != -1 && at <= limit;
         at = words.toNextBoundary()) {
        if (words.boundaryReasons() & QTextBoundaryFinder::EndOfItem)
            wordEnd = at;
    }
    return name.left(wordEnd * 2 >= limit ? wordEnd : characterCut(name, limit));
}

} // namespace

QString SafeFileName::fromTitle(const QString& title, qint64 id) {
    QString name;
    name.reserve(title.size());
    bool lastWasSpace = false;
    for (QChar c : title) {
        const bool space = c.isSpace() || isUnsafe(c);
        if (space) {
            if (!lastWasSpace && !name.isEmpty())
                name += u' ';
        } else {
            name += c;
        }
        lastWasSpace = space;
    }
    name = trimEnds(name);
    name = trimEnds(cutToFit(name));
    if (name.isEmpty())
        return u"article-%1"_s.arg(id);
    if (isReservedOnWindows(name))
        name = u"_"_s + name;
    return name;
}

QString SafeFileName::claim(const QString& title, qint64 id) {
    const QString base = fromTitle(title, id);
    QString name = base;
    for (int n = 2; m_taken.contains(name.toCaseFolded()); ++n)
        name = base + u'-' + QString::number(n);
    m_taken.insert(name.toCaseFolded());
    return name;
}
