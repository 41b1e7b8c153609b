#include "window/mainwindow.h"

#include "annotating/annotationcontroller.h"
#include "annotating/annotationpanel.h"
#include "annotating/partnershipkindsdialog.h"
#include "articlelist/articlelistmodel.h"
#include "articlelist/filterbar.h"
#include "corpus/companiesview.h"
#include "corpus/partnershipsview.h"
#include "exchange/exportdialog.h"
#include "exchange/importjob.h"
#include "exchange/importreportdialog.h"
#include "reader/readerview.h"
#include "reader/samplearticles.h"
#include "reader/theme.h"
#include "reader/welcomepage.h"
#include "store/anchorreview.h"
#include "store/articlequery.h"
#include "store/articlestore.h"
#include "store/companystore.h"
#include "store/database.h"
#include "store/databasewatcher.h"
#include "store/partnershipstore.h"
#include "store/rowstate.h"
#include "store/searchquery.h"
#include "window/appsettings.h"
#include "window/dialogs.h"
#include "window/shortcutshelp.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFontDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
enum Page { WelcomePageIndex = 0, ReadingPageIndex = 1 };

QAction* makeAction(QWidget* owner, const QString& name, const QString& text,
                    const QList<QKeySequence>& keys = {}) {
    auto* action = new QAction(text, owner);
    action->setObjectName(name);
    action->setShortcuts(keys);
    owner->addAction(action); // shortcuts work whichever child has the focus
    return action;
}
} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> database, std::unique_ptr<AppSettings> settings,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_db(std::move(database))
    , m_settings(std::move(settings)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Folio"));
    setAcceptDrops(true);
    m_model = new ArticleListModel(*m_db, this);
    createLayout();
    m_annotations = new AnnotationController(*m_db, m_reader, m_panel, this);
    createActions();
    createStatusBar();
    connect(m_model, &ArticleListModel::errorOccurred, this, &MainWindow::showError);
    restoreSettings();
    refreshList();
    // folio-cli or a second window may write while this one is open; show what they did.
    m_watcher = new DatabaseWatcher(*m_db, this);
    connect(m_watcher, &DatabaseWatcher::changedElsewhere, this,
            &MainWindow::refreshAfterChangeElsewhere);
    m_watcher->start();
}

MainWindow::~MainWindow() {
    if (m_import) {
        m_import->cancel();
        m_import->wait();
    }
}

void MainWindow::createLayout() {
    m_filterBar = new FilterBar(this);
    m_list = new QTableView(this);
    m_list->setObjectName(QStringLiteral("articleList"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAlternatingRowColors(true);
    m_list->setShowGrid(false);
    m_list->setWordWrap(false);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 8);
    m_list->horizontalHeader()->setSectionResizeMode(ArticleListModel::TitleColumn,
                                                     QHeaderView::Stretch);
    m_list->horizontalHeader()->setSortIndicator(ArticleListModel::DateColumn, Qt::DescendingOrder);
    m_list->setSortingEnabled(true);
    for (int column :
         {int(ArticleListModel::DateColumn), int(ArticleListModel::StatusColumn),
          int(ArticleListModel::CompaniesColumn), int(ArticleListModel::PartnershipsColumn)})
        m_list->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_list->setColumnWidth(ArticleListModel::SourceColumn, 80);

    auto* listPane = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(6, 6, 0, 0);
    listLayout->addWidget(m_filterBar);
    listLayout->addWidget(m_list);

    m_reader = new ReaderView(this);
    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_panel = new AnnotationPanel(this);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_reader);
    m_splitter->addWidget(m_panel);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({500, 620, 260});

    auto* welcome = new WelcomePage(this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(welcome);
    m_pages->addWidget(m_splitter);
    setCentralWidget(m_pages);

    connect(welcome, &WelcomePage::importRequested, this, &MainWindow::importFolder);
    connect(welcome, &WelcomePage::samplesRequested, this, &MainWindow::importSamples);
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::applyFilter);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrentArticle);
    connect(m_reader, &ReaderView::restoreRequested, this, &MainWindow::restoreRemovedPiece);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
}

