#include "corpus/corpusviewactions.h"

#include "annotating/annotationcontroller.h"
#include "annotating/partnershipkindsdialog.h"
#include "corpus/companiesview.h"
#include "corpus/partnershipsview.h"
#include "window/windowaction.h"

CorpusViewActions::CorpusViewActions(Database& database, AnnotationController* annotations,
                                     QWidget* window)
    : QObject(window)
    , m_db(database)
    , m_annotations(annotations)
    , m_window(window) {
    auto* companies =
        makeWindowAction(window, QStringLiteral("actionCompaniesView"), tr("&Companies…"),
                         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)});
    auto* partnerships =
        makeWindowAction(window, QStringLiteral("actionPartnershipsView"), tr("Partner&ships…"),
                         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});
    auto* kinds = makeWindowAction(window, QStringLiteral("actionPartnershipKinds"),
                                   tr("Partnership &Kinds…"),
                                   {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)});
    m_actions = {companies, partnerships, kinds};
    connect(companies, &QAction::triggered, this, &CorpusViewActions::showCompanies);
    connect(partnerships, &QAction::triggered, this, &CorpusViewActions::showPartnerships);
    connect(kinds, &QAction::triggered, this,
            [this] { (new PartnershipKindsDialog(m_db, m_window))->open(); });
}

void CorpusViewActions::refresh() {
    if (m_companies)
        m_companies->refresh();
    if (m_partnerships)
        m_partnerships->refresh();
}

void CorpusViewActions::showCompanies() {
    if (!m_companies) {
        m_companies = new CompaniesView(m_db, m_window);
        m_companies->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_companies, &CompaniesView::renameRequested, m_annotations,
                &AnnotationController::renameCompany);
        connect(m_companies, &CompaniesView::aliasesRequested, m_annotations,
                &AnnotationController::setAliases);
        connect(m_companies, &CompaniesView::mergeRequested, m_annotations,
                &AnnotationController::mergeCompanies);
        connect(m_companies, &CompaniesView::openArticleRequested, this,
                &CorpusViewActions::openArticleRequested);
    }
    m_companies->show();
    m_companies->raise();
    m_companies->activateWindow();
}

void CorpusViewActions::showPartnerships() {
    if (!m_partnerships) {
        m_partnerships = new PartnershipsView(m_db, m_window);
        m_partnerships->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_partnerships, &PartnershipsView::openEvidenceRequested, this,
                &CorpusViewActions::openEvidenceRequested);
    }
    m_partnerships->show();
    m_partnerships->raise();
    m_partnerships->activateWindow();
}
