#include "articlelist/articlelistmodel.h"

#include "articlelist/languagename.h"

#include "store/articlequery.h"
#include "store/database.h"
#include "store/searchquery.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

ArticleSort sortOf(int column) {
    switch (column) {
    case ArticleListModel::TitleColumn:
        return ArticleSort::Title;
    case ArticleListModel::SourceColumn:
        return ArticleSort::Source;
    case ArticleListModel::LanguageColumn:
        return ArticleSort::Language;
    case ArticleListModel::StatusColumn:
        return ArticleSort::Status;
    case ArticleListModel::CompaniesColumn:
        return ArticleSort::Companies;
    case ArticleListModel::PartnershipsColumn:
        return ArticleSort::Partnerships;
    default:
        return ArticleSort::Date;
    }
}

int columnOf(ArticleSort sort) {
    switch (sort) {
    case ArticleSort::Title:
        return ArticleListModel::TitleColumn;
    case ArticleSort::Source:
        return ArticleListModel::SourceColumn;
    case ArticleSort::Language:
        return ArticleListModel::LanguageColumn;
    case ArticleSort::Status:
        return ArticleListModel::StatusColumn;
    case ArticleSort::Companies:
        return ArticleListModel::CompaniesColumn;
    case ArticleSort::Partnerships:
        return ArticleListModel::PartnershipsColumn;
    case ArticleSort::Date:
    case ArticleSort::Relevance:
    case ArticleSort::Added:
        break;
    }
    return ArticleListModel::DateColumn;
}

// The list's date: when the source says it was published, else when it was added.
QDateTime listDate(const ArticleSummary& row) {
    return row.publishedAt.isValid() ? row.publishedAt : row.importedAt;
}

// A count of zero shows as nothing, so that the few annotated articles stand out.
QVariant countCell(int count) {
    return count == 0 ? QVariant(QString()) : QVariant(count);
}

} // namespace

ArticleListModel::ArticleListModel(Database& database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(database) {
    reload();
}

int ArticleListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant ArticleListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleSummary& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return row.title;
        case SourceColumn:
            return row.source;
        case DateColumn: {
            const QDateTime date = listDate(row);
            return date.isValid() ? date.toLocalTime().toString(u"yyyy-MM-dd"_s) : QString();
        }
        case LanguageColumn:
            return row.language.toUpper();
        case StatusColumn: {
            const QString status = row.status == ReadingStatus::New       ? tr("New")
                                   : row.status == ReadingStatus::Reading ? tr("Reading")
                                                                          : tr("Done");
            return row.reviewCount > 0 ? tr("%1 ⚠%2").arg(status).arg(row.reviewCount) : status;
        }
        case CompaniesColumn:
            return countCell(row.companyCount);
        case PartnershipsColumn:
            return countCell(row.partnershipCount);
        }
        return {};
    case Qt::FontRole: {
        // An article with no date of its own shows the day it was added, in italics.
        const bool added = index.column() == DateColumn && !row.publishedAt.isValid();
        if (row.status != ReadingStatus::New && !added)
            return {};
        QFont font;
        font.setBold(row.status == ReadingStatus::New);
        font.setItalic(added);
        return font;
    }
    case Qt::ToolTipRole:
        if (index.column() == DateColumn) {
            const QLocale locale;
            return row.publishedAt.isValid()
                       ? tr("Published %1; added %2")
                             .arg(locale.toString(row.publishedAt.toLocalTime(),
                                                  QLocale::ShortFormat),
                                  locale.toString(row.importedAt.toLocalTime(),
                                                  QLocale::ShortFormat))
                       : tr("Added %1; the source gives no date of publication")
                             .arg(locale.toString(row.importedAt.toLocalTime(),
                                                  QLocale::ShortFormat));
        }
        if (index.column() == LanguageColumn)
            return languageDisplayName(row.language);
        // The passage the search found, whole, when the row has no room for it.
        return row.snippet.isEmpty() || index.column() != TitleColumn
                   ? row.title
                   : row.title + u'\n' + row.snippet.text;
    case Qt::TextAlignmentRole:
        if (index.column() == CompaniesColumn || index.column() == PartnershipsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ArticleIdRole:
        return row.id;
    case StatusRole:
        return int(row.status);
    case UnreadRole:
        return row.status == ReadingStatus::New;
    case SnippetRole:
        return row.snippet.isEmpty() ? QVariant() : QVariant::fromValue(row.snippet);
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole &&
        (section == CompaniesColumn || section == PartnershipsColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    // The count columns are narrow: short labels, the full words in the tooltip.
    if (role == Qt::ToolTipRole && section == CompaniesColumn)
        return tr("Companies named in the article");
    if (role == Qt::ToolTipRole && section == PartnershipsColumn)
        return tr("Partnerships recorded in the article");
    if (role == Qt::ToolTipRole && section == DateColumn)
        return tr("When the article was published; in italics, when it was added (the source "
                  "gave no date)");
    if (role == Qt::ToolTipRole && section == LanguageColumn)
        return tr("The article's language, as its source says or as Folio detected it");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case SourceColumn:
        return tr("Source");
    case DateColumn:
        return tr("Date");
    case LanguageColumn:
        return tr("Lang.");
    case StatusColumn:
        return tr("Status");
    case CompaniesColumn:
        return tr("Cos.");
    case PartnershipsColumn:
        return tr("Partn.");
    }
    return {};
}

