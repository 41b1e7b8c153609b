#include "annotating/mentionactions.h"

#include "annotating/annotationpanel.h"
#include "annotating/companypopup.h"
#include "commands/changementioncompanycommand.h"
#include "commands/companycommands.h"
#include "commands/mentioncommands.h"
#include "commands/partnershipcommands.h"
#include "commands/removementionscommand.h"
#include "reader/readerview.h"
#include "store/companystore.h"
#include "store/partnershipstore.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QMenu>
#include <QUndoStack>

MentionActions::MentionActions(Database& database, AnnotationContext* context,
                               QUndoStack* undoStack, ReaderView* reader, AnnotationPanel* panel,
                               std::function<qint64()> openArticle,
                               std::function<QList<Mention>()> mentions, QWidget* window)
    : QObject(window)
    , m_db(database)
    , m_context(context)
    , m_undoStack(undoStack)
    , m_reader(reader)
    , m_panel(panel)
    , m_openArticle(std::move(openArticle))
    , m_mentions(std::move(mentions))
    , m_window(window) {
    createKeyActions();
    connect(m_reader, &ReaderView::contextMenuAboutToShow, this, &MentionActions::fillMenu);
}

void MentionActions::createKeyActions() {
    // Scoped to the reader: Delete in the article list or the side panel means their own row.
    auto make = [this](const char* name, const QString& text, const QKeySequence& key,
                       const std::function<void()>& act) {
        auto* action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_reader->addAction(action);
        connect(action, &QAction::triggered, this, act);
        m_keyActions << action;
    };
    make("actionRemoveMentionAtCursor", tr("Remove This Mention"), QKeySequence(Qt::Key_Delete),
         [this] { onMentionAtTextCursor(&MentionActions::removeMention); });
    make("actionChangeMentionCompany", tr("Change Company…"), QKeySequence(Qt::Key_F2),
         [this] { onMentionAtTextCursor(&MentionActions::changeCompany); });
    make("actionEditMentionNote", tr("Edit Note…"), QKeySequence(Qt::Key_N),
         [this] { onMentionAtTextCursor(&MentionActions::editNote); });
    make("actionRemoveCompanyMentions", tr("Remove All Mentions of the Company in This Article"),
         QKeySequence(Qt::SHIFT | Qt::Key_Delete),
         [this] { onMentionAtTextCursor(&MentionActions::removeCompanyMentions); });
    // X11 turns only the Menu key into a context menu; Shift+F10 is the other usual key.
    make("actionReaderContextMenu", tr("Context Menu"), QKeySequence(Qt::SHIFT | Qt::Key_F10),
         [this] {
             const QRect caret = m_reader->cursorRect();
             QContextMenuEvent event(QContextMenuEvent::Keyboard, caret.bottomLeft(),
                                     m_reader->viewport()->mapToGlobal(caret.bottomLeft()));
             QCoreApplication::sendEvent(m_reader->viewport(), &event);
         });
}

void MentionActions::fillMenu(QMenu* menu, int cleanOffset, bool atTextCursor) {
    // The caret just after a mention (as a word-wise move leaves it) still names it.
    std::optional<Mention> mention = mentionAt(cleanOffset);
    if (!mention && atTextCursor)
        mention = mentionAt(cleanOffset - 1);
    const QList<Partnership> partnerships = partnershipsAt(cleanOffset);
    if (!mention && partnerships.isEmpty())
        return;

    QAction* before = menu->actions().value(0);
    auto title = [&](const QString& name, const QString& text) {
        auto* action = new QAction(text, menu);
        action->setObjectName(name);
        action->setEnabled(false); // a heading: says what the actions below act on
        QFont font = action->font();
        font.setBold(true);
        action->setFont(font);
        menu->insertAction(before, action);
    };
    auto add = [&](const QString& name, const QString& text, const char* keysOf,
                   const std::function<void()>& act) {
        auto* action = new QAction(text, menu);
        action->setObjectName(name);
        for (const QAction* keys : std::as_const(m_keyActions)) {
            if (keysOf && keys->objectName() == QLatin1String(keysOf))
                action->setShortcuts(keys->shortcuts()); // shown; pressed in the menu, the same
        }
        connect(action, &QAction::triggered, this, [menu, act] {
            menu->close(); // a key in the open menu triggers without closing it
            act();
        });
        menu->insertAction(before, action);
    };
    if (mention) {
        const Mention m = *mention;
        title(QStringLiteral("menuMentionTitle"), tr("%1 — mention").arg(m.companyName));
        add(QStringLiteral("menuRemoveMention"), tr("Remove This Mention"),
            "actionRemoveMentionAtCursor", [this, m] { removeMention(m); });
        add(QStringLiteral("menuChangeMentionCompany"), tr("Change Company…"),
            "actionChangeMentionCompany", [this, m] { changeCompany(m); });
        add(QStringLiteral("menuEditMentionNote"), tr("Edit Note…"), "actionEditMentionNote",
            [this, m] { editNote(m); });
        add(QStringLiteral("menuRemoveCompanyMentions"),
            tr("Remove All Mentions of %1 in This Article").arg(m.companyName),
            "actionRemoveCompanyMentions", [this, m] { removeCompanyMentions(m); });
    }
    for (const Partnership& p : partnerships) {
        if (mention || p.id != partnerships.first().id)
            menu->insertSeparator(before);
        title(QStringLiteral("menuPartnershipTitle"),
              tr("%1 – %2 — %3").arg(p.nameA, p.nameB, p.kind));
        add(QStringLiteral("menuRemovePartnership"), tr("Remove Partnership"), nullptr,
            [this, p] { removePartnership(p); });
        add(QStringLiteral("menuShowPartnership"), tr("Show Partnership in Side Panel"), nullptr,
            [this, p] { showPartnership(p); });
    }
    if (before)
        menu->insertSeparator(before);
}

