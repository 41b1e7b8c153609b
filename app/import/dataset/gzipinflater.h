#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

// gzip (RFC 1952) decompression for datasets shipped as .csv.gz or .jsonl.gz. Streamed through
// zlib with a cap on the output, so a small "zip bomb" (a few KB that inflate to gigabytes) is
// refused after the cap instead of filling the memory.
class GzipInflater final {
public:
    // Far above any real news dataset we know (10kGNAD is 27 MB), far below what hurts a desktop.
    static constexpr qint64 defaultInflatedLimit = 512LL * 1024 * 1024;

    static bool isGzip(const QByteArray& bytes);

    // The whole content; an Error naming `name` when the data is corrupt, cut off or inflates
    // beyond `limit` bytes.
    static Result<QByteArray> inflate(const QByteArray& bytes, const QString& name,
                                      qint64 limit = defaultInflatedLimit);

    // Up to `most` bytes from the start, however the rest looks: what sniffing needs.
    static QByteArray inflatePrefix(const QByteArray& bytes, qint64 most);
};
