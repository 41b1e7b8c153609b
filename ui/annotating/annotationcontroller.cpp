#include "annotating/annotationcontroller.h"

#include "annotate/partnershipcandidates.h"
#include "annotate/textspan.h"
#include "annotating/annotationpanel.h"
#include "annotating/bulkmarking.h"
#include "annotating/companypopup.h"
#include "annotating/mentionactions.h"
#include "annotating/partnershipdialog.h"
#include "annotating/textchangeactions.h"
#include "commands/companycommands.h"
#include "commands/mentioncommands.h"
#include "commands/notecommand.h"
#include "commands/partnershipcommands.h"
#include "commands/reattachcommand.h"
#include "commands/restorestatecommand.h"
#include "reader/readerview.h"
#include "store/anchorreview.h"
#include "store/articlestore.h"
#include "store/companystore.h"
#include "store/database.h"
#include "store/mentionstore.h"
#include "store/notestore.h"
#include "store/partnershipstore.h"
#include "window/windowaction.h"

#include <QAction>
#include <QUndoStack>

AnnotationController::AnnotationController(Database& database, ReaderView* reader,
                                           AnnotationPanel* panel, QWidget* window)
    : QObject(window)
    , m_db(database)
    , m_reader(reader)
    , m_panel(panel)
    , m_window(window)
    , m_context(new AnnotationContext(database, this))
    , m_undoStack(new QUndoStack(this))
    , m_bulkMarking(new BulkMarking(m_context, m_undoStack, window)) {
    createActions(window);
    connectPanel();
    connect(m_bulkMarking, &BulkMarking::message, this, &AnnotationController::message);
    connect(m_bulkMarking, &BulkMarking::notice, this, &AnnotationController::notice);
    connect(m_bulkMarking, &BulkMarking::failed, this, &AnnotationController::failed);
    connect(m_context, &AnnotationContext::failed, this, &AnnotationController::failed);
    connect(m_context, &AnnotationContext::changed, this, [this](qint64 articleId) {
        if (articleId == 0 || articleId == m_articleId)
            reload();
        emit annotationsChanged(articleId);
    });
}

