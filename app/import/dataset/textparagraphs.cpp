#include "import/dataset/textparagraphs.h"

#include <QStringView>

using namespace Qt::StringLiterals;

namespace {

// Hard-wrapped text (e-mail, 72-column files) has lines no longer than this.
constexpr qsizetype hardWrapMaxChars = 100;
constexpr qsizetype headlineMaxChars = 150;
constexpr qsizetype sentenceTitleMaxChars = 200;
constexpr qsizetype cutTitleChars = 120;

QString collapsed(QStringView line) {
    QString out;
    out.reserve(line.size());
    bool pendingSpace = false;
    for (const QChar c : line) {
        if (c == u' ' || c == u'\t' || c == u'\v' || c == u'\f' || c == QChar(0x00A0)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out += u' ';
        pendingSpace = false;
        out += c;
    }
    return out;
}

void flush(QStringList& block, QStringList& paragraphs) {
    if (block.isEmpty())
        return;
    bool wrapped = block.size() > 1;
    for (const QString& line : std::as_const(block))
        wrapped = wrapped && line.size() <= hardWrapMaxChars;
    // The last line of a wrapped block may be short, but all of them short with each ending a
    // sentence is a list of short paragraphs; only join lines that run on.
    if (wrapped) {
        int endings = 0;
        for (const QString& line : std::as_const(block))
            endings += QStringView(u".!?:\"“”»«").contains(line.back()) ? 1 : 0;
        wrapped = endings * 2 < int(block.size());
    }
    if (wrapped)
        paragraphs.append(block.join(u' '));
    else
        paragraphs.append(block);
    block.clear();
}

} // namespace

QStringList TextParagraphs::split(const QString& text) {
    QStringList paragraphs;
    QStringList block;
    qsizetype start = 0;
    const qsizetype n = text.size();
    while (start <= n) {
        qsizetype end = start;
        while (end < n && text[end] != u'\n' && text[end] != u'\r')
            ++end;
        const QString line = collapsed(QStringView(text).sliced(start, end - start));
        if (line.isEmpty())
            flush(block, paragraphs);
        else
            block.append(line);
        if (end < n && text[end] == u'\r' && end + 1 < n && text[end + 1] == u'\n')
            ++end;
        start = end + 1;
    }
    flush(block, paragraphs);
    return paragraphs;
}

bool TextParagraphs::looksLikeHeadline(const QString& line) {
    return !line.isEmpty() && line.size() <= headlineMaxChars &&
           !QStringView(u".!?;,").contains(line.back());
}

QString TextParagraphs::firstSentence(const QString& paragraph) {
    for (qsizetype i = 0; i < sentenceTitleMaxChars && i + 1 < paragraph.size(); ++i) {
        // "Dr. Müller" and "3. März" do not end a sentence, so the stop must follow three
        // letters: a cheap rule that spares the usual short abbreviations and ordinals.
        if (QStringView(u".!?").contains(paragraph[i]) && paragraph[i + 1] == u' ' && i >= 3 &&
            paragraph[i - 1].isLetter() && paragraph[i - 2].isLetter() &&
            paragraph[i - 3].isLetter())
            return paragraph.left(i + 1);
    }
    if (paragraph.size() <= sentenceTitleMaxChars)
        return paragraph;
    qsizetype cut = paragraph.lastIndexOf(u' ', cutTitleChars);
    if (cut <= 0)
        cut = cutTitleChars;
    return paragraph.left(cut) + QChar(u'\u2026');
}
