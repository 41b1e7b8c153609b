#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// One real company across the whole corpus, with the other names articles use for it.
struct Company {
    qint64 id = 0;
    QString name;
    QString color; // "#rrggbb", the highlight colour of its mentions
    QStringList aliases;

    friend bool operator==(const Company&, const Company&) = default;
};

// A company with how often the corpus names it, for the Companies view.
struct CompanyStats {
    Company company;
    int mentionCount = 0;
    int articleCount = 0;
    int partnershipCount = 0;
};

// Where an annotation sits in an article's clean text, and what it needs to be found again when
// that text changes: the exact quote, ~32 characters of context on each side (the W3C
// TextQuoteSelector idea) and a hash of the text it was made on. Offsets are UTF-16.
struct TextAnchor {
    int start = 0;
    int end = 0;
    QString quote;
    QString prefix;
    QString suffix;
    QString textHash;
    bool anchored = true; // false: needs review (re-anchoring found no trustworthy place)

    int length() const { return end - start; }
    friend bool operator==(const TextAnchor&, const TextAnchor&) = default;
};

struct Mention {
    qint64 id = 0;
    qint64 articleId = 0;
    qint64 companyId = 0;
    QString companyName;  // filled when read from the store
    QString companyColor; // filled when read from the store
    TextAnchor anchor;
    QString note;
    QString author;
    QDateTime createdAt;
};

struct Partnership {
    qint64 id = 0;
    qint64 articleId = 0;
    qint64 companyA = 0;
    qint64 companyB = 0;
    QString nameA; // filled when read from the store
    QString nameB;
    QString kind = QStringLiteral("partnership");
    QString status = QStringLiteral("announced");
    TextAnchor evidence; // the sentence that states it; may be empty (start == end == 0)
    QString note;
    QString author;
    QDateTime createdAt;
};

// One pair of companies across the corpus, for the Partnerships view.
struct PartnershipSummary {
    qint64 companyA = 0;
    qint64 companyB = 0;
    QString nameA;
    QString nameB;
    QString kind;
    QString status; // of the latest record
    int articleCount = 0;
    QDateTime firstSeen;
    QDateTime lastSeen;
    QList<qint64> partnershipIds;
};

struct Note {
    qint64 id = 0;
    qint64 articleId = 0;
    qint64 mentionId = 0;     // 0: not on a mention
    qint64 partnershipId = 0; // 0: not on a partnership
    QString body;
    QDateTime updatedAt;
};

namespace Annotation {
// announced, current, former, rumoured: fixed by the schema.
QStringList partnershipStatuses();
// Who annotations are recorded as made by when nobody says: the login name, else "folio".
QString defaultAuthor();
} // namespace Annotation
