#pragma once

#include "annotate/annotation.h"
#include "store/historystore.h"

#include <functional>

#include <QWidget>

#include <optional>

class QPlainTextEdit;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

// The side panel of the open article: its companies (with their mentions), its partnerships
// and its notes. It shows and asks; the controller decides and changes the store.
class AnnotationPanel : public QWidget {
    Q_OBJECT
public:
    explicit AnnotationPanel(QWidget* parent = nullptr);

    void setAnnotations(qint64 articleId, const QList<Mention>& mentions,
                        const QList<Partnership>& partnerships, const QString& articleNote);
    void clear();

    qint64 selectedCompanyId() const; // the company of the selected entry, or 0
    std::optional<Mention> selectedMention() const;
    std::optional<Partnership> selectedPartnership() const;
    // Selects the mention (or, with mentionId 0, the partnership) as a click on it would, and
    // gives its list the focus; false when the panel does not list it.
    bool showEntry(qint64 mentionId, qint64 partnershipId);
    // The same, with the focus in the entry's note editor instead.
    bool editNoteOf(qint64 mentionId, qint64 partnershipId);
    // Writes any note still being typed (before switching articles or closing).
    void commitNotes();

    // Where the panel reads the history of the selected mention or partnership.
    using HistoryProvider =
        std::function<QList<HistoryEntry>(qint64 mentionId, qint64 partnershipId)>;
    void setHistoryProvider(HistoryProvider provider) { m_historyProvider = std::move(provider); }

signals:
    void mentionActivated(const Mention& mention);
    void partnershipActivated(const Partnership& partnership);
    void removeMentionRequested(const Mention& mention);
    void removeCompanyMentionsRequested(qint64 companyId);
    void removePartnershipRequested(const Partnership& partnership);
    void articleNoteEdited(qint64 articleId, const QString& oldBody, const QString& newBody);
    void mentionNoteEdited(const Mention& mention, const QString& newBody);
    void partnershipNoteEdited(const Partnership& partnership, const QString& newBody);
    void restoreMentionStateRequested(const Mention& mention, const QJsonObject& state);
    void restorePartnershipStateRequested(const Partnership& partnership, const QJsonObject& state);

private:
    void removeSelected();
    void onSelectionChanged(QTreeWidget* tree);
    void commitItemNote();
    void commitArticleNote();
    void showHistory();
    void restoreSelectedState();

    qint64 m_articleId = 0;
    QList<Mention> m_mentions;
    QList<Partnership> m_partnerships;
    QString m_articleNote;
    QTreeWidget* m_companies;
    QTreeWidget* m_partnershipTree;
    QPlainTextEdit* m_articleNoteEdit;
    QPlainTextEdit* m_itemNoteEdit;
    QTimer* m_noteTimer;
    QTreeWidget* m_history;
    class QPushButton* m_restoreState;
    HistoryProvider m_historyProvider;
    QList<HistoryEntry> m_shownHistory;
    int m_itemMention = -1;     // index into m_mentions whose note the item editor shows
    int m_itemPartnership = -1; // or into m_partnerships
};
