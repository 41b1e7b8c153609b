#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

struct DecodedText {
    QString text;     // decoded, BOM stripped, line ends left as they were
    QString encoding; // e.g. "UTF-8", "UTF-8 (BOM)", "UTF-16LE (BOM)", "WINDOWS-1252"
};

// Reads one text file and decodes it: BOMs first, then strict UTF-8, then what uchardet
// detects, then Windows-1252. Every failure is an Error naming the file and the reason.
class TextFileReader final {
public:
    static constexpr qint64 defaultSizeLimit = 20 * 1024 * 1024;

    explicit TextFileReader(qint64 sizeLimit = defaultSizeLimit)
        : m_sizeLimit(sizeLimit) {}

    Result<DecodedText> read(const QString& path) const;
    // The file's bytes, with the same checks (exists, a regular file, not empty, within the
    // limit), for readers that decode by themselves (a web page's meta charset).
    Result<QByteArray> readBytes(const QString& path) const;

    // The decoding step on bytes already in memory; `name` is used in error messages.
    static Result<DecodedText> decode(const QByteArray& bytes, const QString& name);

private:
    qint64 m_sizeLimit;
};
