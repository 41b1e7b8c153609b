#include "import/textfilereader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <uchardet/uchardet.h>

#include <algorithm>
#include <cerrno>
#include <iconv.h>
#include <memory>
#include <optional>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace {

struct Bom {
    QByteArrayView bytes;
    QStringConverter::Encoding encoding;
    int unitSize; // bytes per code unit
    QString name;
};

const Bom* findBom(QByteArrayView bytes) {
    // Sizes spelled out: the UTF-32 marks contain NUL bytes. UTF-32LE comes first because its
    // mark starts with the UTF-16LE one.
    static const Bom boms[] = {
        {QByteArrayView("\xFF\xFE\x00\x00", 4), QStringConverter::Utf32LE, 4, u"UTF-32LE"_s},
        {QByteArrayView("\x00\x00\xFE\xFF", 4), QStringConverter::Utf32BE, 4, u"UTF-32BE"_s},
        {QByteArrayView("\xEF\xBB\xBF", 3), QStringConverter::Utf8, 1, u"UTF-8"_s},
        {QByteArrayView("\xFF\xFE", 2), QStringConverter::Utf16LE, 2, u"UTF-16LE"_s},
        {QByteArrayView("\xFE\xFF", 2), QStringConverter::Utf16BE, 2, u"UTF-16BE"_s},
    };
    for (const Bom& bom : boms) {
        if (bytes.startsWith(bom.bytes))
            return &bom;
    }
    return nullptr;
}

// A NUL never appears in 8-bit text; other C0 controls do now and then (a stray form feed, ESC in
// a log, SUB as a DOS end-of-file mark), so only a noticeable share of them means "binary".
bool looksBinary(QByteArrayView bytes) {
    qsizetype controls = 0;
    for (const char c : bytes) {
        const auto b = static_cast<uchar>(c);
        if (b == 0)
            return true;
        if (b < 0x20 && (b < 0x09 || b > 0x0D) && b != 0x1A && b != 0x1B)
            ++controls;
    }
    return controls * 100 > bytes.size();
}

// Offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629: no
// overlongs, no surrogates, nothing above U+10FFFF, no truncated tail), or -1 if all are valid.
// Our own check rather than QStringDecoder, because the error message needs the offset.
qsizetype firstInvalidUtf8(QByteArrayView bytes) {
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const auto lead = static_cast<uchar>(bytes[i]);
        int length = 1;
        uchar low = 0x80; // allowed range of the second byte
        uchar high = 0xBF;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;  // overlong
            high = lead == 0xED ? 0x9F : 0xBF; // surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;  // overlong
            high = lead == 0xF4 ? 0x8F : 0xBF; // above U+10FFFF
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        const auto second = static_cast<uchar>(bytes[i + 1]);
        if (second < low || second > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if ((static_cast<uchar>(bytes[i + k]) & 0xC0) != 0x80)
                return i;
        }
        i += length;
    }
    return -1;
}

using Uchardet = std::unique_ptr<std::remove_pointer_t<uchardet_t>, decltype(&uchardet_delete)>;

// Upper-case charset name as uchardet spells it ("WINDOWS-1252"), or empty if it has no idea.
QByteArray detectCharset(QByteArrayView bytes) {
    const Uchardet detector(uchardet_new(), &uchardet_delete);
    if (!detector ||
        uchardet_handle_data(detector.get(), bytes.data(), static_cast<size_t>(bytes.size())) != 0)
        return {};
    uchardet_data_end(detector.get());
    return QByteArray(uchardet_get_charset(detector.get())).toUpper();
}

struct IconvClose {
    void operator()(iconv_t cd) const { iconv_close(cd); }
};
using Iconv = std::unique_ptr<std::remove_pointer_t<iconv_t>, IconvClose>;

// Strict decode with glibc iconv: any invalid or truncated sequence fails the whole decode (no
// //IGNORE, no replacement characters). Empty if iconv does not know the charset.
std::optional<QString> iconvDecode(QByteArrayView bytes, const char* charset) {
    const iconv_t raw = iconv_open("UTF-8", charset);
    if (raw == reinterpret_cast<iconv_t>(-1))
        return std::nullopt;
    const Iconv cd(raw);

    QByteArray out(bytes.size() * 2 + 64, Qt::Uninitialized);
    size_t used = 0;
    // One pass over the input, then one with null input to flush stateful encodings
    // (ISO-2022-JP). E2BIG only means the output buffer is full: grow it and go on.
    const auto convert = [&](char** in, size_t* inLeft) {
        for (;;) {
            char* outPtr = out.data() + used;
            size_t outLeft = static_cast<size_t>(out.size()) - used;
            const size_t rc = iconv(cd.get(), in, inLeft, &outPtr, &outLeft);
            used = static_cast<size_t>(out.size()) - outLeft;
            if (rc != static_cast<size_t>(-1))
                return true;
            if (errno != E2BIG)
                return false; // EILSEQ: invalid sequence; EINVAL: truncated at the end
            out.resize(out.size() * 2);
        }
    };
    char* in = const_cast<char*>(bytes.data()); // iconv's signature; it does not write to it
    size_t inLeft = static_cast<size_t>(bytes.size());
    if (!convert(&in, &inLeft) || !convert(nullptr, nullptr))
        return std::nullopt;
    const QString text = QString::fromUtf8(out.constData(), static_cast<qsizetype>(used));

    // Real text never contains C1 controls (U+0080..U+009F). They come out exactly when
    // Windows-125x bytes (0x80 for €, 0x84 for „) are read as ISO-8859-x, so such a decode is
    // wrong and Windows-1252 should get its turn.
    const bool hasC1 = std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() >= 0x80 && c.unicode() <= 0x9F;
    });
    if (hasC1)
        return std::nullopt;
    return text;
}

