#include "import/readlater/markdowninline.h"

#include "import/readlater/htmlfallbacktext.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString MarkdownInline::plain(const QString& line) {
    // Each pattern is anchored on its marks, so text without them passes through unchanged
    // (snake_case and 2*3 stay as they are).
    static const QRegularExpression image(u"!\\[([^\\]]*)\\]\\([^)]*\\)"_s);
    static const QRegularExpression link(u"\\[([^\\]]+)\\](\\([^)]*\\)|\\[[^\\]]*\\])"_s);
    static const QRegularExpression autolink(u"<((?:https?|mailto):[^>\\s]+)>"_s);
    static const QRegularExpression code(u"`+([^`]+)`+"_s);
    static const QRegularExpression strong(u"(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1"_s);
    static const QRegularExpression emphasis(
        u"(?<![\\w*])([*_])(?=\\S)(.+?)(?<=\\S)\\1(?![\\w*])"_s);
    static const QRegularExpression strike(u"~~(?=\\S)(.+?)(?<=\\S)~~"_s);
    static const QRegularExpression inlineTag(u"</?[A-Za-z][^>]*>"_s);
    static const QRegularExpression escape(u"\\\\([\\\\`*_{}\\[\\]()#+\\-.!|~<>])"_s);

    if (!line.contains(QRegularExpression(u"[\\\\`*_\\[\\]<>~&]"_s)))
        return line; // nothing to take off: the common case, and fast
    QString out = line;
    out.replace(image, u"\\1"_s);
    out.replace(link, u"\\1"_s);
    out.replace(autolink, u"\\1"_s);
    out.replace(code, u"\\1"_s);
    out.replace(strong, u"\\2"_s);
    out.replace(emphasis, u"\\2"_s);
    out.replace(strike, u"\\1"_s);
    out.replace(inlineTag, QString());
    out.replace(escape, u"\\1"_s);
    return HtmlFallbackText::decodeEntities(out).simplified();
}
