#include "articlelist/articlelistview.h"

#include "articlelist/articlelistmodel.h"
#include "articlelist/searchresultdelegate.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QScrollBar>

#include <algorithm>

ArticleListView::ArticleListView(ArticleListModel* model, QWidget* parent)
    : QTableView(parent)
    , m_model(model) {
    setObjectName(QStringLiteral("articleList"));
    setModel(model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    verticalHeader()->hide();
    setItemDelegateForColumn(ArticleListModel::TitleColumn, new SearchResultDelegate(this));
    fitRowsToContent();
    horizontalHeader()->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    horizontalHeader()->setSortIndicator(ArticleListModel::DateColumn, Qt::DescendingOrder);
    setSortingEnabled(true);
    for (int column : {int(ArticleListModel::DateColumn), int(ArticleListModel::LanguageColumn),
                       int(ArticleListModel::StatusColumn), int(ArticleListModel::CompaniesColumn),
                       int(ArticleListModel::PartnershipsColumn)})
        horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    setColumnWidth(ArticleListModel::SourceColumn, 80);
    connect(model, &ArticleListModel::orderChanged, this, &ArticleListView::showOrder);
    connect(model, &QAbstractItemModel::modelReset, this, &ArticleListView::fitRowsToContent);
}

void ArticleListView::showOrder() {
    // Ranked rows have no column order to show. The indicator is set without the header's
    // signal, which would sort the model again by what it already shows.
    const QSignalBlocker blocker(horizontalHeader());
    if (m_model->isRankedByRelevance())
        horizontalHeader()->setSortIndicator(-1, m_model->sortOrder());
    else
        horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    horizontalHeader()->viewport()->update();
}

void ArticleListView::fitRowsToContent() {
    // While searching, each row has a second line for its snippet. The height is the same for
    // every row, so that 100,000 rows need no measuring.
    const int lines = m_model->isSearching() ? 2 : 1;
    verticalHeader()->setDefaultSectionSize(lines * fontMetrics().height() + 8);
}

qint64 ArticleListView::currentArticleId() const {
    return currentIndex().isValid() ? m_model->articleId(currentIndex().row()) : 0;
}

QList<qint64> ArticleListView::selectedArticleIds() const {
    QList<int> rows;
    for (const QModelIndex& index : selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int row : std::as_const(rows))
        ids << m_model->articleId(row);
    return ids;
}

QItemSelectionModel::SelectionFlags ArticleListView::selectionCommand(const QModelIndex& index,
                                                                      const QEvent* event) const {
    // Without an event the program moves the selection (J, K, opening an article, undo): it
    // selects that one row. Qt would read the keyboard's modifiers instead, so that the Ctrl of
    // Ctrl+Z, held while undo selects a restored article, would add it to the selection.
    if (!event)
        return QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows;
    return QTableView::selectionCommand(index, event);
}

void ArticleListView::contextMenuEvent(QContextMenuEvent* event) {
    QPoint at = event->globalPos();
    if (event->reason() == QContextMenuEvent::Keyboard) {
        const QRect row = visualRect(currentIndex());
        at = viewport()->mapToGlobal(row.isValid() ? row.bottomLeft() : QPoint());
    }
    emit contextMenuRequested(at);
    event->accept();
}

bool ArticleListView::selectArticle(qint64 id, bool quietly) {
    const int row = id > 0 ? m_model->ensureFetched(id) : -1;
    if (row < 0)
        return false;
    if (currentIndex().row() == row)
        return true;
    const QSignalBlocker blocker(quietly ? selectionModel() : nullptr);
    setCurrentIndex(m_model->index(row, ArticleListModel::TitleColumn));
    if (quietly)
        viewport()->update(); // the view missed the blocked signal
    return true;
}

void ArticleListView::moveSelection(int delta) {
    const int row = currentIndex().isValid() ? currentIndex().row() + delta : 0;
    if (row >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (row < 0 || row >= m_model->rowCount())
        return;
    setCurrentIndex(m_model->index(row, ArticleListModel::TitleColumn));
    scrollTo(currentIndex());
}

bool ArticleListView::refreshKeepingPlace(qint64 currentId) {
    const int scroll = verticalScrollBar()->value();
    // What the user sees stays where it is: the article in the top row keeps its place on the
    // screen even when rows arrive above it (an import, newest first) or go.
    const int topRow = rowAt(0);
    const qint64 topId = m_model->articleId(topRow);
    {
        // The open article stays open: re-selecting its row must not re-open it from the start.
        const QSignalBlocker blocker(selectionModel());
        if (!m_model->refreshInPlace())
            return false;
    }
    selectArticle(currentId, /*quietly=*/true);
    const int newTopRow = topId > 0 ? m_model->ensureFetched(topId) : -1;
    const int shift = newTopRow >= 0 ? newTopRow - topRow : 0;
    // Every row has the same height (fitRowsToContent), so rows convert to pixels by one factor.
    const int step =
        verticalScrollMode() == ScrollPerPixel ? verticalHeader()->defaultSectionSize() : 1;
    verticalScrollBar()->setValue(scroll + shift * step);
    viewport()->update();
    return true;
}