std::optional<Mention> MentionActions::mentionAt(int cleanOffset) const {
    if (cleanOffset < 0)
        return std::nullopt;
    const qint64 id = m_reader->mentionAt(cleanOffset);
    for (const Mention& mention : m_mentions()) {
        if (id > 0 && mention.id == id)
            return mention;
    }
    return std::nullopt;
}

std::optional<Mention> MentionActions::mentionAtTextCursor() const {
    if (const auto selection = m_reader->selectedCleanRange()) {
        // A selection inside one mention (a double-click on it) names that mention.
        const std::optional<Mention> first = mentionAt(selection->first);
        if (first && selection->second <= first->anchor.end)
            return first;
        return std::nullopt;
    }
    const int offset = m_reader->cleanOffset(m_reader->textCursor().position());
    if (std::optional<Mention> mention = mentionAt(offset))
        return mention;
    return mentionAt(offset - 1);
}

QList<Partnership> MentionActions::partnershipsAt(int cleanOffset) const {
    QList<Partnership> found;
    const qint64 articleId = m_openArticle();
    if (cleanOffset < 0 || articleId <= 0)
        return found;
    auto partnerships = PartnershipStore(m_db).partnerships(articleId);
    if (!partnerships)
        return found;
    for (const Partnership& p : *partnerships) {
        if (p.evidence.anchored && p.evidence.start <= cleanOffset && cleanOffset < p.evidence.end)
            found << p;
    }
    return found;
}

void MentionActions::onMentionAtTextCursor(void (MentionActions::*act)(const Mention&)) {
    if (m_openArticle() <= 0) {
        emit notice(tr("Open an article first."));
        return;
    }
    const std::optional<Mention> mention = mentionAtTextCursor();
    if (!mention) {
        emit notice(m_reader->selectedCleanRange()
                        ? tr("The selection is not inside one marked company; click on the "
                             "mention first.")
                        : tr("Put the text cursor on a marked company first."));
        return;
    }
    (this->*act)(*mention);
}

void MentionActions::removeMention(const Mention& mention) {
    m_undoStack->push(new RemoveMentionCommand(m_context, mention));
}

void MentionActions::changeCompany(const Mention& mention) {
    // The company it names now is no choice: the popup offers the others first.
    QList<Company> others;
    if (auto stored = CompanyStore(m_db).companies()) {
        for (const Company& company : *stored) {
            if (company.id != mention.companyId)
                others << company;
        }
    }
    auto* popup = new CompanyPopup(others, mention.anchor.quote, m_window);
    popup->setWindowTitle(tr("Change Company of “%1”").arg(mention.anchor.quote));
    connect(popup, &QDialog::accepted, this, [this, popup, mention] {
        const QString name = popup->companyName();
        const QString alias = popup->aliasToAdd();
        auto existing = CompanyStore(m_db).findCompany(name);
        if (existing && *existing && (*existing)->id == mention.companyId) {
            emit notice(
                tr("“%1” is already marked as %2.").arg(mention.anchor.quote, mention.companyName));
            return;
        }
        // One step to undo: the change and the alias it taught.
        if (!alias.isEmpty())
            m_undoStack->beginMacro(
                tr("Change “%1” to %2 and add the alias").arg(mention.anchor.quote, name));
        m_undoStack->push(new ChangeMentionCompanyCommand(m_context, mention, name));
        if (!alias.isEmpty()) {
            if (auto company = CompanyStore(m_db).findCompany(name); company && *company)
                m_undoStack->push(new SetAliasesCommand(m_context, **company,
                                                        (*company)->aliases + QStringList{alias}));
            m_undoStack->endMacro();
        }
        emit message(tr("“%1” is now marked as %2.").arg(mention.anchor.quote, name));
    });
    popup->open();
}

void MentionActions::editNote(const Mention& mention) {
    showPanel();
    if (!m_panel->editNoteOf(mention.id, 0))
        emit notice(tr("The side panel does not list this mention; open the article again."));
}

void MentionActions::removeCompanyMentions(const Mention& mention) {
    QList<Mention> ofCompany;
    for (const Mention& m : m_mentions()) {
        if (m.companyId == mention.companyId)
            ofCompany << m;
    }
    if (ofCompany.isEmpty())
        return;
    const qsizetype count = ofCompany.size();
    m_undoStack->push(new RemoveMentionsCommand(
        m_context,
        count == 1 ? tr("Remove the mention of %1").arg(mention.companyName)
                   : tr("Remove the %1 mentions of %2").arg(count).arg(mention.companyName),
        ofCompany));
    emit message(
        count == 1
            ? tr("Removed the mention of %1 in this article.").arg(mention.companyName)
            : tr("Removed %1 mentions of %2 in this article.").arg(count).arg(mention.companyName));
}

void MentionActions::removePartnership(const Partnership& partnership) {
    m_undoStack->push(new RemovePartnershipCommand(m_context, partnership));
}

void MentionActions::showPartnership(const Partnership& partnership) {
    showPanel();
    if (!m_panel->showEntry(0, partnership.id))
        emit notice(tr("The side panel does not list this partnership; open the article again."));
}

void MentionActions::showPanel() {
    if (m_panel->isVisibleTo(m_window))
        return;
    // The View menu's own actions, so its check marks and the saved layout stay true.
    if (auto* readingMode = m_window->findChild<QAction*>(QStringLiteral("actionReadingMode"));
        readingMode && readingMode->isChecked())
        readingMode->setChecked(false);
    if (auto* panel = m_window->findChild<QAction*>(QStringLiteral("actionShowPanel"));
        panel && !panel->isChecked())
        panel->setChecked(true);
}
