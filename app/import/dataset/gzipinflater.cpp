#include "import/dataset/gzipinflater.h"

#include <zlib.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

enum class Outcome { Done, Truncated, Corrupt, OverLimit };

struct Inflated {
    QByteArray bytes;
    Outcome outcome = Outcome::Done;
    QString zlibMessage;
};

// Inflates member after member (concatenated gzip files are one file, as gzip -d reads them)
// until the input ends or `limit` output bytes are made. `stopAtLimit` cuts quietly there.
Inflated run(const QByteArray& input, qint64 limit, bool stopAtLimit) {
    Inflated result;
    z_stream stream{};
    // 16 + MAX_WBITS: expect a gzip header and trailer, not a raw zlib stream.
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) {
        result.outcome = Outcome::Corrupt;
        return result;
    }
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input.constData()));
    stream.avail_in = static_cast<uInt>(input.size());

    constexpr qsizetype chunk = 256 * 1024;
    for (;;) {
        const qsizetype used = result.bytes.size();
        if (used >= limit) {
            result.outcome = stopAtLimit ? Outcome::Done : Outcome::OverLimit;
            break;
        }
        const qsizetype room = std::min<qsizetype>(chunk, limit - used);
        result.bytes.resize(used + room);
        stream.next_out = reinterpret_cast<Bytef*>(result.bytes.data() + used);
        stream.avail_out = static_cast<uInt>(room);
        const int rc = inflate(&stream, Z_NO_FLUSH);
        result.bytes.resize(used + room - static_cast<qsizetype>(stream.avail_out));
        if (rc == Z_STREAM_END) {
            if (stream.avail_in == 0)
                break;
            inflateReset(&stream); // another member follows
            continue;
        }
        if (rc == Z_BUF_ERROR && stream.avail_in == 0) {
            result.outcome = Outcome::Truncated;
            break;
        }
        if (rc != Z_OK) {
            result.outcome = Outcome::Corrupt;
            if (stream.msg)
                result.zlibMessage = QString::fromLatin1(stream.msg);
            break;
        }
        if (stream.avail_in == 0 && stream.avail_out != 0) {
            result.outcome = Outcome::Truncated; // input used up in mid-stream
            break;
        }
    }
    inflateEnd(&stream);
    return result;
}

} // namespace

bool GzipInflater::isGzip(const QByteArray& bytes) {
    return bytes.size() >= 2 && static_cast<uchar>(bytes[0]) == 0x1F &&
           static_cast<uchar>(bytes[1]) == 0x8B;
}

Result<QByteArray> GzipInflater::inflate(const QByteArray& bytes, const QString& name,
                                         qint64 limit) {
    // zlib counts in uInt; larger compressed input than that is no dataset we can hold anyway.
    if (bytes.size() > qsizetype(0x7FFFFFFF))
        return Error{name + u": compressed file is too big to read"_s};
    Inflated inflated = run(bytes, limit, false);
    switch (inflated.outcome) {
    case Outcome::Done:
        return std::move(inflated.bytes);
    case Outcome::Truncated:
        return Error{name + u": the gzip data is cut off (the file was not completely "
                            "downloaded or copied?)"_s};
    case Outcome::OverLimit:
        return Error{name + u": unpacks to more than %1 MB, over the limit for a dataset; "
                            "unpack and split it first"_s.arg(limit / (1024 * 1024))};
    case Outcome::Corrupt:
        break;
    }
    const QString detail =
        inflated.zlibMessage.isEmpty() ? QString() : u" ("_s + inflated.zlibMessage + u")"_s;
    return Error{name + u": is not valid gzip data"_s + detail};
}

QByteArray GzipInflater::inflatePrefix(const QByteArray& bytes, qint64 most) {
    return run(bytes, most, true).bytes;
}
