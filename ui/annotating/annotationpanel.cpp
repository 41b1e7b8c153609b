#include "annotating/annotationpanel.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace {
enum ItemRole { KindRole = Qt::UserRole + 1, IndexRole, CompanyRole };
enum ItemKind { CompanyItem = 1, MentionItem, PartnershipItem };
constexpr int noteSavePauseMs = 700;

QIcon swatch(const QString& color) {
    QPixmap pixmap(12, 12);
    pixmap.fill(QColor(color));
    return QIcon(pixmap);
}

QTreeWidget* makeTree(const QString& name, const QStringList& headers, QWidget* parent) {
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setHeaderLabels(headers);
    tree->setHeaderHidden(headers.size() == 1);
    tree->setUniformRowHeights(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

QLabel* heading(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

AnnotationPanel::AnnotationPanel(QWidget* parent)
    : QWidget(parent)
    , m_companies(makeTree(QStringLiteral("companyTree"), {tr("Companies")}, this))
    , m_partnershipTree(makeTree(QStringLiteral("partnershipTree"),
                                 {tr("Pair"), tr("Kind"), tr("Status"), tr("Evidence")}, this))
    , m_articleNoteEdit(new QPlainTextEdit(this))
    , m_itemNoteEdit(new QPlainTextEdit(this))
    , m_noteTimer(new QTimer(this))
    , m_history(
          makeTree(QStringLiteral("historyList"), {tr("When"), tr("What"), tr("State")}, this))
    , m_restoreState(new QPushButton(tr("Restore This State"), this)) {
    setObjectName(QStringLiteral("annotationPanel"));
    m_partnershipTree->setRootIsDecorated(false);
    m_articleNoteEdit->setObjectName(QStringLiteral("articleNoteEdit"));
    m_articleNoteEdit->setPlaceholderText(tr("A note on this article…"));
    m_itemNoteEdit->setObjectName(QStringLiteral("itemNoteEdit"));
    m_itemNoteEdit->setPlaceholderText(tr("Select a mention or partnership to note on it…"));
    m_itemNoteEdit->setEnabled(false);
    for (QPlainTextEdit* edit : {m_articleNoteEdit, m_itemNoteEdit}) {
        edit->setMaximumHeight(90);
        edit->setTabChangesFocus(true);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 6, 0);
    layout->addWidget(heading(tr("Companies"), this));
    layout->addWidget(m_companies, 3);
    layout->addWidget(heading(tr("Partnerships"), this));
    layout->addWidget(m_partnershipTree, 2);
    layout->addWidget(heading(tr("Note on the selected entry"), this));
    layout->addWidget(m_itemNoteEdit);
    layout->addWidget(heading(tr("History of the selected entry"), this));
    m_history->setRootIsDecorated(false);
    m_history->setMaximumHeight(120);
    layout->addWidget(m_history);
    m_restoreState->setObjectName(QStringLiteral("restoreStateButton"));
    m_restoreState->setEnabled(false);
    layout->addWidget(m_restoreState);
    connect(m_history, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_restoreState->setEnabled(!m_history->selectedItems().isEmpty()); });
    connect(m_restoreState, &QPushButton::clicked, this, &AnnotationPanel::restoreSelectedState);
    layout->addWidget(heading(tr("Note on the article"), this));
    layout->addWidget(m_articleNoteEdit);

    // Delete works on whichever list has the focus.
    auto* remove = new QAction(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("actionRemoveAnnotation"));
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (QTreeWidget* tree : {m_companies, m_partnershipTree}) {
        tree->addAction(remove);
        tree->setContextMenuPolicy(Qt::ActionsContextMenu);
        connect(tree, &QTreeWidget::itemSelectionChanged, this,
                [this, tree] { onSelectionChanged(tree); });
    }
    connect(remove, &QAction::triggered, this, &AnnotationPanel::removeSelected);

    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(noteSavePauseMs);
    connect(m_noteTimer, &QTimer::timeout, this, &AnnotationPanel::commitNotes);
    connect(m_articleNoteEdit, &QPlainTextEdit::textChanged, m_noteTimer,
            qOverload<>(&QTimer::start));
    connect(m_itemNoteEdit, &QPlainTextEdit::textChanged, m_noteTimer, qOverload<>(&QTimer::start));
}

void AnnotationPanel::setAnnotations(qint64 articleId, const QList<Mention>& mentions,
                                     const QList<Partnership>& partnerships,
                                     const QString& articleNote) {
    if (articleId != m_articleId)
        commitNotes();
    // Keep the selection across a refresh (after an undo, say) when the entry still exists.
    const qint64 selectedCompany = selectedCompanyId();
    const qint64 selectedMention = m_itemMention >= 0 ? m_mentions.at(m_itemMention).id : 0;
    const qint64 selectedPartnership =
        m_itemPartnership >= 0 ? m_partnerships.at(m_itemPartnership).id : 0;
    m_articleId = articleId;
    m_mentions = mentions;
    m_partnerships = partnerships;
    m_articleNote = articleNote;
    m_itemMention = m_itemPartnership = -1;

    const QSignalBlocker companyBlocker(m_companies);
    const QSignalBlocker partnershipBlocker(m_partnershipTree);
    m_companies->clear();
    QMap<qint64, QTreeWidgetItem*> byCompany;
    for (int i = 0; i < m_mentions.size(); ++i) {
        const Mention& mention = m_mentions.at(i);
        QTreeWidgetItem*& company = byCompany[mention.companyId];
        if (!company) {
            company = new QTreeWidgetItem(m_companies);
            company->setData(0, KindRole, CompanyItem);
            company->setData(0, CompanyRole, mention.companyId);
            company->setIcon(0, swatch(mention.companyColor));
        }
        auto* item = new QTreeWidgetItem(company);
        const QString review = mention.anchor.anchored ? QString() : tr("⚠ needs review: ");
        const QString note = mention.note.isEmpty() ? QString() : tr(" (note)");
        item->setText(0, review + QStringLiteral("“") + mention.anchor.quote + QStringLiteral("”") +
                             note);
        item->setToolTip(0, mention.anchor.prefix + QStringLiteral("[") + mention.anchor.quote +
                                QStringLiteral("]") + mention.anchor.suffix);
        item->setData(0, KindRole, MentionItem);
        item->setData(0, IndexRole, i);
        item->setData(0, CompanyRole, mention.companyId);
        if (mention.id == selectedMention) {
            item->setSelected(true);
            m_itemMention = i;
        }
    }
    for (QTreeWidgetItem* company : std::as_const(byCompany)) {
        const Mention& first = m_mentions.at(company->child(0)->data(0, IndexRole).toInt());
        company->setText(0, tr("%1 (%2)").arg(first.companyName).arg(company->childCount()));
        if (company->data(0, CompanyRole).toLongLong() == selectedCompany && selectedMention == 0)
            company->setSelected(true);
    }
    m_companies->sortItems(0, Qt::AscendingOrder);

    m_partnershipTree->clear();
    for (int i = 0; i < m_partnerships.size(); ++i) {
        const Partnership& p = m_partnerships.at(i);
        auto* item =
            new QTreeWidgetItem(m_partnershipTree, {QStringLiteral("%1 – %2").arg(p.nameA, p.nameB),
                                                    p.kind, p.status, p.evidence.quote});
        item->setToolTip(3, p.evidence.quote);
        if (!p.evidence.anchored)
            item->setText(3, tr("⚠ needs review: ") + p.evidence.quote);
        item->setData(0, KindRole, PartnershipItem);
        item->setData(0, IndexRole, i);
        if (p.id == selectedPartnership) {
            item->setSelected(true);
            m_itemPartnership = i;
        }
    }

    const QSignalBlocker noteBlocker(m_articleNoteEdit);
    const QSignalBlocker itemBlocker(m_itemNoteEdit);
    // Only touch an editor whose text differs, so typing is never interrupted by a refresh.
    if (m_articleNoteEdit->toPlainText() != articleNote)
        m_articleNoteEdit->setPlainText(articleNote);
    const QString itemNote = m_itemMention >= 0       ? m_mentions.at(m_itemMention).note
                             : m_itemPartnership >= 0 ? m_partnerships.at(m_itemPartnership).note
                                                      : QString();
    if (m_itemNoteEdit->toPlainText() != itemNote)
        m_itemNoteEdit->setPlainText(itemNote);
    m_itemNoteEdit->setEnabled(m_itemMention >= 0 || m_itemPartnership >= 0);
    showHistory();
}

void AnnotationPanel::clear() {
    setAnnotations(0, {}, {}, QString());
}

qint64 AnnotationPanel::selectedCompanyId() const {
    const QList<QTreeWidgetItem*> selected = m_companies->selectedItems();
    return selected.isEmpty() ? 0 : selected.first()->data(0, CompanyRole).toLongLong();
}

void AnnotationPanel::onSelectionChanged(QTreeWidget* tree) {
    commitItemNote();
    const QList<QTreeWidgetItem*> selected = tree->selectedItems();
    m_itemMention = m_itemPartnership = -1;
    QString note;
    if (!selected.isEmpty()) {
        QTreeWidgetItem* item = selected.first();
        const int index = item->data(0, IndexRole).toInt();
        switch (item->data(0, KindRole).toInt()) {
        case MentionItem:
            m_itemMention = index;
            note = m_mentions.at(index).note;
            emit mentionActivated(m_mentions.at(index));
            break;
        case PartnershipItem:
            m_itemPartnership = index;
            note = m_partnerships.at(index).note;
            emit partnershipActivated(m_partnerships.at(index));
            break;
        case CompanyItem:
            emit mentionActivated(m_mentions.at(item->child(0)->data(0, IndexRole).toInt()));
            break;
        }
        // One selection at a time across both lists, so Delete is never ambiguous.
        QTreeWidget* other = tree == m_companies ? m_partnershipTree : m_companies;
        const QSignalBlocker blocker(other);
        other->clearSelection();
    }
    const QSignalBlocker blocker(m_itemNoteEdit);
    m_itemNoteEdit->setPlainText(note);
    m_itemNoteEdit->setEnabled(m_itemMention >= 0 || m_itemPartnership >= 0);
    showHistory();
}

void AnnotationPanel::showHistory() {
    m_history->clear();
    m_shownHistory.clear();
    if (m_historyProvider && (m_itemMention >= 0 || m_itemPartnership >= 0))
        m_shownHistory =
            m_historyProvider(m_itemMention >= 0 ? m_mentions.at(m_itemMention).id : 0,
                              m_itemPartnership >= 0 ? m_partnerships.at(m_itemPartnership).id : 0);
    for (qsizetype i = 0; i < m_shownHistory.size(); ++i) {
        const HistoryEntry& entry = m_shownHistory.at(i);
        const QJsonObject& d = entry.detail;
        QString state = QStringLiteral("“%1” %2–%3")
                            .arg(d.value(QStringLiteral("quote")).toString())
                            .arg(d.value(QStringLiteral("start")).toInt())
                            .arg(d.value(QStringLiteral("end")).toInt());
        if (d.contains(QStringLiteral("company")))
            state = d.value(QStringLiteral("company")).toString() + QStringLiteral(": ") + state;
        if (d.contains(QStringLiteral("kind")))
            state = d.value(QStringLiteral("kind")).toString() + QStringLiteral(", ") +
                    d.value(QStringLiteral("status")).toString() + QStringLiteral(": ") + state;
        // The entry shown is there now, so its last event is its state: said in words and bold,
        // so that "deleted" above "restored" never reads as gone.
        const bool current = i == m_shownHistory.size() - 1;
        const QString what = current ? tr("%1 (current)").arg(HistoryStore::eventLabel(entry.event))
                                     : HistoryStore::eventLabel(entry.event);
        auto* item = new QTreeWidgetItem(
            m_history,
            {entry.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), what, state});
        item->setToolTip(2, state + QStringLiteral("\n") + tr("by %1").arg(entry.author));
        if (current) {
            QFont bold = item->font(1);
            bold.setBold(true);
            for (int column = 0; column < item->columnCount(); ++column)
                item->setFont(column, bold);
        }
    }
    m_history->scrollToBottom(); // the current state, in a list 120 pixels high
    m_restoreState->setEnabled(false);
}

void AnnotationPanel::restoreSelectedState() {
    const QList<QTreeWidgetItem*> selected = m_history->selectedItems();
    if (selected.isEmpty())
        return;
    const QJsonObject state =
        m_shownHistory.at(m_history->indexOfTopLevelItem(selected.first())).detail;
    if (m_itemMention >= 0)
        emit restoreMentionStateRequested(m_mentions.at(m_itemMention), state);
    else if (m_itemPartnership >= 0)
        emit restorePartnershipStateRequested(m_partnerships.at(m_itemPartnership), state);
}

void AnnotationPanel::removeSelected() {
    for (QTreeWidget* tree : {m_companies, m_partnershipTree}) {
        const QList<QTreeWidgetItem*> selected = tree->selectedItems();
        if (selected.isEmpty())
            continue;
        QTreeWidgetItem* item = selected.first();
        const int index = item->data(0, IndexRole).toInt();
        switch (item->data(0, KindRole).toInt()) {
        case MentionItem:
            emit removeMentionRequested(m_mentions.at(index));
            return;
        case CompanyItem:
            emit removeCompanyMentionsRequested(item->data(0, CompanyRole).toLongLong());
            return;
        case PartnershipItem:
            emit removePartnershipRequested(m_partnerships.at(index));
            return;
        }
    }
}

void AnnotationPanel::commitNotes() {
    m_noteTimer->stop();
    commitArticleNote();
    commitItemNote();
}

void AnnotationPanel::commitArticleNote() {
    const QString body = m_articleNoteEdit->toPlainText();
    if (m_articleId <= 0 || body == m_articleNote)
        return;
    const QString old = std::exchange(m_articleNote, body);
    emit articleNoteEdited(m_articleId, old, body);
}

void AnnotationPanel::commitItemNote() {
    const QString body = m_itemNoteEdit->toPlainText();
    if (m_itemMention >= 0 && body != m_mentions.at(m_itemMention).note) {
        const Mention mention = m_mentions.at(m_itemMention);
        m_mentions[m_itemMention].note = body;
        emit mentionNoteEdited(mention, body);
    } else if (m_itemPartnership >= 0 && body != m_partnerships.at(m_itemPartnership).note) {
        const Partnership partnership = m_partnerships.at(m_itemPartnership);
        m_partnerships[m_itemPartnership].note = body;
        emit partnershipNoteEdited(partnership, body);
    }
}

std::optional<Mention> AnnotationPanel::selectedMention() const {
    if (m_itemMention < 0)
        return std::nullopt;
    return m_mentions.at(m_itemMention);
}

std::optional<Partnership> AnnotationPanel::selectedPartnership() const {
    if (m_itemPartnership < 0)
        return std::nullopt;
    return m_partnerships.at(m_itemPartnership);
}

bool AnnotationPanel::showEntry(qint64 mentionId, qint64 partnershipId) {
    QTreeWidget* tree = mentionId > 0 ? m_companies : m_partnershipTree;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        QTreeWidgetItem* item = *it;
        const int kind = item->data(0, KindRole).toInt();
        const int index = item->data(0, IndexRole).toInt();
        const bool found =
            mentionId > 0 ? kind == MentionItem && m_mentions.at(index).id == mentionId
                          : kind == PartnershipItem && m_partnerships.at(index).id == partnershipId;
        if (!found)
            continue;
        if (item->parent())
            item->parent()->setExpanded(true);
        tree->setCurrentItem(item); // selects it: the note editor and the history follow
        tree->scrollToItem(item);
        tree->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return false;
}

bool AnnotationPanel::editNoteOf(qint64 mentionId, qint64 partnershipId) {
    if (!showEntry(mentionId, partnershipId))
        return false;
    m_itemNoteEdit->setFocus(Qt::OtherFocusReason);
    m_itemNoteEdit->moveCursor(QTextCursor::End);
    return true;
}
