#include "import/html/mhtmlarchive.h"

#include <QList>
#include <QPair>

using namespace Qt::StringLiterals;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>; // lower-case name, value

// RFC 5322 headers up to the first empty line; folded lines are joined. `pos` ends after it.
Headers readHeaders(const QByteArray& bytes, qsizetype& pos) {
    Headers headers;
    while (pos < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', pos);
        if (end < 0)
            end = bytes.size();
        QByteArray line = bytes.mid(pos, end - pos);
        pos = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break;
        if ((line.startsWith(' ') || line.startsWith('\t')) && !headers.isEmpty()) {
            headers.last().second += ' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    return headers;
}

QByteArray header(const Headers& headers, const QByteArray& name) {
    for (const auto& [key, value] : headers) {
        if (key == name)
            return value;
    }
    return {};
}

// A parameter of a structured header: boundary="----abc", charset=utf-8.
QByteArray parameter(const QByteArray& value, const QByteArray& name) {
    for (const QByteArray& part : value.split(';')) {
        const qsizetype eq = part.indexOf('=');
        if (eq < 0 || part.left(eq).trimmed().toLower() != name)
            continue;
        QByteArray result = part.mid(eq + 1).trimmed();
        if (result.size() >= 2 && result.startsWith('"') && result.endsWith('"'))
            result = result.mid(1, result.size() - 2);
        return result;
    }
    return {};
}

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// Quoted-printable (RFC 2045): "=XX" is a byte, "=" at a line's end joins it to the next.
// A broken escape is kept as written rather than failing the page.
QByteArray decodeQuotedPrintable(const QByteArray& body) {
    QByteArray out;
    out.reserve(body.size());
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char c = body[i];
        if (c != '=') {
            out += c;
            continue;
        }
        if (i + 1 < body.size() && body[i + 1] == '\n') {
            i += 1;
        } else if (i + 2 < body.size() && body[i + 1] == '\r' && body[i + 2] == '\n') {
            i += 2;
        } else if (i + 2 < body.size() && hexValue(body[i + 1]) >= 0 &&
                   hexValue(body[i + 2]) >= 0) {
            out += static_cast<char>(hexValue(body[i + 1]) * 16 + hexValue(body[i + 2]));
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

bool MhtmlArchive::looksLikeMhtml(QByteArrayView head) {
    const QByteArray lower =
        head.first(std::min<qsizetype>(head.size(), 4096)).toByteArray().toLower();
    return lower.contains("multipart/related") ||
           (lower.contains("mime-version:") && lower.contains("content-type:") &&
            !lower.trimmed().startsWith('<'));
}

Result<MhtmlArchive::Page> MhtmlArchive::htmlPage(const QByteArray& bytes, const QString& name) {
    qsizetype pos = 0;
    const Headers top = readHeaders(bytes, pos);
    const QByteArray contentType = header(top, "content-type");
    if (contentType.isEmpty())
        return Error{name + u": is not a web archive (MHTML): it has no Content-Type header"_s};
    const QString snapshotUrl = QString::fromUtf8(header(top, "snapshot-content-location"));

    struct Part {
        Headers headers;
        QByteArray body;
    };
    QList<Part> parts;
    if (contentType.toLower().startsWith("multipart/")) {
        const QByteArray boundary = parameter(contentType, "boundary");
        if (boundary.isEmpty())
            return Error{name + u": web archive (MHTML) has no part boundary"_s};
        const QByteArray delimiter = "--" + boundary;
        qsizetype at = bytes.indexOf(delimiter, pos);
        while (at >= 0) {
            qsizetype start = at + delimiter.size();
            if (bytes.mid(start, 2) == "--")
                break; // the closing delimiter
            const qsizetype lineEnd = bytes.indexOf('\n', start);
            if (lineEnd < 0)
                break;
            start = lineEnd + 1;
            const qsizetype next = bytes.indexOf(delimiter, start);
            qsizetype partPos = start;
            Part part;
            part.headers = readHeaders(bytes, partPos);
            const qsizetype bodyEnd = next < 0 ? bytes.size() : next;
            part.body = bytes.mid(partPos, std::max<qsizetype>(0, bodyEnd - partPos));
            if (part.body.endsWith("\r\n"))
                part.body.chop(2);
            else if (part.body.endsWith('\n'))
                part.body.chop(1);
            parts.append(std::move(part));
            at = next;
        }
    } else {
        parts.append({top, bytes.mid(pos)});
    }

    for (const Part& part : parts) {
        const QByteArray type = header(part.headers, "content-type").toLower();
        if (!type.startsWith("text/html") && !type.startsWith("application/xhtml+xml"))
            continue;
        const QByteArray transfer = header(part.headers, "content-transfer-encoding").toLower();
        Page page;
        if (transfer == "quoted-printable")
            page.html = decodeQuotedPrintable(part.body);
        else if (transfer == "base64")
            page.html = QByteArray::fromBase64(part.body);
        else
            page.html = part.body;
        page.charset = parameter(header(part.headers, "content-type"), "charset").toLower();
        page.url = !snapshotUrl.isEmpty()
                       ? snapshotUrl
                       : QString::fromUtf8(header(part.headers, "content-location"));
        return page;
    }
    return Error{name + u": web archive (MHTML) holds no HTML page (no text/html part among "_s +
                 QString::number(parts.size()) + u" parts)"_s};
}
