#include "deletearticlescommand.h"

#include "statelines.h"

#include "store/rowstate.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("DeleteArticlesCommand", text);
}

// English has two forms, and Folio has no translations (yet) to give tr()'s %n its plurals.
QString counted(int n, const char* one, const char* many) {
    return n == 1 ? tr(one) : tr(many).arg(n);
}

QString holdingsOf(int mentions, int partnerships, int notes) {
    QStringList parts;
    if (mentions > 0)
        parts << counted(mentions, "1 mention", "%1 mentions");
    if (partnerships > 0)
        parts << counted(partnerships, "1 partnership", "%1 partnerships");
    if (notes > 0)
        parts << counted(notes, "1 note", "%1 notes");
    if (parts.size() < 2)
        return parts.value(0);
    const QString last = parts.takeLast();
    return tr("%1 and %2").arg(parts.join(tr(", ")), last);
}
} // namespace

DeleteArticlesCommand::DeleteArticlesCommand(AnnotationContext* context,
                                             const QList<ArticleContents>& expected,
                                             Listener listener)
    : StoreCommand(context, 0, describe(expected))
    , m_expected(expected)
    , m_listener(std::move(listener)) {
    for (const ArticleContents& article : expected)
        m_ids << article.id;
}

QString DeleteArticlesCommand::describe(const QList<ArticleContents>& articles) {
    if (articles.size() == 1)
        return tr("Delete “%1”").arg(articles.first().title);
    return tr("Delete %1 articles").arg(articles.size());
}

QString DeleteArticlesCommand::holdings(const QList<ArticleContents>& articles) {
    int mentions = 0, partnerships = 0, notes = 0;
    for (const ArticleContents& article : articles) {
        mentions += article.mentions;
        partnerships += article.partnerships;
        notes += article.notes;
    }
    return holdingsOf(mentions, partnerships, notes);
}

Result<void> DeleteArticlesCommand::checkUnchanged(const QList<ArticleContents>& found) const {
    // What the user decided on is what goes: another program may have annotated meanwhile, and
    // an article that held nothing was deleted without asking.
    for (const ArticleContents& now : found) {
        for (const ArticleContents& before : m_expected) {
            if (before.id == now.id &&
                (before.mentions != now.mentions || before.partnerships != now.partnerships ||
                 before.notes != now.notes)) {
                const QString held = holdings({now});
                return Error{tr("“%1” was changed by another program since you chose to delete "
                                "it: it holds %2 now. Nothing was deleted; delete it again to "
                                "decide on what it holds now.")
                                 .arg(now.title, held.isEmpty() ? tr("nothing") : held)};
            }
        }
    }
    return {};
}

Result<void> DeleteArticlesCommand::apply() {
    ArticleDeletion::Check check;
    if (!m_decided)
        check = [this](const QList<ArticleContents>& found) { return checkUnchanged(found); };
    auto removed = ArticleDeletion(database()).remove(m_ids, check);
    if (!removed)
        return removed.error();
    m_deleted = *removed;
    m_removed = true;
    m_decided = true;
    return {};
}

Result<void> DeleteArticlesCommand::revert() {
    if (auto restored = ArticleDeletion(database()).restore(m_deleted); !restored)
        return restored;
    m_removed = false;
    return {};
}

Result<QStringList> DeleteArticlesCommand::ownedState() const {
    // Deleted: nothing to guard here. Article ids can be handed out again (the article table is
    // not AUTOINCREMENT) and a text can be imported again; restore() checks both itself and
    // names what took the place, which says more than "another program changed it".
    if (m_removed)
        return QStringList();
    // Restored: each article's text and what it holds, so that a redo after another program
    // annotated or edited it is refused rather than taking that along unasked. Its reading
    // status is left out on purpose: opening the restored article changes it.
    const RowState rows(database());
    StateLines lines;
    QList<qint64> present;
    for (qint64 id : m_ids) {
        auto line = rows.articleText(id);
        if (line && !line->endsWith(QLatin1String(": none")))
            present << id;
        lines.add(line);
    }
    if (!present.isEmpty()) {
        auto contents = ArticleDeletion(database()).contents(present);
        if (!contents)
            return contents.error();
        for (const ArticleContents& article : *contents) {
            const QString held = holdings({article});
            lines.add(QStringLiteral("the annotations of article %1: %2")
                          .arg(article.id)
                          .arg(held.isEmpty() ? QStringLiteral("nothing") : held));
        }
    }
    return lines.result();
}

void DeleteArticlesCommand::aboutToStep(bool forward) {
    if (forward && m_listener.aboutToDelete)
        m_listener.aboutToDelete(m_ids);
}

void DeleteArticlesCommand::stepped(bool forward, bool ok) {
    if (m_listener.stepped)
        m_listener.stepped(m_ids, forward, ok);
}
