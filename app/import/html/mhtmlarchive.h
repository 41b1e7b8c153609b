#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

// A single-file web archive (.mhtml/.mht, "Save page as… single file"): a MIME message whose
// first text/html part is the page, the other parts its images and styles (ignored: nothing
// is fetched or shown but text).
class MhtmlArchive final {
public:
    struct Page {
        QByteArray html;    // transfer encoding undone, still in its charset
        QByteArray charset; // the part's Content-Type charset, lower case; empty if none
        QString url;        // Snapshot-Content-Location, else the part's Content-Location
    };

    static bool looksLikeMhtml(QByteArrayView head);
    static Result<Page> htmlPage(const QByteArray& bytes, const QString& name);
};
