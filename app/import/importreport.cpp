#include "import/importreport.h"

#include <algorithm>

int ImportReport::count(ImportItem::Outcome outcome) const {
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [outcome](const ImportItem& item) {
        return item.outcome == outcome;
    }));
}

QString ImportReport::summary() const {
    const int imported = count(ImportItem::Outcome::Imported);
    const int duplicates = count(ImportItem::Outcome::Duplicate);
    const int skipped = count(ImportItem::Outcome::Skipped);
    const int failed = count(ImportItem::Outcome::Failed);
    QString text = imported == 1 ? QStringLiteral("Imported 1 article")
                                 : QStringLiteral("Imported %1 articles").arg(imported);
    if (duplicates > 0)
        text += duplicates == 1
                    ? QStringLiteral("; 1 duplicate already in the database, not added again")
                    : QStringLiteral("; %1 duplicates already in the database, not added again")
                          .arg(duplicates);
    if (skipped > 0)
        text += QStringLiteral("; %1 skipped").arg(skipped);
    text += QStringLiteral("; %1 failed").arg(failed);
    if (m_cancelled)
        text += QStringLiteral("; cancelled before the end");
    return text + QLatin1Char('.');
}
