#include "clean/articlecleaner.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringView>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace {

// A scraped headline is short; a longer first block is taken to be the article's own lead.
constexpr qsizetype headlineMaxChars = 150;
constexpr qsizetype headlineMaxWords = 20;
// Content words shorter than this ("mit", "the", "2") say nothing about what a text is about.
constexpr qsizetype contentWordMinLetters = 4;
// A single-line file longer than this is a body without a title; a title is derived from it.
constexpr qsizetype singleLineTitleMaxChars = 200;
constexpr qsizetype fallbackTitleChars = 120;
// Hard-wrapped text (e-mail, 72-column files) has lines no longer than this; a longer line in a
// block means the block holds whole paragraphs, one a line.
constexpr qsizetype hardWrapMaxChars = 100;

// Words after which a sentence cannot end, so a line ending in one was broken mid-sentence.
// Matched case-sensitively: a capitalised "A" or "Die" at a line end is a name or heading.
constexpr QStringView connectorWords[] = {
    u"und",   u"oder", u"aber", u"sowie", u"dass", u"als",  u"wie",   u"der",   u"die",
    u"das",   u"den",  u"dem",  u"des",   u"ein",  u"eine", u"einen", u"einem", u"einer",
    u"eines", u"mit",  u"von",  u"vom",   u"zu",   u"zum",  u"zur",   u"für",   u"in",
    u"im",    u"an",   u"am",   u"auf",   u"aus",  u"bei",  u"nach",  u"über",  u"unter",
    u"vor",   u"the",  u"and",  u"or",    u"but",  u"of",   u"to",    u"a",     u"an",
    u"with",  u"for",  u"on",   u"at",    u"by",   u"from", u"that",  u"as",
};

// Only ASCII blanks and NBSP are collapsed; typographic spaces (thin space, narrow NBSP) are
// part of how the words are written and are left alone, as are all other characters.
bool isCollapsibleSpace(QChar c) {
    return c == u' ' || c == u'\t' || c == u'\v' || c == u'\f' || c == QChar(0x00A0);
}

QString normaliseLine(QStringView line) {
    QString out;
    out.reserve(line.size());
    bool pendingSpace = false;
    for (const QChar c : line) {
        if (isCollapsibleSpace(c)) {
            pendingSpace = !out.isEmpty(); // leading blanks vanish
            continue;
        }
        if (pendingSpace)
            out += u' ';
        pendingSpace = false;
        out += c;
    }
    return out; // trailing blanks vanish because a pending space is only written before text
}

// Strips the BOM, unifies line ends and normalises the blanks of every line.
QStringList normalisedLines(const QString& rawText) {
    QString text = rawText;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    QStringList lines;
    for (const QStringView line : QStringView(text).split(u'\n'))
        lines.append(normaliseLine(line));
    return lines;
}

void trimBlankLines(QStringList& lines) {
    while (!lines.isEmpty() && lines.first().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
}

bool isSourceSlug(const QString& line) {
    static const QRegularExpression slug(u"^[a-z0-9][a-z0-9_.-]{1,39}$"_s);
    return slug.match(line).hasMatch();
}

bool isClosingMark(QChar c) {
    return QStringView(u"\"'\u201D\u201C\u2019\u2018\u00BB\u00AB\u203A\u2039)]}").contains(c);
}

bool isOpeningMark(QChar c) {
    return QStringView(u"\"'\u201E\u201C\u201A\u2018\u00AB\u00BB\u2039\u203A([{").contains(c);
}

// True when the line ends like a sentence: . ! ? … : ; possibly followed by closing quotes or
// brackets (German quotes end with “, as in the sample: »…kombinieren!“«).
bool endsSentence(QStringView line) {
    while (!line.isEmpty() && isClosingMark(line.back()))
        line.chop(1);
    return !line.isEmpty() && QStringView(u".!?\u2026:;").contains(line.back());
}

bool startsLowercaseOrDigit(QStringView line) {
    while (!line.isEmpty() && isOpeningMark(line.front()))
        line = line.mid(1);
    return !line.isEmpty() && (line.front().isLower() || line.front().isDigit());
}

// A comma, a dash or a connector word at the end of a line means the sentence goes on.
bool endsWithContinuation(QStringView line) {
    if (line.isEmpty())
        return false;
    if (QStringView(u",-\u2010\u2013\u2014").contains(line.back()))
        return true;
    const QStringView lastWord = line.mid(line.lastIndexOf(u' ') + 1);
    return std::ranges::find(connectorWords, lastWord) != std::end(connectorWords);
}

// One-paragraph-a-line layout: whether a line and the next are halves of one broken paragraph.
bool continuesOnNextLine(const QString& line, const QString& next) {
    return !endsSentence(line) && (startsLowercaseOrDigit(next) || endsWithContinuation(line));
}

QSet<QString> contentWords(QStringView text) {
    QSet<QString> words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool letter = i < text.size() && text[i].isLetter();
        if (letter && start < 0)
            start = i;
        if (!letter && start >= 0) {
            if (i - start >= contentWordMinLetters)
                words.insert(text.mid(start, i - start).toString().toCaseFolded());
            start = -1;
        }
    }
    return words;
}

