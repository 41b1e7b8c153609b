#pragma once

#include "articlelist/articlelistview.h"
#include "store/database.h"
#include "twoprogramstest.h"

#include <QList>
#include <QStringList>

#include <memory>

class QUndoStack;

// Deleting articles in the real window, with real folio-cli processes beside it: the fixture of
// the deletion tests. Each test imports generated articles through the window and reads the
// results back through a second connection.
class ArticleDeletionTest : public TwoProgramsTest {
    Q_OBJECT

protected:
    QList<qint64> importArticles(int count); // opens the window; the ids in list order
    ArticleListView* list() const {
        return m_window->findChild<ArticleListView*>(QStringLiteral("articleList"));
    }
    QList<qint64> listedIds() const;
    void clickRow(int row, Qt::KeyboardModifiers modifiers = {});
    void pressDeleteInList();
    bool exists(qint64 id) const;
    int mentionsOf(qint64 id) const;
    QUndoStack* undoStack() const;
    QString status() const;
    void annotate(qint64 id, const QStringList& args); // folio-cli annotate ID ARGS...

    std::unique_ptr<Database> m_check; // another reader's connection
};
