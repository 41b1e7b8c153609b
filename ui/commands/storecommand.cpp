#include "storecommand.h"

#include "store/database.h"
#include "store/rowstate.h"

#include <QCoreApplication>

StoreCommand::StoreCommand(AnnotationContext* context, qint64 articleId, const QString& text)
    : m_context(context)
    , m_articleId(articleId) {
    setText(text);
}

void StoreCommand::redo() {
    aboutToStep(true);
    stepped(true, report(step(true)));
}

void StoreCommand::undo() {
    aboutToStep(false);
    stepped(false, report(step(false)));
}

Result<void> StoreCommand::step(bool forward) {
    return database().transaction([&]() -> Result<void> {
        if (m_recorded) {
            auto now = ownedState();
            if (!now)
                return now.error();
            if (*now != *m_recorded) {
                const QString what = RowState::firstDifference(*m_recorded, *now);
                return Error{(forward
                                  ? QCoreApplication::translate(
                                        "StoreCommand", "Cannot redo “%1”: another program changed "
                                                        "it since (%2). Nothing was changed.")
                                  : QCoreApplication::translate(
                                        "StoreCommand", "Cannot undo “%1”: another program changed "
                                                        "it since (%2). Nothing was changed."))
                                 .arg(text(), what)};
            }
        }
        if (auto done = forward ? apply() : revert(); !done)
            return done;
        auto after = ownedState();
        if (!after)
            return after.error();
        m_recorded = *after;
        return {};
    });
}

bool StoreCommand::report(const Result<void>& result) {
    if (!result) {
        setObsolete(true);
        emit m_context->failed(result.errorMessage());
    }
    emit m_context->changed(m_articleId);
    return result.ok();
}
