#include "storecommand.h"

StoreCommand::StoreCommand(AnnotationContext* context, qint64 articleId, const QString& text)
    : m_context(context)
    , m_articleId(articleId) {
    setText(text);
}

void StoreCommand::redo() {
    report(apply());
}

void StoreCommand::undo() {
    report(revert());
}

void StoreCommand::report(const Result<void>& result) {
    if (!result) {
        setObsolete(true);
        emit m_context->failed(result.errorMessage());
    }
    emit m_context->changed(m_articleId);
}
