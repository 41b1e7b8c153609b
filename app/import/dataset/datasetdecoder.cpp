#include "import/dataset/datasetdecoder.h"

using namespace Qt::StringLiterals;

namespace {

struct Utf8Counts {
    qsizetype multibyte = 0; // well-formed sequences of two or more bytes
    qsizetype invalid = 0;   // bytes that start no well-formed sequence
};

// A rough count (overlongs and surrogates are not told apart): enough to tell UTF-8 with a
// few bad bytes from Latin-1 text, where nearly every non-ASCII byte is "invalid".
Utf8Counts countUtf8(QByteArrayView bytes) {
    Utf8Counts counts;
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const auto lead = static_cast<uchar>(bytes[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        const int length = lead >= 0xC2 && lead <= 0xDF   ? 2
                           : lead >= 0xE0 && lead <= 0xEF ? 3
                           : lead >= 0xF0 && lead <= 0xF4 ? 4
                                                          : 0;
        bool ok = length > 0 && i + length <= n;
        for (int k = 1; ok && k < length; ++k)
            ok = (static_cast<uchar>(bytes[i + k]) & 0xC0) == 0x80;
        if (ok) {
            ++counts.multibyte;
            i += length;
        } else {
            ++counts.invalid;
            ++i;
        }
    }
    return counts;
}

} // namespace

Result<DecodedText> DatasetDecoder::decode(const QByteArray& bytes, const QString& name) {
    const Utf8Counts counts = countUtf8(bytes);
    // A NUL means binary, whatever else: leave that verdict to TextFileReader.
    if (counts.invalid > 0 && counts.multibyte >= counts.invalid && !bytes.contains('\0')) {
        QString text = QString::fromUtf8(bytes);
        if (text.startsWith(QChar::ByteOrderMark))
            text.remove(0, 1);
        return DecodedText{std::move(text),
                           u"UTF-8 (%1 invalid bytes replaced)"_s.arg(counts.invalid)};
    }
    return TextFileReader::decode(bytes, name);
}