// "25.3 MB", or "2.0 KB" below a megabyte, so a small (test) limit still reads sensibly.
QString formatSize(qint64 bytes, bool dropZeroDecimal = false) {
    const bool megabytes = bytes >= 1024 * 1024;
    const double value = static_cast<double>(bytes) / (megabytes ? 1024.0 * 1024.0 : 1024.0);
    QString number = QString::number(value, 'f', 1);
    if (dropZeroDecimal && number.endsWith(u".0"_s))
        number.chop(2);
    return number + (megabytes ? u" MB"_s : u" KB"_s);
}

} // namespace

Result<QByteArray> TextFileReader::readBytes(const QString& path) const {
    const QFileInfo info(path);
    if (!info.exists())
        return Error{path + u": no such file"_s};
    if (info.isDir())
        return Error{path + u": is a folder, not a file"_s};
    // A FIFO or device could block or never end; only regular files are articles.
    if (!info.isFile())
        return Error{path + u": is not a regular file"_s};
    // Before reading: a huge file is refused without loading it.
    if (info.size() > m_sizeLimit)
        return Error{path + u": file is "_s + formatSize(info.size()) + u", over the "_s +
                     formatSize(m_sizeLimit, true) + u" limit; skipped"_s};

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{path + u": cannot be read ("_s + file.errorString() + u")"_s};
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{path + u": cannot be read ("_s + file.errorString() + u")"_s};
    if (bytes.isEmpty())
        return Error{path + u": file is empty"_s};
    return bytes;
}

Result<DecodedText> TextFileReader::read(const QString& path) const {
    auto bytes = readBytes(path);
    if (!bytes)
        return bytes.error();
    Result<DecodedText> decoded = decode(*bytes, path);
    if (decoded.ok() && decoded->text.trimmed().isEmpty())
        return Error{path + u": file is empty"_s};
    return decoded;
}

Result<DecodedText> TextFileReader::decode(const QByteArray& bytes, const QString& name) {
    const Bom* bom = findBom(bytes);
    const QByteArrayView body = bom ? QByteArrayView(bytes).sliced(bom->bytes.size()) : bytes;

    // UTF-16/32 text is full of NUL bytes, so only 8-bit content goes through the binary check.
    if (!bom || bom->encoding == QStringConverter::Utf8) {
        if (looksBinary(body))
            return Error{name + u": looks like a binary file, not text"_s};
    }

    if (bom) {
        // The BOM is already cut off, so anything after it is content. Qt 6.4 flags bad UTF-8,
        // but quietly lets through a cut-off last UTF-16/32 unit (as U+FFFD), lone surrogates and
        // UTF-32 values beyond U+10FFFF (as unpaired surrogates): those we check ourselves.
        QStringDecoder decoder(bom->encoding, QStringConverter::Flag::Stateless |
                                                  QStringConverter::Flag::ConvertInitialBom);
        QString text = decoder.decode(body);
        if (decoder.hasError() || body.size() % bom->unitSize != 0 || !text.isValidUtf16())
            return Error{name + u": starts with a "_s + bom->name +
                         u" byte order mark but is not valid "_s + bom->name};
        return DecodedText{std::move(text), bom->name + u" (BOM)"_s};
    }

    const qsizetype invalidAt = firstInvalidUtf8(bytes);
    if (invalidAt < 0)
        return DecodedText{QString::fromUtf8(bytes), u"UTF-8"_s};

    // Not UTF-8: try uchardet's guess, if the bytes really are valid in it, then Windows-1252, the
    // usual encoding of older Western European text files. uchardet may still answer UTF-8 for
    // mostly-UTF-8 bytes with a bad spot, which was just ruled out.
    QByteArray detected = detectCharset(bytes);
    if (detected == "UTF-8" || detected == "WINDOWS-1252")
        detected.clear(); // nothing to try beyond what is tried anyway
    for (const QByteArray& charset : {detected, "WINDOWS-1252"_ba}) {
        if (charset.isEmpty())
            continue;
        if (std::optional<QString> text = iconvDecode(bytes, charset.constData()))
            return DecodedText{std::move(*text), QString::fromLatin1(charset)};
    }

    const QString alsoTried =
        detected.isEmpty() ? QString() : QString::fromLatin1(detected) + u" or "_s;
    return Error{name + u": bytes at offset "_s + QString::number(invalidAt) +
                 u" are not valid UTF-8, and not valid "_s + alsoTried + u"Windows-1252 either"_s};
}
