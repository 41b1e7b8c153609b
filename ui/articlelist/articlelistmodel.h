#pragma once

#include "store/articlefilter.h"
#include "store/articlestore.h"

#include <QAbstractTableModel>
#include <QList>

class Database;

// The article list as a lazily fetched table: rows come from the database a page at a time as
// the view scrolls (canFetchMore/fetchMore), so 100,000 articles open at once.
class ArticleListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        SourceColumn,
        DateColumn,     // published, else added (then shown in italics)
        LanguageColumn, // "DE", "EN"; the language's name in the tooltip
        StatusColumn,
        CompaniesColumn,
        PartnershipsColumn,
        ColumnCount
    };
    // SnippetRole: the SearchSnippet of the row while there is a search (else no value).
    enum Role { ArticleIdRole = Qt::UserRole + 1, StatusRole, UnreadRole, SnippetRole };
    static constexpr int pageSize = 200;

    explicit ArticleListModel(Database& database, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // A filter that starts a search ranks the list best match first; one that ends it brings
    // back the column order the list had before.
    void setFilter(const ArticleFilter& filter);
    ArticleFilter filter() const { return m_filter; }
    bool isSearching() const; // the filter has words to search for

    // While searching: best match first, or the column order. Without a search, only the
    // column order exists (asking for ranking then does nothing).
    void setRankedByRelevance(bool ranked);
    bool isRankedByRelevance() const { return m_ranked && isSearching(); }
    // The column order, kept while the list is ranked (the header shows it when not ranked).
    int sortColumn() const;
    Qt::SortOrder sortOrder() const { return m_order; }
    // Re-reads from the database, keeping filter and order (after an import, say).
    void refresh();
    // Re-reads as many rows as are loaded now, after another program changed the database:
    // rows that are the same stay untouched, rows that changed in place are updated without a
    // reset (the view keeps its selection and scroll position); only a change in which rows are
    // shown resets the model. Returns false on an error (the old rows stay, and it is said).
    bool refreshInPlace();

    qint64 totalMatching() const { return m_total; } // rows the filter matches, fetched or not
    qint64 articleId(int row) const;
    int rowOf(qint64 articleId) const; // -1 when not fetched (yet)
    // Fetches pages until the article is loaded; its row or -1 if the filter hides it.
    int ensureFetched(qint64 articleId);

    // Updates one row in place (status or counts changed) without a reset.
    void updateArticle(qint64 articleId);

signals:
    void errorOccurred(const QString& message);
    // Ranked or not, or another column order: whoever shows the order follows.
    void orderChanged();

private:
    // Reads the count and the first page again; on an error keeps the old rows and says so.
    bool reload();
    Result<QList<ArticleSummary>> readRows(int count, qint64& total) const;
    ArticleSort currentSort() const;

    Database& m_db;
    ArticleFilter m_filter;
    ArticleSort m_sort = ArticleSort::Date;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    bool m_ranked = false; // best match first while searching
    QList<ArticleSummary> m_rows;
    qint64 m_total = 0;
};
