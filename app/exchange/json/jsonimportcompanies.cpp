#include "exchange/json/jsonimportwriter.h"

#include "annotate/companycolors.h"
#include "store/companystore.h"
#include "store/database.h"
#include "store/sqldialect.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;
using namespace ImportSql;

Result<qint64> JsonImportWriter::companyFor(const QString& name, int& created) {
    const auto listedAt = m_listedByName.constFind(name.trimmed().toCaseFolded());
    const Company listed =
        listedAt != m_listedByName.constEnd() ? m_listed.at(*listedAt) : Company{0, name, {}, {}};
    CompanyStore store(m_db);
    qint64 id = 0;
    for (const QString& candidate : QStringList{listed.name} + listed.aliases) {
        auto found = store.findCompany(candidate);
        if (!found)
            return found.error();
        if (found->has_value()) {
            id = (*found)->id;
            break;
        }
    }
    QSqlQuery query(m_db.connection());
    if (!id) {
        if (!exec(query, u"SELECT COUNT(*) FROM company"_s) || !query.next())
            return m_db.errorFrom(query, u"counting companies"_s);
        const QString color =
            ExportText::safeColor(listed.color, CompanyColors::forIndex(query.value(0).toInt()));
        if (!exec(query,
                  u"INSERT INTO company (name, color, created_at) VALUES (?, ?, ?)"_s +
                      m_db.dialect().returningId(),
                  {listed.name.trimmed(), color, timestamp({})}))
            return m_db.errorFrom(query, u"storing the company “%1”"_s.arg(listed.name));
        id = m_db.dialect().newRowId(query);
        ++created;
    }
    // The file's other names for the company, unless they name another one already.
    for (const QString& alias : QStringList{listed.name} + listed.aliases) {
        if (alias.trimmed().isEmpty())
            continue;
        auto owner = store.findCompany(alias);
        if (!owner)
            return owner.error();
        if (owner->has_value())
            continue;
        if (!exec(query, u"INSERT INTO company_alias (company_id, alias) VALUES (?, ?)"_s,
                  {id, alias.trimmed()}))
            return m_db.errorFrom(query, u"storing the aliases of “%1”"_s.arg(listed.name));
    }
    return id;
}

Result<QString> JsonImportWriter::kindFor(const QString& kind) {
    QSqlQuery query(m_db.connection());
    if (!exec(query, u"SELECT name FROM partnership_kind"_s))
        return m_db.errorFrom(query, u"reading partnership kinds"_s);
    while (query.next()) {
        if (query.value(0).toString().compare(kind, Qt::CaseInsensitive) == 0)
            return query.value(0).toString();
    }
    if (!exec(query,
              u"INSERT INTO partnership_kind (name, ordinal)"
              " SELECT ?, COALESCE(MAX(ordinal), 0) + 1 FROM partnership_kind"_s,
              {kind}))
        return m_db.errorFrom(query, u"adding the partnership kind “%1”"_s.arg(kind));
    return kind;
}

Result<void> JsonImportWriter::storeListedCompanies() {
    int created = 0;
    auto stored = m_db.transaction([&]() -> Result<void> {
        for (const Company& company : std::as_const(m_listed)) {
            if (auto id = companyFor(company.name, created); !id)
                return id.error();
        }
        return {};
    });
    if (!stored)
        return stored;
    m_counts.companiesAdded += created;
    return {};
}
