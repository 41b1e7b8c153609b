#include "articlelist/articlelistview.h"

#include "articlelist/articlelistmodel.h"

#include <QHeaderView>
#include <QScrollBar>

ArticleListView::ArticleListView(ArticleListModel* model, QWidget* parent)
    : QTableView(parent)
    , m_model(model) {
    setObjectName(QStringLiteral("articleList"));
    setModel(model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    horizontalHeader()->setSortIndicator(ArticleListModel::DateColumn, Qt::DescendingOrder);
    setSortingEnabled(true);
    for (int column :
         {int(ArticleListModel::DateColumn), int(ArticleListModel::StatusColumn),
          int(ArticleListModel::CompaniesColumn), int(ArticleListModel::PartnershipsColumn)})
        horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    setColumnWidth(ArticleListModel::SourceColumn, 80);
}

qint64 ArticleListView::currentArticleId() const {
    return currentIndex().isValid() ? m_model->articleId(currentIndex().row()) : 0;
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
    {
        // The open article stays open: re-selecting its row must not re-open it from the start.
        const QSignalBlocker blocker(selectionModel());
        if (!m_model->refreshInPlace())
            return false;
    }
    selectArticle(currentId, /*quietly=*/true);
    verticalScrollBar()->setValue(scroll);
    viewport()->update();
    return true;
}