void MainWindow::createActions() {
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto* importFilesAction = makeAction(this, QStringLiteral("actionImportFiles"),
                                         tr("&Import Articles…"), {QKeySequence::Open});
    auto* importFolderAction =
        makeAction(this, QStringLiteral("actionImportFolder"), tr("Import &Folder…"),
                   {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)});
    auto* samplesAction =
        makeAction(this, QStringLiteral("actionOpenSamples"), tr("Open the &Sample Articles"));
    auto* quitAction =
        makeAction(this, QStringLiteral("actionQuit"), tr("&Quit"), {QKeySequence::Quit});
    auto* exportAction = makeAction(this, QStringLiteral("actionExport"), tr("&Export…"),
                                    {QKeySequence(Qt::CTRL | Qt::Key_E)});
    fileMenu->addActions({importFilesAction, importFolderAction, samplesAction});
    fileMenu->addSeparator();
    fileMenu->addAction(exportAction);
    connect(exportAction, &QAction::triggered, this, &MainWindow::showExportDialog);
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);
    connect(importFilesAction, &QAction::triggered, this, &MainWindow::importFiles);
    connect(importFolderAction, &QAction::triggered, this, &MainWindow::importFolder);
    connect(samplesAction, &QAction::triggered, this, &MainWindow::importSamples);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    auto* goMenu = menuBar()->addMenu(tr("&Go"));
    auto* nextAction = makeAction(this, QStringLiteral("actionNextArticle"), tr("&Next Article"),
                                  {QKeySequence(Qt::Key_J), QKeySequence(Qt::ALT | Qt::Key_Down)});
    auto* previousAction =
        makeAction(this, QStringLiteral("actionPreviousArticle"), tr("&Previous Article"),
                   {QKeySequence(Qt::Key_K), QKeySequence(Qt::ALT | Qt::Key_Up)});
    auto* searchAction = makeAction(this, QStringLiteral("actionFocusSearch"), tr("&Search"),
                                    {QKeySequence::Find, QKeySequence(Qt::Key_Slash)});
    auto* listAction = makeAction(this, QStringLiteral("actionFocusList"), tr("Article &List"),
                                  {QKeySequence(Qt::CTRL | Qt::Key_L)});
    goMenu->addActions({nextAction, previousAction, searchAction, listAction});
    connect(nextAction, &QAction::triggered, this, [this] { moveSelection(+1); });
    connect(previousAction, &QAction::triggered, this, [this] { moveSelection(-1); });
    connect(searchAction, &QAction::triggered, m_filterBar, &FilterBar::focusSearch);
    connect(listAction, &QAction::triggered, this, [this] { m_list->setFocus(); });

    auto* articleMenu = menuBar()->addMenu(tr("&Article"));
    auto* doneAction = makeAction(this, QStringLiteral("actionMarkDone"), tr("Mark &Done"),
                                  {QKeySequence(Qt::Key_D), QKeySequence(Qt::CTRL | Qt::Key_D)});
    auto* unreadAction = makeAction(this, QStringLiteral("actionMarkUnread"), tr("Mark &Unread"),
                                    {QKeySequence(Qt::Key_U)});
    m_showRemovedAction =
        makeAction(this, QStringLiteral("actionShowRemoved"), tr("Show &Removed Pieces"),
                   {QKeySequence(Qt::Key_R), QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_showRemovedAction->setCheckable(true);
    articleMenu->addActions({doneAction, unreadAction, m_showRemovedAction});
    articleMenu->addSeparator();
    for (const char* name :
         {"actionSplitParagraph", "actionJoinParagraphs", "actionRemoveParagraph", "actionReclean"})
        articleMenu->addAction(findChild<QAction*>(QString::fromLatin1(name)));
    connect(doneAction, &QAction::triggered, this, &MainWindow::toggleDone);
    connect(unreadAction, &QAction::triggered, this,
            [this] { setStatusOfCurrent(ReadingStatus::New); });
    connect(m_showRemovedAction, &QAction::toggled, this, [this](bool on) {
        m_reader->setShowRemoved(on);
        m_settings->setShowRemoved(on);
    });

    createAnnotationMenu();

    auto* viewMenu = menuBar()->addMenu(tr("&View"));
    auto* largerAction = makeAction(this, QStringLiteral("actionLargerText"), tr("&Larger Text"),
                                    {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    auto* smallerAction = makeAction(this, QStringLiteral("actionSmallerText"), tr("&Smaller Text"),
                                     {QKeySequence::ZoomOut});
    auto* fontAction = makeAction(this, QStringLiteral("actionChooseFont"), tr("Reading &Font…"));
    viewMenu->addActions({largerAction, smallerAction, fontAction});
    connect(largerAction, &QAction::triggered, this, [this] { m_reader->zoomReader(+1); });
    connect(smallerAction, &QAction::triggered, this, [this] { m_reader->zoomReader(-1); });
    connect(fontAction, &QAction::triggered, this, [this] {
        bool ok = false;
        const QFont font = QFontDialog::getFont(&ok, m_reader->readerFont(), this);
        if (ok)
            m_reader->setReaderFont(font);
    });
    auto* themeMenu = viewMenu->addMenu(tr("&Theme"));
    auto* themeGroup = new QActionGroup(this);
    const QString themeNames[] = {tr("Follow the &Desktop"), tr("&Light"), tr("Dar&k")};
    const QString themeIds[] = {QStringLiteral("actionThemeSystem"),
                                QStringLiteral("actionThemeLight"),
                                QStringLiteral("actionThemeDark")};
    for (int i = 0; i < 3; ++i) {
        auto* action = makeAction(this, themeIds[i], themeNames[i]);
        action->setCheckable(true);
        themeGroup->addAction(action);
        themeMenu->addAction(action);
        m_themeActions << action;
        connect(action, &QAction::triggered, this, [this, i] {
            m_settings->setTheme(ThemeChoice(i));
            applyTheme();
        });
    }
    m_themeActions.at(1)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_themeActions.at(2)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));

    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    auto* shortcutsAction = makeAction(this, QStringLiteral("actionShortcuts"),
                                       tr("&Keyboard Shortcuts"), {QKeySequence::HelpContents});
    auto* aboutAction = makeAction(this, QStringLiteral("actionAbout"), tr("&About Folio"));
    helpMenu->addActions({shortcutsAction, aboutAction});
    connect(shortcutsAction, &QAction::triggered, this,
            [this] { (new ShortcutsHelp(actions(), this))->open(); });
    connect(aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Folio"),
                           tr("Folio %1\nRead news articles and record which companies partner.")
                               .arg(QApplication::applicationVersion()));
    });

    auto* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({importFilesAction, importFolderAction});
    toolbar->addSeparator();
    toolbar->addActions({previousAction, nextAction, doneAction, m_showRemovedAction});
    toolbar->addSeparator();
    const QList<QAction*> annotate = m_annotations->actions();
    toolbar->addActions({annotate.at(0), annotate.at(3)}); // Mark Company, Mark Partnership
}

