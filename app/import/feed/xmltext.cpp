#include "import/feed/xmltext.h"

#include "import/html/htmlcharacterreference.h"
#include "import/textfilereader.h"

#include <QList>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace {

// XML's own entities and character references need no help; an internal DTD subset may
// declare its own, so a file with a DOCTYPE is left alone. CDATA sections and comments are
// copied as they are: an '&' there is text, not a reference.
QString replaceHtmlEntities(const QString& text) {
    if (!text.contains(u'&') || text.contains(u"<!DOCTYPE"_s, Qt::CaseInsensitive))
        return text;
    QString out;
    out.reserve(text.size());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size;) {
        const QStringView rest = QStringView(text).sliced(i);
        const QChar c = text[i];
        if (c == u'<' && (rest.startsWith(u"<![CDATA[") || rest.startsWith(u"<!--"))) {
            const bool cdata = rest.startsWith(u"<![CDATA[");
            const qsizetype end = rest.indexOf(cdata ? u"]]>" : u"-->");
            const qsizetype length = end < 0 ? rest.size() : end + 3;
            out += rest.first(length);
            i += length;
            continue;
        }
        if (c == u'&') {
            qsizetype j = i + 1;
            while (j < size && j - i <= 32 && text[j].isLetterOrNumber() && text[j].unicode() < 128)
                ++j;
            if (j < size && text[j] == u';' && j > i + 1 && text[i + 1].isLetter()) {
                const QStringView name = QStringView(text).sliced(i + 1, j - i - 1);
                const bool xmlOwn = name == u"amp" || name == u"lt" || name == u"gt" ||
                                    name == u"quot" || name == u"apos";
                // An unknown name stays: the parser reports it with its line and column.
                if (const QString meant = xmlOwn ? QString() : HtmlCharacterReference::decode(name);
                    !meant.isEmpty()) {
                    for (const char32_t code : meant.toUcs4())
                        out += u"&#"_s + QString::number(code) + u';';
                    i = j + 1;
                    continue;
                }
            }
        }
        out += c;
        ++i;
    }
    return out;
}

bool isUtf8Name(QByteArrayView name) {
    return name.compare("UTF-8", Qt::CaseInsensitive) == 0 ||
           name.compare("UTF8", Qt::CaseInsensitive) == 0;
}

} // namespace

QString XmlText::rootElement(QStringView text) {
    qsizetype i = 0;
    const qsizetype size = std::min<qsizetype>(text.size(), 64 * 1024);
    while (i < size) {
        while (i < size && (text[i].isSpace() || text[i] == QChar(0xFEFF)))
            ++i;
        if (i >= size || text[i] != u'<')
            return {};
        const QStringView rest = text.sliced(i, size - i);
        qsizetype end = -1;
        if (rest.startsWith(u"<?")) {
            end = rest.indexOf(u"?>");
            end = end < 0 ? end : end + 2;
        } else if (rest.startsWith(u"<!--")) {
            end = rest.indexOf(u"-->");
            end = end < 0 ? end : end + 3;
        } else if (rest.startsWith(u"<!DOCTYPE", Qt::CaseInsensitive)) {
            qsizetype j = 9;
            while (j < rest.size() && rest[j].isSpace())
                ++j;
            const qsizetype start = j;
            while (j < rest.size() && !rest[j].isSpace() && rest[j] != u'>' && rest[j] != u'[')
                ++j;
            return rest.sliced(start, j - start).toString();
        } else {
            qsizetype j = 1;
            while (j < rest.size() && !rest[j].isSpace() && rest[j] != u'>' && rest[j] != u'/')
                ++j;
            return rest.sliced(1, j - 1).toString();
        }
        if (end < 0)
            return {};
        i += end;
    }
    return {};
}

QString XmlText::rootElement(const QByteArray& head) {
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(head.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE
                                                           : QStringConverter::Utf16BE);
        return rootElement(QStringView(QString(decoder.decode(head))));
    }
    // Invalid bytes only become U+FFFD; the markup that matters here is ASCII.
    return rootElement(QStringView(QString::fromUtf8(head)));
}

QByteArray XmlText::declaredEncoding(QByteArrayView head) {
    head = head.first(std::min<qsizetype>(head.size(), 512));
    if (!head.startsWith("<?xml"))
        return {};
    const qsizetype end = head.indexOf("?>");
    const QByteArrayView decl = end < 0 ? head : head.first(end);
    const qsizetype at = decl.indexOf("encoding");
    if (at < 0)
        return {};
    qsizetype i = at + 8;
    while (i < decl.size() && (decl[i] == ' ' || decl[i] == '='))
        ++i;
    if (i >= decl.size() || (decl[i] != '"' && decl[i] != '\''))
        return {};
    const char quote = decl[i];
    const qsizetype close = decl.indexOf(quote, i + 1);
    if (close < 0)
        return {};
    return decl.sliced(i + 1, close - i - 1).toByteArray().trimmed();
}

Result<XmlText> XmlText::decode(const QByteArray& bytes, const QString& path) {
    if (bytes.trimmed().isEmpty())
        return Error{path + u": file is empty"_s};

    const QByteArray declared = declaredEncoding(bytes);
    const bool hasBom = bytes.startsWith("\xEF\xBB\xBF") || bytes.startsWith("\xFF\xFE") ||
                        bytes.startsWith("\xFE\xFF");
    // A declared 8-bit or multi-byte charset that Qt (through ICU) knows, and that the bytes
    // really are in. UTF-8 and BOM'd files go the strict way below, which also spots binaries.
    if (!hasBom && !declared.isEmpty() && !isUtf8Name(declared)) {
        QStringDecoder decoder(declared.constData(), QStringConverter::Flag::Stateless);
        if (decoder.isValid()) {
            QString text = decoder.decode(bytes);
            if (!decoder.hasError() && !text.contains(QChar(0)))
                return XmlText{replaceHtmlEntities(text),
                               QString::fromLatin1(declared.toUpper()) + u" (declared)"_s};
        }
    }

    auto decoded = TextFileReader::decode(bytes, path);
    if (!decoded)
        return decoded.error();
    QString encoding = decoded->encoding;
    if (!declared.isEmpty() && !encoding.startsWith(QString::fromLatin1(declared.toUpper())))
        encoding += u" (declared "_s + QString::fromLatin1(declared) + u')';
    return XmlText{replaceHtmlEntities(decoded->text), encoding};
}
