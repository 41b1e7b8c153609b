#include "articlelist/readingactions.h"

#include "articlelist/articlelistmodel.h"
#include "articlelist/articlelistview.h"
#include "articlelist/filterbar.h"
#include "reader/readerview.h"
#include "store/articlestore.h"
#include "window/appsettings.h"
#include "window/windowaction.h"

ReadingActions::ReadingActions(Database& database, ArticleListView* list, ArticleListModel* model,
                               FilterBar* filterBar, ReaderView* reader, AppSettings& settings,
                               QWidget* window)
    : QObject(window)
    , m_db(database)
    , m_list(list)
    , m_model(model)
    , m_reader(reader)
    , m_settings(settings) {
    auto* next = makeWindowAction(window, QStringLiteral("actionNextArticle"), tr("&Next Article"),
                                  {QKeySequence(Qt::Key_J), QKeySequence(Qt::ALT | Qt::Key_Down)});
    auto* previous =
        makeWindowAction(window, QStringLiteral("actionPreviousArticle"), tr("&Previous Article"),
                         {QKeySequence(Qt::Key_K), QKeySequence(Qt::ALT | Qt::Key_Up)});
    auto* search = makeWindowAction(window, QStringLiteral("actionFocusSearch"), tr("&Search"),
                                    {QKeySequence::Find, QKeySequence(Qt::Key_Slash)});
    auto* focusList = makeWindowAction(window, QStringLiteral("actionFocusList"),
                                       tr("Article &List"), {QKeySequence(Qt::CTRL | Qt::Key_L)});
    m_goActions = {next, previous, search, focusList};
    connect(next, &QAction::triggered, list, [list] { list->moveSelection(+1); });
    connect(previous, &QAction::triggered, list, [list] { list->moveSelection(-1); });
    connect(search, &QAction::triggered, filterBar, &FilterBar::focusSearch);
    connect(focusList, &QAction::triggered, list, [list] { list->setFocus(); });

    auto* done = makeWindowAction(window, QStringLiteral("actionMarkDone"), tr("Mark &Done"),
                                  {QKeySequence(Qt::Key_D), QKeySequence(Qt::CTRL | Qt::Key_D)});
    auto* unread = makeWindowAction(window, QStringLiteral("actionMarkUnread"), tr("Mark &Unread"),
                                    {QKeySequence(Qt::Key_U)});
    auto* showRemoved =
        makeWindowAction(window, QStringLiteral("actionShowRemoved"), tr("Show &Removed Pieces"),
                         {QKeySequence(Qt::Key_R), QKeySequence(Qt::CTRL | Qt::Key_R)});
    showRemoved->setCheckable(true);
    m_articleActions = {done, unread, showRemoved};
    connect(done, &QAction::triggered, this, &ReadingActions::toggleDone);
    connect(unread, &QAction::triggered, this,
            [this] { setStatus(targets(), ReadingStatus::New); });
    connect(showRemoved, &QAction::toggled, this, [this](bool on) {
        m_reader->setShowRemoved(on);
        m_settings.setShowRemoved(on);
    });
}

void ReadingActions::restore() {
    m_articleActions.at(2)->setChecked(m_settings.showRemoved());
}

QList<qint64> ReadingActions::targets() const {
    const QList<qint64> selected = m_list->selectedArticleIds();
    if (selected.size() > 1)
        return selected;
    return m_reader->articleId() > 0 ? QList<qint64>{m_reader->articleId()} : QList<qint64>{};
}

void ReadingActions::setStatus(const QList<qint64>& ids, ReadingStatus status) {
    if (ids.isEmpty())
        return;
    ArticleStore store(m_db);
    for (qint64 id : ids) {
        if (auto saved = store.setStatus(id, status); !saved) {
            emit failed(saved.errorMessage());
            return;
        }
        m_model->updateArticle(id);
    }
    if (ids.size() == 1 && ids.first() == m_reader->articleId())
        emit message(tr("Marked “%1” as %2.")
                         .arg(m_reader->article().clean.title, readingStatusName(status)));
    else
        emit message(
            tr("Marked %1 articles as %2.").arg(ids.size()).arg(readingStatusName(status)));
}

void ReadingActions::toggleDone() {
    // Done, unless every one of them is done already: then they go back to being read.
    const QList<qint64> ids = targets();
    bool allDone = !ids.isEmpty();
    for (qint64 id : ids) {
        auto article = ArticleStore(m_db).article(id);
        if (!article)
            return emit failed(article.errorMessage());
        allDone = allDone && article->status == ReadingStatus::Done;
    }
    setStatus(ids, allDone ? ReadingStatus::Reading : ReadingStatus::Done);
}