void MainWindow::createAnnotationMenu() {
    auto* menu = menuBar()->addMenu(tr("A&nnotate"));
    auto named = [this](const char* name) {
        return findChild<QAction*>(QString::fromLatin1(name), Qt::FindDirectChildrenOnly);
    };
    menu->addActions({named("actionMarkCompany"), named("actionMarkAll"),
                      named("actionMarkAllEverywhere"), named("actionMarkPartnership"),
                      named("actionReattach")});
    menu->addSeparator();
    menu->addActions({named("actionUndo"), named("actionRedo")});
    menu->addSeparator();
    auto* companies = new QAction(tr("&Companies…"), this);
    companies->setObjectName(QStringLiteral("actionCompaniesView"));
    companies->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    auto* partnerships = new QAction(tr("Partner&ships…"), this);
    partnerships->setObjectName(QStringLiteral("actionPartnershipsView"));
    partnerships->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    addAction(companies);
    addAction(partnerships);
    auto* kinds = new QAction(tr("Partnership &Kinds…"), this);
    kinds->setObjectName(QStringLiteral("actionPartnershipKinds"));
    kinds->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    addAction(kinds);
    menu->addActions({companies, partnerships, kinds});
    connect(kinds, &QAction::triggered, this,
            [this] { (new PartnershipKindsDialog(*m_db, this))->open(); });
    connect(companies, &QAction::triggered, this, &MainWindow::showCompaniesView);
    connect(partnerships, &QAction::triggered, this, &MainWindow::showPartnershipsView);
    connect(m_annotations, &AnnotationController::annotationsChanged, this,
            &MainWindow::onAnnotationsChanged);
    connect(m_annotations, &AnnotationController::failed, this, &MainWindow::showError);
    connect(m_annotations, &AnnotationController::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 5000); });
}

void MainWindow::onAnnotationsChanged(qint64 articleId) {
    m_shownAnnotations.clear(); // the screen now shows this window's own change
    updateCounts();
    if (articleId > 0)
        m_model->updateArticle(articleId);
    else
        m_model->refresh();
    if (auto companies = CompanyStore(*m_db).companies())
        m_filterBar->setCompanies(*companies);
    if (m_companiesView)
        m_companiesView->refresh();
    if (m_partnershipsView)
        m_partnershipsView->refresh();
}

