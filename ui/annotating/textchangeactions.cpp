#include "annotating/textchangeactions.h"

#include "commands/textchangecommand.h"
#include "reader/readerview.h"
#include "store/articletexteditor.h"
#include "window/windowaction.h"

#include <QUndoStack>

TextChangeActions::TextChangeActions(AnnotationContext* context, QUndoStack* undoStack,
                                     ReaderView* reader, std::function<qint64()> openArticle,
                                     QWidget* window)
    : QObject(window)
    , m_context(context)
    , m_undoStack(undoStack)
    , m_reader(reader)
    , m_openArticle(std::move(openArticle)) {
    const auto add = [&](const QString& name, const QString& text, const QKeySequence& key,
                         void (TextChangeActions::*slot)()) {
        QAction* action = makeWindowAction(window, name, text, {key});
        connect(action, &QAction::triggered, this, slot);
        m_actions << action;
    };
    add(QStringLiteral("actionSplitParagraph"), tr("&Split Paragraph Here"),
        QKeySequence(Qt::CTRL | Qt::Key_Return), &TextChangeActions::splitParagraphAtCursor);
    add(QStringLiteral("actionJoinParagraphs"), tr("&Join with Next Paragraph"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J), &TextChangeActions::joinParagraphWithNext);
    add(QStringLiteral("actionRemoveParagraph"), tr("Re&move Paragraph"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete),
        &TextChangeActions::removeParagraphAtCursor);
    add(QStringLiteral("actionReclean"), tr("Re-&clean Article"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &TextChangeActions::recleanArticle);
}

int TextChangeActions::paragraphAtCursor() const {
    const int offset = m_reader->cleanOffset(m_reader->textCursor().position());
    if (offset < 0)
        return -1;
    return int(m_reader->bodyText().left(offset).count(u'\n'));
}

void TextChangeActions::changeText(const QString& text,
                                   std::function<Result<ReanchorReport>(Database&)> change) {
    const qint64 articleId = m_openArticle();
    if (articleId <= 0) {
        emit failed(tr("Open an article first."));
        return;
    }
    auto* command = new TextChangeCommand(m_context, articleId, text, std::move(change));
    m_undoStack->push(command); // an obsolete (failed) command is deleted by push
    if (m_undoStack->command(m_undoStack->index() - 1) == command)
        emit message(command->reportText());
}

void TextChangeActions::restoreRemovedPiece(int index) {
    const qint64 id = m_openArticle();
    changeText(tr("Restore a removed piece"), [id, index](Database& db) {
        return ArticleTextEditor(db).restoreRemovedPiece(id, index);
    });
}

void TextChangeActions::splitParagraphAtCursor() {
    const int offset = m_reader->cleanOffset(m_reader->textCursor().position());
    if (offset < 0) {
        emit failed(tr("Put the cursor where the paragraph should be split."));
        return;
    }
    const qint64 id = m_openArticle();
    changeText(tr("Split a paragraph"), [id, offset](Database& db) {
        return ArticleTextEditor(db).splitParagraph(id, offset);
    });
}

void TextChangeActions::joinParagraphWithNext() {
    const int paragraph = paragraphAtCursor();
    if (paragraph < 0) {
        emit failed(tr("Put the cursor in the paragraph to join with the next one."));
        return;
    }
    const qint64 id = m_openArticle();
    changeText(tr("Join paragraphs"), [id, paragraph](Database& db) {
        return ArticleTextEditor(db).joinParagraphs(id, paragraph);
    });
}

void TextChangeActions::removeParagraphAtCursor() {
    const int paragraph = paragraphAtCursor();
    if (paragraph < 0) {
        emit failed(tr("Put the cursor in the paragraph to remove."));
        return;
    }
    const qint64 id = m_openArticle();
    changeText(tr("Remove a paragraph"), [id, paragraph](Database& db) {
        return ArticleTextEditor(db).removeParagraph(id, paragraph);
    });
}

void TextChangeActions::recleanArticle() {
    const qint64 id = m_openArticle();
    changeText(tr("Re-clean the article"),
               [id](Database& db) { return ArticleTextEditor(db).reclean(id); });
}