bool ArticleListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_rows.size() < m_total;
}

void ArticleListModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    auto page =
        ArticleQuery(m_db).page(m_filter, currentSort(), m_order, int(m_rows.size()), pageSize);
    if (!page) {
        emit errorOccurred(page.errorMessage());
        return;
    }
    if (page->isEmpty()) {
        // Articles went away since the count: there is nothing more to fetch.
        m_total = m_rows.size();
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_rows.append(*page);
    endInsertRows();
    m_total = qMax(m_total, qint64(m_rows.size()));
}

void ArticleListModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= ColumnCount)
        return;
    // Choosing a column while searching is choosing the column order over the ranking.
    const ArticleSort oldSort = std::exchange(m_sort, sortOf(column));
    const Qt::SortOrder oldOrder = std::exchange(m_order, order);
    const bool oldRanked = std::exchange(m_ranked, false);
    if (!reload()) {
        m_sort = oldSort;
        m_order = oldOrder;
        m_ranked = oldRanked;
        return;
    }
    emit orderChanged();
}

void ArticleListModel::setFilter(const ArticleFilter& filter) {
    if (filter == m_filter)
        return;
    const bool wasSearching = isSearching();
    const bool wasRanked = isRankedByRelevance();
    const ArticleFilter old = std::exchange(m_filter, filter);
    const bool oldRanked = m_ranked;
    // A new search starts ranked; a search that ends leaves the column order in place.
    if (isSearching() != wasSearching)
        m_ranked = isSearching();
    if (!reload()) {
        m_filter = old;
        m_ranked = oldRanked;
        return;
    }
    if (isRankedByRelevance() != wasRanked)
        emit orderChanged();
}

bool ArticleListModel::isSearching() const {
    return !SearchQuery::plainWords(m_filter.search).isEmpty();
}

void ArticleListModel::setRankedByRelevance(bool ranked) {
    if (!isSearching() || ranked == m_ranked)
        return;
    m_ranked = ranked;
    if (!reload()) {
        m_ranked = !ranked;
        return;
    }
    emit orderChanged();
}

int ArticleListModel::sortColumn() const {
    return columnOf(m_sort);
}

ArticleSort ArticleListModel::currentSort() const {
    return isRankedByRelevance() ? ArticleSort::Relevance : m_sort;
}

void ArticleListModel::refresh() {
    reload();
}

qint64 ArticleListModel::articleId(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ArticleListModel::rowOf(qint64 articleId) const {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == articleId)
            return row;
    }
    return -1;
}

int ArticleListModel::ensureFetched(qint64 articleId) {
    int row = rowOf(articleId);
    while (row < 0 && canFetchMore({})) {
        const qsizetype before = m_rows.size();
        fetchMore({});
        if (m_rows.size() == before)
            return -1; // an error, or nothing came
        // Only the new page can hold it.
        for (qsizetype i = before; i < m_rows.size(); ++i) {
            if (m_rows.at(i).id == articleId) {
                row = int(i);
                break;
            }
        }
    }
    return row;
}

void ArticleListModel::updateArticle(qint64 articleId) {
    const int row = rowOf(articleId);
    if (row < 0)
        return;
    auto summary = ArticleQuery(m_db).summary(articleId);
    if (!summary) {
        emit errorOccurred(summary.errorMessage());
        return;
    }
    if (!summary->has_value()) {
        // Deleted meanwhile.
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        m_total = qMax(qint64(0), m_total - 1);
        return;
    }
    // The row stays where it is even if it no longer matches the filter or the order: rows do
    // not jump away under the reader; the next refresh puts everything in place. A summary
    // alone has no snippet: the row keeps the one the search found.
    SearchSnippet snippet = m_rows.at(row).snippet;
    m_rows[row] = **summary;
    m_rows[row].snippet = std::move(snippet);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

Result<QList<ArticleSummary>> ArticleListModel::readRows(int count, qint64& total) const {
    const ArticleQuery query(m_db);
    auto counted = query.count(m_filter);
    if (!counted)
        return counted.error();
    auto rows = query.page(m_filter, currentSort(), m_order, 0, count);
    if (!rows)
        return rows.error();
    // Count and page are two reads; an import between them must not leave the two disagreeing.
    total = rows->size() < count ? rows->size() : qMax(*counted, qint64(rows->size()));
    return rows;
}

bool ArticleListModel::reload() {
    qint64 total = 0;
    auto rows = readRows(pageSize, total);
    if (!rows) {
        emit errorOccurred(rows.errorMessage());
        return false;
    }
    beginResetModel();
    m_rows = std::move(rows).value();
    m_total = total;
    endResetModel();
    return true;
}

bool ArticleListModel::refreshInPlace() {
    qint64 total = 0;
    auto rows = readRows(qMax(pageSize, int(m_rows.size())), total);
    if (!rows) {
        emit errorOccurred(rows.errorMessage());
        return false;
    }
    const bool sameRows = rows->size() == m_rows.size() &&
                          std::equal(rows->cbegin(), rows->cend(), m_rows.cbegin(),
                                     [](const auto& a, const auto& b) { return a.id == b.id; });
    if (!sameRows) {
        beginResetModel();
        m_rows = std::move(rows).value();
        m_total = total;
        endResetModel();
        return true;
    }
    m_total = total;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row) == rows->at(row))
            continue;
        m_rows[row] = rows->at(row);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    return true;
}