void MainWindow::refreshAfterChangeElsewhere() {
    // A note being typed is saved first, or the refresh would overwrite it.
    m_panel->commitNotes();
    const qint64 current = m_reader->articleId();
    const int listScroll = m_list->verticalScrollBar()->value();
    {
        // The open article stays open: re-selecting its row must not re-open it from the start.
        const QSignalBlocker blocker(m_list->selectionModel());
        if (!m_model->refreshInPlace())
            return;
        const int row = current > 0 ? m_model->ensureFetched(current) : -1;
        if (row >= 0 && m_list->currentIndex().row() != row)
            m_list->setCurrentIndex(m_model->index(row, ArticleListModel::TitleColumn));
    }
    m_list->verticalScrollBar()->setValue(listScroll);
    m_list->viewport()->update();
    if (current > 0) {
        auto shown = RowState(*m_db).articleAnnotations(current);
        const bool deleted =
            shown && *shown == QStringLiteral("the annotations of article %1: none").arg(current);
        if (shown && !deleted) {
            // Re-reading a big article's 5,000 marks is not free: only when something changed.
            if (*shown != m_shownAnnotations)
                m_annotations->reload(); // re-renders only when the text changed, keeping place
            m_shownAnnotations = *shown;
        } else if (deleted) {
            m_reader->clearArticle();
            m_annotations->showArticle(0);
            statusBar()->showMessage(tr("The open article was deleted by another program."), 10000);
        }
    }
    if (auto sources = ArticleQuery(*m_db).sources())
        m_filterBar->setSources(*sources);
    if (auto companies = CompanyStore(*m_db).companies())
        m_filterBar->setCompanies(*companies);
    if (m_companiesView)
        m_companiesView->refresh();
    if (m_partnershipsView)
        m_partnershipsView->refresh();
    updatePage();
}

void MainWindow::showCompaniesView() {
    if (!m_companiesView) {
        m_companiesView = new CompaniesView(*m_db, this);
        m_companiesView->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_companiesView, &CompaniesView::renameRequested, m_annotations,
                &AnnotationController::renameCompany);
        connect(m_companiesView, &CompaniesView::aliasesRequested, m_annotations,
                &AnnotationController::setAliases);
        connect(m_companiesView, &CompaniesView::mergeRequested, m_annotations,
                &AnnotationController::mergeCompanies);
        connect(m_companiesView, &CompaniesView::openArticleRequested, this,
                &MainWindow::openArticle);
    }
    m_companiesView->show();
    m_companiesView->raise();
    m_companiesView->activateWindow();
}

void MainWindow::showPartnershipsView() {
    if (!m_partnershipsView) {
        m_partnershipsView = new PartnershipsView(*m_db, this);
        m_partnershipsView->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_partnershipsView, &PartnershipsView::openEvidenceRequested, this,
                &MainWindow::openEvidence);
    }
    m_partnershipsView->show();
    m_partnershipsView->raise();
    m_partnershipsView->activateWindow();
}

void MainWindow::openEvidence(qint64 articleId, qint64 partnershipId) {
    if (m_model->ensureFetched(articleId) < 0) {
        // The filter hides it: show everything again rather than refuse.
        m_filterBar->clearFilters();
        applyFilter(m_filterBar->filter());
    }
    openArticle(articleId);
    auto partnership = PartnershipStore(*m_db).partnership(partnershipId);
    if (partnership && partnership->evidence.end > partnership->evidence.start)
        m_reader->flashRange(partnership->evidence.start, partnership->evidence.end);
}

void MainWindow::createStatusBar() {
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancelImport = new QPushButton(tr("Cancel"), this);
    m_cancelImport->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancelImport->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelImport);
    statusBar()->addPermanentWidget(m_countLabel);
    connect(m_cancelImport, &QPushButton::clicked, this, [this] {
        if (m_import)
            m_import->cancel();
        m_cancelImport->setEnabled(false);
    });
}

void MainWindow::restoreSettings() {
    if (!restoreGeometry(m_settings->windowGeometry())) {
        // First run: a comfortable size for a list beside a reading column.
        const QSize available = screen()->availableSize();
        resize(std::min(1600, available.width() * 9 / 10),
               std::min(960, available.height() * 9 / 10));
    }
    restoreState(m_settings->windowState());
    if (!m_settings->splitterState().isEmpty())
        m_splitter->restoreState(m_settings->splitterState());
    if (!m_settings->listHeaderState().isEmpty())
        m_list->horizontalHeader()->restoreState(m_settings->listHeaderState());
    m_reader->setReaderFont(m_settings->readerFont());
    m_showRemovedAction->setChecked(m_settings->showRemoved());
    m_themeActions.at(int(m_settings->theme()))->setChecked(true);
    applyTheme();
}

