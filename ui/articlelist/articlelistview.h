#pragma once

#include <QTableView>

class ArticleListModel;

// The article list as the window shows it: one row per article, title stretched, the small
// columns sized to their contents, sorted by date, newest first; while searching, best match
// first with the found passage under each title. It selects articles by id, so
// that callers never deal in rows that fetching and refreshing move. Several rows can be
// selected (Shift, Ctrl) to act on at once; the current row is the open article.
class ArticleListView final : public QTableView {
    Q_OBJECT
public:
    ArticleListView(ArticleListModel* model, QWidget* parent = nullptr);

    qint64 currentArticleId() const;          // 0 when none
    QList<qint64> selectedArticleIds() const; // in list order
    // Selects the article's row, fetching pages until it is loaded; false when the filter hides
    // it. `quietly`: without announcing a new current row (nothing is opened again).
    bool selectArticle(qint64 id, bool quietly = false);
    // The next (+1) or previous (-1) row, fetching the next page at the end of the loaded ones.
    void moveSelection(int delta);
    // Re-reads the rows after another program changed the database, keeping the selected
    // article (quietly) and the scroll position: the article at the top of the view stays there,
    // also when rows were added or removed above it.
    bool refreshKeepingPlace(qint64 currentId);

signals:
    // Right click or the Menu key, at `globalPos` (the current row's for the key).
    void contextMenuRequested(const QPoint& globalPos);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
    QItemSelectionModel::SelectionFlags selectionCommand(const QModelIndex& index,
                                                         const QEvent* event) const override;

private:
    void showOrder(); // the header's sort indicator follows the model's order
    void fitRowsToContent();

    ArticleListModel* m_model;
};
