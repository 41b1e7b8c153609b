#pragma once

#include "annotate/annotation.h"

#include <QList>
#include <QString>

#include <optional>

// One company offered for what a user typed or selected, and why.
struct CompanyMatch {
    enum class Kind {
        Same,          // its name or an alias is this text (case and a handle's "@" aside)
        NearDuplicate, // nearly: a legal form, punctuation, a plural or one typo apart
        Contains,      // its name or an alias contains the text
    };
    Company company;
    QString matchedName; // the name or alias that matched
    Kind kind = Kind::Contains;
};

// Which known companies a piece of text most likely means, best first: the company the text
// already names, then near-duplicates, then names that contain it. Junk companies come from
// marking a near-duplicate as new ("Lei", "Leica Camera"); offering the known one first is how
// the company popup avoids them.
class CompanyMatcher {
public:
    explicit CompanyMatcher(QList<Company> companies);

    // At most `limit` companies, each once, best first.
    QList<CompanyMatch> matches(const QString& text, int limit = 8) const;
    // The company whose name or alias is `text` (same key), if any.
    std::optional<Company> same(const QString& text) const;
    // Whether `surface` is already the company's name or one of its aliases.
    static bool knowsForm(const Company& company, const QString& surface);

private:
    std::optional<CompanyMatch> bestMatch(const Company& company, const QString& text) const;

    QList<Company> m_companies;
};
