#include "import/html/htmlcharset.h"

#include <QStringDecoder>

#include <cerrno>
#include <iconv.h>
#include <memory>
#include <optional>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// The HTML spec's "get an attribute" step of the prescan, simplified: name, optional '=',
// a quoted or bare value. Advances `i`; an empty name means the tag ended.
struct Attribute {
    QByteArray name;
    QByteArray value;
};
Attribute nextAttribute(QByteArrayView bytes, qsizetype& i) {
    const qsizetype size = bytes.size();
    while (i < size && (isSpace(bytes[i]) || bytes[i] == '/'))
        ++i;
    Attribute attribute;
    if (i >= size || bytes[i] == '>')
        return attribute;
    while (i < size && bytes[i] != '=' && bytes[i] != '>' && !isSpace(bytes[i]) && bytes[i] != '/')
        attribute.name += static_cast<char>(std::tolower(static_cast<uchar>(bytes[i++])));
    while (i < size && isSpace(bytes[i]))
        ++i;
    if (i >= size || bytes[i] != '=')
        return attribute;
    ++i;
    while (i < size && isSpace(bytes[i]))
        ++i;
    if (i < size && (bytes[i] == '"' || bytes[i] == '\'')) {
        const char quote = bytes[i++];
        while (i < size && bytes[i] != quote)
            attribute.value += bytes[i++];
        ++i;
    } else {
        while (i < size && !isSpace(bytes[i]) && bytes[i] != '>')
            attribute.value += bytes[i++];
    }
    attribute.value = attribute.value.trimmed().toLower();
    return attribute;
}

// "text/html; charset=ISO-8859-1" → "iso-8859-1".
QByteArray charsetFromContentType(QByteArray value) {
    value = value.toLower();
    const qsizetype at = value.indexOf("charset");
    if (at < 0)
        return {};
    qsizetype i = at + 7;
    while (i < value.size() && isSpace(value[i]))
        ++i;
    if (i >= value.size() || value[i] != '=')
        return {};
    QByteArray charset = value.mid(i + 1).trimmed();
    if (charset.startsWith('"') || charset.startsWith('\''))
        charset = charset.mid(1);
    qsizetype end = 0;
    while (end < charset.size() && !isSpace(charset[end]) && charset[end] != ';' &&
           charset[end] != '"' && charset[end] != '\'')
        ++end;
    return charset.left(end);
}

// The spec's label rules that matter in practice: Latin-1 and ASCII labels mean Windows-1252,
// and a UTF-16 label in a page that could be prescanned as ASCII is really UTF-8.
QByteArray normalizedCharset(QByteArray charset) {
    charset = charset.trimmed().toLower();
    if (charset == "iso-8859-1" || charset == "latin1" || charset == "us-ascii" ||
        charset == "ascii" || charset == "iso8859-1" || charset == "l1" || charset == "cp1252")
        return "windows-1252";
    if (charset.startsWith("utf-16") || charset == "utf8" || charset == "x-user-defined")
        return "utf-8";
    return charset;
}

struct IconvClose {
    void operator()(iconv_t cd) const { iconv_close(cd); }
};

// Strict: any byte the charset does not define fails the whole decode, so a lying declaration
// is noticed instead of filling the page with replacement characters.
std::optional<QString> strictDecode(QByteArrayView bytes, const QByteArray& charset) {
    if (charset == "utf-8") {
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        QString text = decoder.decode(bytes);
        if (decoder.hasError())
            return std::nullopt;
        return text;
    }
    const iconv_t raw = iconv_open("UTF-8", charset.constData());
    if (raw == reinterpret_cast<iconv_t>(-1))
        return std::nullopt;
    const std::unique_ptr<std::remove_pointer_t<iconv_t>, IconvClose> cd(raw);
    QByteArray out(bytes.size() * 3 + 16, Qt::Uninitialized);
    char* in = const_cast<char*>(bytes.data()); // iconv's signature; it does not write to it
    size_t inLeft = static_cast<size_t>(bytes.size());
    char* outPtr = out.data();
    size_t outLeft = static_cast<size_t>(out.size());
    // Three output bytes per input byte always suffice for the 8-bit and CJK charsets.
    if (iconv(cd.get(), &in, &inLeft, &outPtr, &outLeft) == static_cast<size_t>(-1) ||
        iconv(cd.get(), nullptr, nullptr, &outPtr, &outLeft) == static_cast<size_t>(-1))
        return std::nullopt;
    return QString::fromUtf8(out.constData(), outPtr - out.constData());
}

} // namespace

QByteArray HtmlCharset::prescan(QByteArrayView bytes) {
    bytes = bytes.first(std::min<qsizetype>(bytes.size(), 1024));
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (bytes[i] != '<')
            continue;
        const QByteArrayView rest = bytes.sliced(i);
        if (rest.startsWith("<!--")) {
            const qsizetype end = QByteArrayView(bytes).indexOf("-->", i + 4);
            if (end < 0)
                return {};
            i = end + 2;
            continue;
        }
        if (rest.size() > 5 && rest.first(5).toByteArray().toLower() == "<meta" &&
            (isSpace(rest[5]) || rest[5] == '/')) {
            qsizetype at = i + 5;
            QByteArray charset;
            bool httpEquivContentType = false;
            QByteArray content;
            for (Attribute a = nextAttribute(bytes, at); !a.name.isEmpty();
                 a = nextAttribute(bytes, at)) {
                if (a.name == "charset" && charset.isEmpty())
                    charset = a.value;
                else if (a.name == "http-equiv" && a.value == "content-type")
                    httpEquivContentType = true;
                else if (a.name == "content")
                    content = a.value;
            }
            if (charset.isEmpty() && httpEquivContentType)
                charset = charsetFromContentType(content);
            if (!charset.isEmpty())
                return charset;
            i = at;
            continue;
        }
        // Any other tag: skip to its end so attribute values are not read as markup.
        const qsizetype end = QByteArrayView(bytes).indexOf('>', i + 1);
        if (end < 0)
            return {};
        i = end;
    }
    return {};
}

Result<DecodedText> HtmlCharset::decode(const QByteArray& bytes, const QString& name,
                                        const QByteArray& transportCharset) {
    const auto hasBom = [&bytes] {
        return bytes.startsWith("\xEF\xBB\xBF") || bytes.startsWith("\xFF\xFE") ||
               bytes.startsWith("\xFE\xFF");
    };
    if (hasBom())
        return TextFileReader::decode(bytes, name);
    if (bytes.contains('\0'))
        return Error{name + u": looks like a binary file, not a web page"_s};

    struct Declared {
        QByteArray charset;
        QString source;
    };
    const Declared declared = !transportCharset.isEmpty()
                                  ? Declared{normalizedCharset(transportCharset), u"MIME charset"_s}
                                  : Declared{normalizedCharset(prescan(bytes)), u"meta charset"_s};
    if (!declared.charset.isEmpty()) {
        if (std::optional<QString> text = strictDecode(bytes, declared.charset))
            return DecodedText{std::move(*text), QString::fromLatin1(declared.charset.toUpper()) +
                                                     u" ("_s + declared.source + u")"_s};
    }
    Result<DecodedText> detected = TextFileReader::decode(bytes, name);
    if (!detected)
        return detected;
    detected->encoding += declared.charset.isEmpty()
                              ? u" (detected)"_s
                              : u" (detected; the "_s + declared.source + u" said "_s +
                                    QString::fromLatin1(declared.charset) +
                                    u" but the bytes are not)"_s;
    return detected;
}
