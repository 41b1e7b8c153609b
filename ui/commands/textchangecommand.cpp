#include "textchangecommand.h"

#include "statelines.h"

#include "store/annotationreanchoring.h"
#include "store/articlestore.h"
#include "store/articletexteditor.h"
#include "store/rowstate.h"

#include <QCoreApplication>

namespace {
QString describe(const ReanchorReport& report) {
    return QCoreApplication::translate("TextChangeCommand",
                                       "Annotations: %1 kept, %2 moved, %3 to review.")
        .arg(report.kept)
        .arg(report.moved)
        .arg(report.review);
}
} // namespace

TextChangeCommand::TextChangeCommand(AnnotationContext* context, qint64 articleId,
                                     const QString& text, Change change)
    : StoreCommand(context, articleId, text)
    , m_change(std::move(change)) {}

Result<void> TextChangeCommand::apply() {
    if (m_done)
        return writeState(m_after, text());
    auto before = ArticleStore(database()).article(articleId());
    if (!before)
        return before.error();
    m_before = before->clean;
    auto report = m_change(database());
    if (!report)
        return report.error();
    auto after = ArticleStore(database()).article(articleId());
    if (!after)
        return after.error();
    m_after = after->clean;
    m_report = describe(*report);
    m_done = true;
    return {};
}

Result<void> TextChangeCommand::revert() {
    return writeState(m_before,
                      QCoreApplication::translate("TextChangeCommand", "undo: %1").arg(text()));
}

Result<void> TextChangeCommand::writeState(const CleanArticle& state, const QString& change) {
    auto report = ArticleTextEditor(database())
                      .replaceParagraphs(articleId(), state.paragraphs, state.removed, change);
    if (!report)
        return report.error();
    m_report = describe(*report);
    return {};
}

Result<QStringList> TextChangeCommand::ownedState() const {
    StateLines lines;
    lines.add(RowState(database()).articleText(articleId()));
    return lines.result();
}