void AnnotationController::createActions(QWidget* window) {
    auto make = [&](const QString& name, const QString& text, const QList<QKeySequence>& keys) {
        QAction* action = makeWindowAction(window, name, text, keys);
        m_actions << action;
        return action;
    };
    connect(make(QStringLiteral("actionMarkCompany"), tr("Mark &Company…"),
                 {QKeySequence(Qt::Key_M), QKeySequence(Qt::CTRL | Qt::Key_M)}),
            &QAction::triggered, this, &AnnotationController::markCompany);
    connect(make(QStringLiteral("actionMarkAll"), tr("Mark &All Occurrences in Article"),
                 {QKeySequence(Qt::SHIFT | Qt::Key_M)}),
            &QAction::triggered, this, &AnnotationController::markAllInArticle);
    connect(make(QStringLiteral("actionMarkAllEverywhere"),
                 tr("Mark All Occurrences in All A&rticles"),
                 {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)}),
            &QAction::triggered, this, &AnnotationController::markAllEverywhere);
    connect(make(QStringLiteral("actionMarkPartnership"), tr("Mark &Partnership…"),
                 {QKeySequence(Qt::Key_P), QKeySequence(Qt::CTRL | Qt::Key_P)}),
            &QAction::triggered, this, &AnnotationController::markPartnership);
    connect(make(QStringLiteral("actionReattach"), tr("Re-&attach to Selection"),
                 {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)}),
            &QAction::triggered, this, &AnnotationController::reattachToSelection);
    QAction* undo = m_undoStack->createUndoAction(window, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction* redo = m_undoStack->createRedoAction(window, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    // Spelled out: the platform's standard Redo differs between desktops.
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    for (QAction* action : {undo, redo}) {
        window->addAction(action);
        m_actions << action;
    }
    m_reader->setContextActions(m_actions.mid(0, 4));
    m_textChanges = new TextChangeActions(
        m_context, m_undoStack, m_reader, [this] { return m_articleId; }, window);
    connect(m_textChanges, &TextChangeActions::failed, this, &AnnotationController::failed);
    connect(m_textChanges, &TextChangeActions::message, this, &AnnotationController::message);
    auto* mentionActions = new MentionActions(
        m_db, m_context, m_undoStack, m_reader, m_panel, [this] { return m_articleId; },
        [this] { return m_mentions; }, window);
    connect(mentionActions, &MentionActions::message, this, &AnnotationController::message);
    connect(mentionActions, &MentionActions::notice, this, &AnnotationController::notice);
}

void AnnotationController::connectPanel() {
    m_panel->setHistoryProvider([this](qint64 mentionId, qint64 partnershipId) {
        const HistoryStore history(m_db);
        auto entries = mentionId > 0 ? history.mentionHistory(mentionId)
                                     : history.partnershipHistory(partnershipId);
        return entries ? *entries : QList<HistoryEntry>();
    });
    connect(m_panel, &AnnotationPanel::restoreMentionStateRequested, this,
            [this](const Mention& mention, const QJsonObject& state) {
                m_undoStack->push(new RestoreStateCommand(m_context, mention, state));
            });
    connect(m_panel, &AnnotationPanel::restorePartnershipStateRequested, this,
            [this](const Partnership& partnership, const QJsonObject& state) {
                m_undoStack->push(new RestoreStateCommand(m_context, partnership, state));
            });
    connect(m_panel, &AnnotationPanel::mentionActivated, this, [this](const Mention& mention) {
        m_reader->flashRange(mention.anchor.start, mention.anchor.end);
        m_lastCompanyId = mention.companyId;
    });
    connect(m_panel, &AnnotationPanel::partnershipActivated, this, [this](const Partnership& p) {
        if (p.evidence.end > p.evidence.start)
            m_reader->flashRange(p.evidence.start, p.evidence.end);
    });
    connect(m_panel, &AnnotationPanel::removeMentionRequested, this,
            [this](const Mention& mention) {
                m_undoStack->push(new RemoveMentionCommand(m_context, mention));
            });
    connect(m_panel, &AnnotationPanel::removeCompanyMentionsRequested, this, [this](qint64 id) {
        const QList<Mention> mentions = m_mentions;
        m_undoStack->beginMacro(tr("Remove the mentions of a company"));
        for (const Mention& mention : mentions) {
            if (mention.companyId == id)
                m_undoStack->push(new RemoveMentionCommand(m_context, mention));
        }
        m_undoStack->endMacro();
    });
    connect(m_panel, &AnnotationPanel::removePartnershipRequested, this,
            [this](const Partnership& partnership) {
                m_undoStack->push(new RemovePartnershipCommand(m_context, partnership));
            });
    connect(m_panel, &AnnotationPanel::articleNoteEdited, this,
            [this](qint64 articleId, const QString& oldBody, const QString& newBody) {
                m_undoStack->push(new SetNoteCommand(m_context, articleId,
                                                     SetNoteCommand::Target::Article, articleId,
                                                     oldBody, newBody));
            });
    connect(m_panel, &AnnotationPanel::mentionNoteEdited, this,
            [this](const Mention& mention, const QString& body) {
                m_undoStack->push(new SetNoteCommand(m_context, mention.articleId,
                                                     SetNoteCommand::Target::Mention, mention.id,
                                                     mention.note, body));
            });
    connect(m_panel, &AnnotationPanel::partnershipNoteEdited, this,
            [this](const Partnership& partnership, const QString& body) {
                m_undoStack->push(new SetNoteCommand(m_context, partnership.articleId,
                                                     SetNoteCommand::Target::Partnership,
                                                     partnership.id, partnership.note, body));
            });
}

void AnnotationController::showArticle(qint64 articleId) {
    m_panel->commitNotes();
    m_articleId = articleId;
    reload();
}

void AnnotationController::reload() {
    m_mentions.clear();
    m_text.clear();
    if (m_articleId <= 0) {
        m_panel->clear();
        m_reader->setMentionMarks({});
        return;
    }
    // A text change (here, by undo, or by re-cleaning) re-renders the article first.
    if (auto article = ArticleStore(m_db).article(m_articleId);
        article && m_reader->articleId() == m_articleId &&
        (article->clean.text() != m_reader->bodyText() ||
         article->clean.removed != m_reader->article().clean.removed)) {
        const int position = m_reader->readingPosition();
        article->readingPosition = position;
        m_reader->showArticle(*article);
    }
    m_text = m_reader->bodyText();
    auto mentions = MentionStore(m_db).mentions(m_articleId);
    auto partnerships = PartnershipStore(m_db).partnerships(m_articleId);
    auto note = NoteStore(m_db).articleNote(m_articleId);
    if (!mentions || !partnerships || !note) {
        emit failed(!mentions       ? mentions.errorMessage()
                    : !partnerships ? partnerships.errorMessage()
                                    : note.errorMessage());
        return;
    }
    m_mentions = *mentions;
    QList<MentionMark> marks;
    for (const Mention& mention : std::as_const(m_mentions)) {
        if (mention.anchor.anchored)
            marks.append({mention.id, mention.anchor.start, mention.anchor.end,
                          QColor(mention.companyColor),
                          mention.note.isEmpty()
                              ? mention.companyName
                              : mention.companyName + QStringLiteral(": ") + mention.note});
    }
    m_reader->setMentionMarks(marks);
    m_panel->setAnnotations(m_articleId, m_mentions, *partnerships, *note);
}

bool AnnotationController::requireArticle() {
    if (m_articleId > 0)
        return true;
    emit notice(tr("Open an article first."));
    return false;
}

void AnnotationController::markCompany() {
    if (!requireArticle())
        return;
    const auto selection = m_reader->selectedCleanRange();
    if (!selection) {
        emit notice(tr("Select the company's name in the article first."));
        return;
    }
    auto span = TextSpan::snapToWords(m_text, selection->first, selection->second);
    if (!span) {
        emit notice(span.errorMessage());
        return;
    }
    for (const Mention& mention : std::as_const(m_mentions)) {
        if (mention.anchor.start < span->end && span->start < mention.anchor.end) {
            emit notice(tr("“%1” is already marked as %2; remove that mention first.")
                            .arg(mention.anchor.quote, mention.companyName));
            return;
        }
    }
    QList<Company> companies;
    if (auto stored = CompanyStore(m_db).companies())
        companies = *stored;
    const int start = span->start;
    const int end = span->end;
    auto* popup = new CompanyPopup(companies, m_text.mid(start, end - start), m_window);
    connect(popup, &QDialog::accepted, this, [this, popup, start, end] {
        addMention(popup->companyName(), start, end, popup->aliasToAdd());
    });
    popup->open();
}

void AnnotationController::addMention(const QString& companyName, int start, int end,
                                      const QString& newAlias) {
    // One step to undo: the mark and the alias it taught.
    if (!newAlias.isEmpty())
        m_undoStack->beginMacro(tr("Mark “%1” as %2 and add the alias")
                                    .arg(m_text.mid(start, end - start), companyName));
    m_undoStack->push(new AddMentionsCommand(m_context, m_articleId, companyName,
                                             {TextSpan::anchorFor(m_text, start, end)}));
    if (!newAlias.isEmpty()) {
        if (auto company = CompanyStore(m_db).findCompany(companyName); company && *company)
            m_undoStack->push(new SetAliasesCommand(m_context, **company,
                                                    (*company)->aliases + QStringList{newAlias}));
        m_undoStack->endMacro();
        emit message(tr("“%1” is now an alias of %2.").arg(newAlias, companyName));
    }
    for (const Mention& mention : std::as_const(m_mentions)) {
        if (mention.anchor.start == start && mention.anchor.end == end)
            m_lastCompanyId = mention.companyId;
    }
}

qint64 AnnotationController::companyInFocus() const {
    if (const qint64 selected = m_panel->selectedCompanyId())
        return selected;
    const QTextCursor cursor = m_reader->textCursor();
    if (const qint64 mentionId = m_reader->mentionAt(m_reader->cleanOffset(cursor.position()))) {
        for (const Mention& mention : m_mentions) {
            if (mention.id == mentionId)
                return mention.companyId;
        }
    }
    return m_lastCompanyId;
}

void AnnotationController::markAllInArticle() {
    if (!requireArticle())
        return;
    const qint64 companyId = companyInFocus();
    auto company = CompanyStore(m_db).company(companyId);
    if (companyId <= 0 || !company) {
        emit notice(tr("Choose a company first: select it in the side panel or put the cursor on "
                       "one of its mentions."));
        return;
    }
    m_bulkMarking->markAll(*company, m_articleId);
}

void AnnotationController::markAllEverywhere() {
    const qint64 companyId = companyInFocus();
    auto company = CompanyStore(m_db).company(companyId);
    if (companyId <= 0 || !company) {
        emit notice(tr("Choose a company first: select it in the side panel or put the cursor on "
                       "one of its mentions."));
        return;
    }
    m_bulkMarking->markAll(*company, 0);
}

void AnnotationController::markPartnership() {
    if (!requireArticle())
        return;
    // The evidence: the sentences the selection touches, or the sentence at the cursor.
    int start = -1, end = -1;
    if (const auto selection = m_reader->selectedCleanRange()) {
        if (m_text.mid(selection->first, selection->second - selection->first)
                .trimmed()
                .contains(u'\n')) {
            emit notice(tr("The evidence must lie within one paragraph; the selection spans two."));
            return;
        }
        start = TextSpan::sentenceAt(m_text, selection->first).start;
        end = TextSpan::sentenceAt(m_text, std::max(selection->first, selection->second - 1)).end;
    } else if (const int cursor = m_reader->cleanOffset(m_reader->textCursor().position());
               cursor >= 0) {
        const TextSpan::Span sentence = TextSpan::sentenceAt(m_text, cursor);
        start = sentence.start;
        end = sentence.end;
    }
    QStringList companies;
    if (auto stored = CompanyStore(m_db).companies()) {
        for (const Company& company : *stored)
            companies << company.name;
    }
    const auto [inSentence, names] =
        PartnershipCandidates::names(m_mentions, companies, start, end);
    if (names.size() < 2) {
        emit notice(tr("Mark at least two companies before recording a partnership between them."));
        return;
    }
    QStringList kinds;
    if (auto stored = PartnershipStore(m_db).partnershipKinds())
        kinds = *stored;
    const QString evidence = end > start ? m_text.mid(start, end - start) : QString();
    auto* dialog = new PartnershipDialog(names, kinds, evidence, m_window);
    if (inSentence.size() >= 2)
        dialog->setPair(inSentence.at(0), inSentence.at(1));
    connect(dialog, &QDialog::accepted, this, [=, this] {
        recordPartnership(dialog->companyA(), dialog->companyB(), dialog->kind(), dialog->status(),
                          start, end);
    });
    dialog->open();
}

void AnnotationController::recordPartnership(const QString& a, const QString& b,
                                             const QString& kind, const QString& status,
                                             int evidenceStart, int evidenceEnd) {
    CompanyStore store(m_db);
    auto companyA = store.findCompany(a);
    auto companyB = store.findCompany(b);
    if (!companyA || !companyB) {
        emit failed(!companyA ? companyA.errorMessage() : companyB.errorMessage());
        return;
    }
    for (const auto& [found, name] : {std::pair{&*companyA, a}, std::pair{&*companyB, b}}) {
        if (!found->has_value()) {
            emit notice(
                tr("There is no company called “%1”; mark it in the text first.").arg(name));
            return;
        }
    }
    Partnership partnership;
    partnership.articleId = m_articleId;
    partnership.companyA = (*companyA)->id;
    partnership.companyB = (*companyB)->id;
    partnership.nameA = (*companyA)->name;
    partnership.nameB = (*companyB)->name;
    partnership.kind = kind;
    partnership.status = status;
    if (evidenceEnd > evidenceStart)
        partnership.evidence = TextSpan::anchorFor(m_text, evidenceStart, evidenceEnd);
    m_undoStack->push(new AddPartnershipCommand(m_context, partnership));
}

void AnnotationController::renameCompany(qint64 companyId, const QString& newName) {
    auto company = CompanyStore(m_db).company(companyId);
    if (!company)
        return emit failed(company.errorMessage());
    m_undoStack->push(new RenameCompanyCommand(m_context, *company, newName));
}

void AnnotationController::setAliases(qint64 companyId, const QStringList& aliases) {
    auto company = CompanyStore(m_db).company(companyId);
    if (!company)
        return emit failed(company.errorMessage());
    m_undoStack->push(new SetAliasesCommand(m_context, *company, aliases));
}

void AnnotationController::mergeCompanies(qint64 keepId, qint64 removeId) {
    CompanyStore store(m_db);
    auto keep = store.company(keepId);
    auto remove = store.company(removeId);
    if (!keep || !remove)
        return emit failed(!keep ? keep.errorMessage() : remove.errorMessage());
    m_undoStack->push(new MergeCompaniesCommand(m_context, *keep, *remove));
}

void AnnotationController::reattachToSelection() {
    if (!requireArticle())
        return;
    const auto selection = m_reader->selectedCleanRange();
    const std::optional<Mention> mention = m_panel->selectedMention();
    const std::optional<Partnership> partnership = m_panel->selectedPartnership();
    if (!mention && !partnership) {
        emit notice(tr("Select the annotation to re-attach in the side panel first."));
        return;
    }
    if (!selection) {
        emit notice(tr("Select the text to attach it to in the article first."));
        return;
    }
    if (mention) {
        auto span = TextSpan::snapToWords(m_text, selection->first, selection->second);
        if (!span) {
            emit notice(span.errorMessage());
            return;
        }
        m_undoStack->push(new ReattachCommand(m_context, *mention,
                                              TextSpan::anchorFor(m_text, span->start, span->end)));
    } else {
        m_undoStack->push(
            new ReattachCommand(m_context, *partnership,
                                TextSpan::anchorFor(m_text, selection->first, selection->second)));
    }
}