// The line that may stand between title and body: short, headline-shaped, no sentence end.
bool looksLikeHeadline(const QString& line) {
    return line.size() <= headlineMaxChars && line.count(u' ') + 1 <= headlineMaxWords &&
           !endsSentence(line);
}

// A real subtitle talks about the article, so it shares a content word with the title or the
// body; a headline of another story scraped along shares none.
bool sharesContentWord(const QString& line, const QString& title, const QStringList& rest) {
    QSet<QString> articleWords = contentWords(title);
    for (const QString& other : rest)
        articleWords.unite(contentWords(other));
    return contentWords(line).intersects(articleWords);
}

// One paragraph a line, except that a line broken mid-sentence is joined with the next.
QStringList paragraphsFromLines(const QStringList& lines) {
    QStringList paragraphs;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0 && continuesOnNextLine(lines[i - 1], lines[i]))
            paragraphs.last() += u' ' % lines[i];
        else
            paragraphs.append(lines[i]);
    }
    return paragraphs;
}

// Paragraphs separated by blank lines. A block of short lines is one hard-wrapped paragraph; a
// block with a long line is one-paragraph-a-line text that merely has a blank line somewhere.
QStringList paragraphsFromBlocks(const QStringList& lines) {
    QStringList paragraphs;
    QStringList block;
    auto flush = [&] {
        const bool hardWrapped = std::ranges::all_of(
            block, [](const QString& line) { return line.size() <= hardWrapMaxChars; });
        if (hardWrapped && !block.isEmpty())
            paragraphs.append(block.join(u' '));
        else
            paragraphs.append(paragraphsFromLines(block));
        block.clear();
    };
    for (const QString& line : lines) {
        if (!line.isEmpty())
            block.append(line);
        else if (!block.isEmpty())
            flush();
    }
    if (!block.isEmpty())
        flush();
    return paragraphs;
}

// For a file that is one long line: its first sentence, or its start cut at a word boundary.
QString titleFromLongLine(const QString& line) {
    for (qsizetype i = 0; i < singleLineTitleMaxChars && i + 1 < line.size(); ++i) {
        if (QStringView(u".!?").contains(line[i]) && line[i + 1] == u' ')
            return line.left(i + 1);
    }
    // The last space at or before the limit; a first word longer than the limit is cut hard.
    qsizetype cut = line.lastIndexOf(u' ', fallbackTitleChars);
    if (cut <= 0)
        cut = fallbackTitleChars;
    return line.left(cut) % QChar(u'\u2026');
}

} // namespace

CleanArticle ArticleCleaner::clean(const QString& rawText) {
    CleanArticle article;
    QStringList lines = normalisedLines(rawText);
    trimBlankLines(lines);
    if (lines.isEmpty())
        return article;

    // After trimming, first and last line are non-blank, so size > 1 means the slug is not the
    // only line of the file.
    if (lines.size() > 1 && isSourceSlug(lines.last())) {
        article.source = lines.takeLast();
        trimBlankLines(lines);
    }

    if (lines.size() == 1) {
        // No title line of its own. A long line is a body: derive a title but keep the whole
        // line as the paragraph so nothing is lost. A short line is just a title.
        const QString& only = lines.first();
        if (only.size() > singleLineTitleMaxChars) {
            article.title = titleFromLongLine(only);
            article.paragraphs.append(only);
        } else {
            article.title = only;
        }
        return article;
    }

    article.title = lines.takeFirst();
    bool blankAfterTitle = false;
    while (!lines.isEmpty() && lines.first().isEmpty()) {
        lines.removeFirst();
        blankAfterTitle = true;
    }

    // A one-line first block between blank lines, with body text after it, is either a scraped
    // headline or the article's own subtitle/lead. Either way it is set aside before the layout
    // is decided: the blank line after it says nothing about how the body is laid out.
    QStringList lead;
    if (blankAfterTitle && lines.size() >= 3 && lines[1].isEmpty()) {
        const QString candidate = lines.takeFirst();
        trimBlankLines(lines);
        if (looksLikeHeadline(candidate) && !sharesContentWord(candidate, article.title, lines)) {
            article.removed.append(RemovedPiece{
                candidate,
                u"headline of another story scraped between title and body (shares no words "
                u"with the article)"_s,
                0});
        } else {
            lead.append(candidate);
        }
    }

    article.paragraphs = lead + (lines.contains(QString()) ? paragraphsFromBlocks(lines)
                                                           : paragraphsFromLines(lines));
    return article;
}