void MainWindow::saveSettings() {
    m_panel->commitNotes();
    leaveCurrentArticle();
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setSplitterState(m_splitter->saveState());
    m_settings->setListHeaderState(m_list->horizontalHeader()->saveState());
    m_settings->setReaderFont(m_reader->readerFont());
    m_settings->setLastArticleId(m_reader->articleId());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (m_import) {
        // Cancelling finishes the article being stored, so the database stays consistent.
        m_import->cancel();
        m_import->wait();
    }
    saveSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.cbegin(), urls.cend(), [](const QUrl& url) { return url.isLocalFile(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        importPaths(paths);
    }
}

void MainWindow::refreshList() {
    const qint64 current = m_reader->articleId();
    if (auto sources = ArticleQuery(*m_db).sources())
        m_filterBar->setSources(*sources);
    if (auto companies = CompanyStore(*m_db).companies())
        m_filterBar->setCompanies(*companies);
    m_model->refresh();
    if (const qint64 id = current ? current : m_settings->lastArticleId(); id > 0) {
        const int row = m_model->ensureFetched(id);
        if (row >= 0)
            m_list->setCurrentIndex(m_model->index(row, ArticleListModel::TitleColumn));
    }
    // Never open on an empty reader when there is something to read.
    if (!m_list->currentIndex().isValid() && m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, ArticleListModel::TitleColumn));
    updatePage();
}

void MainWindow::updateCounts() {
    if (auto total = ArticleStore(*m_db).count())
        m_totalArticles = *total;
    QString text =
        m_model->filter().isEmpty()
            ? (m_totalArticles == 1 ? tr("1 article") : tr("%1 articles").arg(m_totalArticles))
            : tr("%1 articles · %2 shown").arg(m_totalArticles).arg(m_model->totalMatching());
    // Annotations that lost their place when a text changed wait for the user.
    const AnchorReview review(*m_db);
    auto mentions = review.mentionsToReview();
    auto partnerships = review.partnershipsToReview();
    if (mentions && partnerships && mentions->size() + partnerships->size() > 0)
        text += tr(" · %1 annotations to review").arg(mentions->size() + partnerships->size());
    m_countLabel->setText(text);
}

void MainWindow::updatePage() {
    updateCounts();
    m_pages->setCurrentIndex(m_totalArticles == 0 ? WelcomePageIndex : ReadingPageIndex);
}

void MainWindow::applyFilter(const ArticleFilter& filter) {
    const qint64 current = m_reader->articleId();
    m_model->setFilter(filter);
    m_reader->setHighlightWords(SearchQuery::words(filter.search));
    // Keep the open article selected when the filter still shows it.
    const int row = current > 0 ? m_model->ensureFetched(current) : -1;
    if (row >= 0) {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->setCurrentIndex(m_model->index(row, ArticleListModel::TitleColumn));
    }
    updateCounts();
}

void MainWindow::leaveCurrentArticle() {
    const qint64 id = m_reader->articleId();
    if (id <= 0)
        return;
    // Losing a scroll position is not worth a dialog; the status bar says it.
    if (auto saved = ArticleStore(*m_db).setReadingPosition(id, m_reader->readingPosition());
        !saved)
        statusBar()->showMessage(saved.errorMessage(), 5000);
}

void MainWindow::openArticle(qint64 id) {
    const int row = m_model->ensureFetched(id);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, ArticleListModel::TitleColumn));
}

void MainWindow::showCurrentArticle() {
    m_shownAnnotations.clear();
    leaveCurrentArticle();
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid()) {
        m_reader->clearArticle();
        m_annotations->showArticle(0);
        return;
    }
    ArticleStore store(*m_db);
    auto article = store.article(m_model->articleId(current.row()));
    if (!article) {
        showError(article.errorMessage());
        return;
    }
    if (article->status == ReadingStatus::New) {
        if (auto saved = store.setStatus(article->id, ReadingStatus::Reading); !saved)
            showError(saved.errorMessage());
        article->status = ReadingStatus::Reading;
        m_model->updateArticle(article->id);
    }
    m_reader->showArticle(*article);
    m_annotations->showArticle(article->id);
    m_reader->setHighlightWords(SearchQuery::words(m_model->filter().search));
    if (m_reader->highlightWords().isEmpty())
        m_reader->setReadingPosition(article->readingPosition);
    m_settings->setLastArticleId(article->id);
}

