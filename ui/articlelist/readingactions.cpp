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
    connect(unread, &QAction::triggered, this, [this] { setStatusOfCurrent(ReadingStatus::New); });
    connect(showRemoved, &QAction::toggled, this, [this](bool on) {
        m_reader->setShowRemoved(on);
        m_settings.setShowRemoved(on);
    });
}

void ReadingActions::restore() {
    m_articleActions.at(2)->setChecked(m_settings.showRemoved());
}

void ReadingActions::setStatusOfCurrent(ReadingStatus status) {
    const qint64 id = m_reader->articleId();
    if (id <= 0)
        return;
    if (auto saved = ArticleStore(m_db).setStatus(id, status); !saved) {
        emit failed(saved.errorMessage());
        return;
    }
    m_model->updateArticle(id);
    emit message(
        tr("Marked “%1” as %2.").arg(m_reader->article().clean.title, readingStatusName(status)));
}

void ReadingActions::toggleDone() {
    const qint64 id = m_reader->articleId();
    if (id <= 0)
        return;
    auto article = ArticleStore(m_db).article(id);
    if (!article)
        return emit failed(article.errorMessage());
    setStatusOfCurrent(article->status == ReadingStatus::Done ? ReadingStatus::Reading
                                                              : ReadingStatus::Done);
}
