#pragma once

#include "storecommand.h"

#include "store/articledeletion.h"

#include <functional>

// Deletes articles with everything on them (ArticleDeletion); undo puts exactly those rows back
// under the same ids, redo deletes them again. One command for however many articles, so one
// Ctrl+Z brings back a whole multi-selection.
class DeleteArticlesCommand : public StoreCommand {
public:
    // Told around each step, outside its transaction, so that the list can move its selection:
    // `aboutToDelete` before a delete (while the rows are still shown), `stepped` after a step
    // (`deleted`: it was a delete, else a restore; `ok`: it was saved).
    struct Listener {
        std::function<void(const QList<qint64>& ids)> aboutToDelete;
        std::function<void(const QList<qint64>& ids, bool deleted, bool ok)> stepped;
    };

    // `expected`: what the user decided on (asked about, or not asked because it held nothing).
    // The first delete refuses when the articles hold something else by then.
    DeleteArticlesCommand(AnnotationContext* context, const QList<ArticleContents>& expected,
                          Listener listener = {});

    // "Delete “Title”", "Delete 3 articles".
    static QString describe(const QList<ArticleContents>& articles);
    // "14 mentions, 2 partnerships and 1 note"; empty when they hold nothing.
    static QString holdings(const QList<ArticleContents>& articles);

protected:
    Result<void> apply() override;
    Result<void> revert() override;
    Result<QStringList> ownedState() const override;
    void aboutToStep(bool forward) override;
    void stepped(bool forward, bool ok) override;

private:
    Result<void> checkUnchanged(const QList<ArticleContents>& found) const;

    QList<ArticleContents> m_expected;
    QList<qint64> m_ids;
    Listener m_listener;
    DeletedArticles m_deleted;
    bool m_removed = false; // the articles are out of the store now
    bool m_decided = false; // the first delete ran: later ones are guarded by ownedState()
};
