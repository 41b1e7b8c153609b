#include "articlelist/articledeletionactions.h"

#include "articlelist/articlelistmodel.h"
#include "articlelist/articlelistview.h"
#include "commands/deletearticlescommand.h"
#include "reader/readerview.h"
#include "store/articledeletion.h"
#include "window/dialogs.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QPointer>
#include <QUndoStack>

#include <algorithm>

ArticleDeletionActions::ArticleDeletionActions(AnnotationContext* context, QUndoStack* undoStack,
                                               ArticleListView* list, ArticleListModel* model,
                                               ReaderView* reader, QWidget* window)
    : QObject(window)
    , m_context(context)
    , m_undoStack(undoStack)
    , m_list(list)
    , m_model(model)
    , m_reader(reader)
    , m_window(window)
    , m_menu(new QMenu(list)) {
    // Delete belongs to the list only: the side panel's Delete removes an annotation, and a
    // window-wide key would make both ambiguous (then neither works).
    m_delete = new QAction(tr("De&lete Article"), window);
    m_delete->setObjectName(QStringLiteral("actionDeleteArticle"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    list->addAction(m_delete);
    connect(m_delete, &QAction::triggered, this, &ArticleDeletionActions::deleteSelected);

    m_open = new QAction(tr("&Open"), window);
    m_open->setObjectName(QStringLiteral("actionOpenArticle"));
    connect(m_open, &QAction::triggered, this, &ArticleDeletionActions::openCurrent);

    m_menu->setObjectName(QStringLiteral("articleListMenu"));
    setContextActions({});
    connect(list, &ArticleListView::contextMenuRequested, this,
            &ArticleDeletionActions::showContextMenu);
}

void ArticleDeletionActions::setContextActions(const QList<QAction*>& readingActions) {
    m_menu->clear();
    m_menu->addAction(m_open);
    m_menu->addSeparator();
    m_menu->addActions(readingActions);
    m_menu->addSeparator();
    m_menu->addAction(m_delete);
}

void ArticleDeletionActions::showContextMenu(const QPoint& globalPos) {
    // A right click made the row under it current (and opened it), or kept the selection it
    // fell into: the menu acts on what is selected, as the Delete key does.
    m_open->setEnabled(m_list->currentIndex().isValid());
    m_menu->popup(globalPos);
}

void ArticleDeletionActions::openCurrent() {
    // From a multi-selection, Open keeps only the article under the menu.
    const qint64 id = m_list->currentArticleId();
    if (id <= 0)
        return;
    m_list->selectionModel()->select(m_list->currentIndex(), QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
    m_reader->setFocus(Qt::OtherFocusReason);
}

QList<qint64> ArticleDeletionActions::targets() const {
    QList<qint64> ids = m_list->selectedArticleIds();
    if (ids.isEmpty() && m_reader->articleId() > 0)
        ids << m_reader->articleId();
    return ids;
}

void ArticleDeletionActions::deleteSelected() {
    const QList<qint64> ids = targets();
    if (ids.isEmpty()) {
        emit message(tr("Select the articles to delete in the list first."));
        return;
    }
    auto contents = ArticleDeletion(m_context->database()).contents(ids);
    if (!contents) {
        emit failed(contents.errorMessage());
        return;
    }
    const QString held = DeleteArticlesCommand::holdings(*contents);
    const qsizetype count = contents->size();
    if (!held.isEmpty()) {
        // Undo would bring them back, but annotations are a person's work: ask once.
        const QString question =
            count == 1 ? tr("Delete “%1”? It holds %2. Undo (Ctrl+Z) brings it back.")
                             .arg(contents->first().title, held)
                       : tr("Delete %1 articles? They hold %2. Undo (Ctrl+Z) brings them back.")
                             .arg(count)
                             .arg(held);
        if (!Dialogs::confirm(m_window, tr("Delete Articles"), question, tr("Delete")))
            return;
    }
    QPointer<ArticleDeletionActions> self(this);
    DeleteArticlesCommand::Listener listener;
    listener.aboutToDelete = [self](const QList<qint64>& deleting) {
        if (self)
            self->rememberPlace(deleting);
    };
    listener.stepped = [self](const QList<qint64>& stepped, bool deleted, bool ok) {
        if (self)
            self->showAfterStep(stepped, deleted, ok);
    };
    m_lastStepOk = false;
    m_undoStack->push(new DeleteArticlesCommand(m_context, *contents, std::move(listener)));
    if (!m_lastStepOk)
        return; // refused: the context said why
    const QString what = count == 1 ? tr("Deleted “%1”").arg(contents->first().title)
                                    : tr("Deleted %1 articles").arg(count);
    if (held.isEmpty())
        emit message(count == 1 ? tr("%1. Ctrl+Z brings it back.").arg(what)
                                : tr("%1. Ctrl+Z brings them back.").arg(what));
    else
        emit message(count == 1 ? tr("%1 with %2. Ctrl+Z brings it back.").arg(what, held)
                                : tr("%1 with %2. Ctrl+Z brings them back.").arg(what, held));
}

void ArticleDeletionActions::rememberPlace(const QList<qint64>& ids) {
    m_placeRow = -1;
    for (qint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row >= 0 && (m_placeRow < 0 || row < m_placeRow))
            m_placeRow = row;
    }
    m_openWasDeleted = ids.contains(m_reader->articleId());
}

void ArticleDeletionActions::showAfterStep(const QList<qint64>& ids, bool deleted, bool ok) {
    m_lastStepOk = ok;
    if (!ok)
        return;
    // The window has re-read the list by now (the context said that articles changed), keeping
    // the scroll position; what remains is which article to show.
    if (deleted && m_openWasDeleted) {
        m_reader->clearArticle(); // nothing to save about it any more
        const int rows = m_model->rowCount();
        const int row = std::min(m_placeRow < 0 ? 0 : m_placeRow, rows - 1);
        if (row >= 0)
            m_list->selectArticle(m_model->articleId(row));
    } else if (!deleted && !ids.isEmpty() && m_list->selectArticle(ids.first())) {
        // Undo: the articles are back, selected, the first of them open.
        for (qint64 id : ids) {
            const int row = m_model->rowOf(id);
            if (row >= 0)
                m_list->selectionModel()->select(m_model->index(row, 0),
                                                 QItemSelectionModel::Select |
                                                     QItemSelectionModel::Rows);
        }
        emit message(ids.size() == 1 ? tr("Brought back 1 article.")
                                     : tr("Brought back %1 articles.").arg(ids.size()));
    }
    emit listChanged();
}
