#pragma once

#include <QObject>
#include <QPointer>

class AnnotationController;
class CompaniesView;
class Database;
class PartnershipsView;
class QAction;
class QWidget;

// The corpus views of the Annotate menu: Companies…, Partnerships…, Partnership Kinds…. Each
// view opens once (a second trigger raises it), edits through the annotation controller so its
// changes are undoable, and asks the window to open an article or a partnership's evidence.
class CorpusViewActions final : public QObject {
    Q_OBJECT
public:
    CorpusViewActions(Database& database, AnnotationController* annotations, QWidget* window);

    QList<QAction*> actions() const { return m_actions; }
    // The store changed (here or elsewhere): open views read it again.
    void refresh();

signals:
    void openArticleRequested(qint64 articleId);
    void openEvidenceRequested(qint64 articleId, qint64 partnershipId);

private:
    void showCompanies();
    void showPartnerships();

    Database& m_db;
    AnnotationController* m_annotations;
    QWidget* m_window;
    QList<QAction*> m_actions;
    QPointer<CompaniesView> m_companies;
    QPointer<PartnershipsView> m_partnerships;
};
