#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// A passage of an article's text around the words a search found, for the article list: the
// passage as it reads ("…" where it was cut) and where each found word is in it.
struct SearchSnippet {
    struct Hit {
        int start = 0; // UTF-16 offsets into `text`, end exclusive
        int end = 0;
        friend bool operator==(const Hit&, const Hit&) = default;
    };

    // The characters the database puts around each hit (SqlDialect::articleSnippet()): control
    // characters that news text does not hold (the importer refuses files with them as binary),
    // unlike brackets or asterisks. Were one there anyway, a word would be bold that was not found.
    static constexpr char16_t hitOpen = 0x02;
    static constexpr char16_t hitClose = 0x03;

    // The snippet in `marked` (hits between hitOpen and hitClose), the marks taken out. Empty
    // when nothing in it is marked: a passage without a hit explains nothing.
    static SearchSnippet fromMarked(const QString& marked);

    QString text;
    QList<Hit> hits;

    bool isEmpty() const { return text.isEmpty(); }
    friend bool operator==(const SearchSnippet&, const SearchSnippet&) = default;
};

Q_DECLARE_METATYPE(SearchSnippet)