void MainWindow::moveSelection(int delta) {
    const int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() + delta : 0;
    if (row >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_list->setCurrentIndex(m_model->index(row, ArticleListModel::TitleColumn));
    m_list->scrollTo(m_list->currentIndex());
}

void MainWindow::setStatusOfCurrent(ReadingStatus status) {
    const qint64 id = m_reader->articleId();
    if (id <= 0)
        return;
    if (auto saved = ArticleStore(*m_db).setStatus(id, status); !saved) {
        showError(saved.errorMessage());
        return;
    }
    m_model->updateArticle(id);
    statusBar()->showMessage(
        tr("Marked “%1” as %2.").arg(m_reader->article().clean.title, readingStatusName(status)),
        3000);
}

void MainWindow::toggleDone() {
    const qint64 id = m_reader->articleId();
    if (id <= 0)
        return;
    auto article = ArticleStore(*m_db).article(id);
    if (!article)
        return showError(article.errorMessage());
    setStatusOfCurrent(article->status == ReadingStatus::Done ? ReadingStatus::Reading
                                                              : ReadingStatus::Done);
}

void MainWindow::restoreRemovedPiece(int index) {
    // Undoable, with the annotations re-anchored; the controller re-renders the article.
    m_annotations->restoreRemovedPiece(index);
}

void MainWindow::importFiles() {
    const QStringList files = Dialogs::chooseArticleFiles(this);
    if (!files.isEmpty())
        importPaths(files);
}

void MainWindow::importFolder() {
    const QString folder = Dialogs::chooseArticleFolder(this);
    if (!folder.isEmpty())
        importPaths({folder});
}

void MainWindow::importSamples() {
    auto folder = SampleArticles::extract();
    if (!folder)
        return showError(folder.errorMessage());
    importPaths({*folder});
}

void MainWindow::importPaths(const QStringList& paths) {
    if (m_import) {
        statusBar()->showMessage(tr("An import is already running; wait for it or cancel it."),
                                 5000);
        return;
    }
    m_import = new ImportJob(m_db->path(), paths, this);
    connect(m_import, &ImportJob::progress, this, &MainWindow::onImportProgress);
    connect(m_import, &ImportJob::finished, this, &MainWindow::onImportFinished);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancelImport->setEnabled(true);
    m_cancelImport->show();
    statusBar()->showMessage(tr("Importing…"));
    m_import->start();
}

void MainWindow::onImportProgress(int done, int total, const QString& path) {
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setFormat(tr("%v of %m"));
    if (!path.isEmpty())
        statusBar()->showMessage(tr("Importing %1…").arg(path));
}

void MainWindow::onImportFinished(const ImportReport& report) {
    m_import->wait();
    m_import->deleteLater();
    m_import = nullptr;
    m_progress->hide();
    m_cancelImport->hide();
    statusBar()->showMessage(report.summary(), 8000);
    refreshList();
    // Not modal: the user can read on while the report is open.
    (new ImportReportDialog(report, this))->show();
    emit importFinished(report);
}

void MainWindow::applyTheme() {
    const ThemeChoice choice = m_settings->theme();
    Theme::apply(choice);
    m_reader->setDarkTheme(Theme::isDark(choice));
}

void MainWindow::showError(const QString& message) {
    statusBar()->showMessage(message, 10000);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Folio"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showExportDialog() {
    ExportScopes scopes;
    if (const qint64 id = m_reader->articleId(); id > 0)
        scopes.openArticle = scopes.selected = {id};
    auto idsOf = [this](const ArticleFilter& filter) {
        QList<qint64> ids;
        const ArticleQuery query(*m_db);
        if (auto total = query.count(filter)) {
            if (auto rows =
                    query.page(filter, ArticleSort::Date, Qt::DescendingOrder, 0, int(*total)))
                for (const ArticleSummary& row : *rows)
                    ids << row.id;
        }
        return ids;
    };
    if (!m_model->filter().isEmpty())
        scopes.filtered = idsOf(m_model->filter());
    scopes.all = idsOf({});
    auto* dialog = new ExportDialog(scopes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDatabasePath(m_db->path());
    connect(dialog, &ExportDialog::exportFinished, this, [this](const ExportSummary& summary) {
        statusBar()->showMessage(summary.message(), 8000);
    });
    connect(dialog, &ExportDialog::exportFailed, this, &MainWindow::showError);
    dialog->open();
}
