#include "window/mainwindow.h"
#include "window/windowaction.h"

#include "annotating/annotationcontroller.h"
#include "annotating/annotationpanel.h"
#include "annotating/textchangeactions.h"
#include "articlelist/articledeletionactions.h"
#include "articlelist/articlelistmodel.h"
#include "articlelist/articlelistview.h"
#include "articlelist/filterbar.h"
#include "articlelist/readingactions.h"
#include "corpus/corpusviewactions.h"
#include "exchange/exportdialog.h"
#include "exchange/importexportactions.h"
#include "exchange/importreportdialog.h"
#include "reader/readerview.h"
#include "reader/readingviewactions.h"
#include "reader/samplearticles.h"
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
#include "subscribe/subscriptionactions.h"
#include "window/appsettings.h"
#include "window/dialogs.h"
#include "window/paneactions.h"
#include "window/shortcutshelp.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QScrollBar>
#include <QSet>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
enum Page { WelcomePageIndex = 0, ReadingPageIndex = 1 };

// "1 article", "2 articles": English has two forms, and Folio has no translations (yet) to
// give tr()'s %n its plural forms.
QString articleCount(qint64 n) {
    return n == 1 ? MainWindow::tr("1 article") : MainWindow::tr("%1 articles").arg(n);
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
    m_exchange = new ImportExportActions(*m_db, *m_settings, this, [this] {
        return ImportExportActions::Scope{m_reader->articleId(), m_model->filter()};
    });
    connect(m_exchange, &ImportExportActions::importFinished, this, &MainWindow::onImportFinished);
    connect(m_exchange, &ImportExportActions::failed, this, &MainWindow::showError);
    // Feeds fetched come in as an import does: the list refreshes keeping its place.
    m_subscriptions = new SubscriptionActions(*m_db, *m_settings, this);
    connect(m_subscriptions, &SubscriptionActions::fetchFinished, this,
            [this](const ImportReport& report) {
                refreshAfterChangeElsewhere();
                if (m_reader->articleId() <= 0)
                    openFirstImported(report);
            });
    connect(m_subscriptions, &SubscriptionActions::failed, this, &MainWindow::showError);
    createActions();
    createStatusBar();
    createFocusKeys();
    connect(m_model, &ArticleListModel::errorOccurred, this, &MainWindow::showError);
    restoreSettings();
    refreshList();
    // folio-cli or a second window may write while this one is open; show what they did.
    m_watcher = new DatabaseWatcher(*m_db, this);
    connect(m_watcher, &DatabaseWatcher::changedElsewhere, this,
            &MainWindow::refreshAfterChangeElsewhere);
    m_watcher->start();
    // A restart opens where the user was reading, ready for J and K; not in the search box.
    m_reader->setFocus(Qt::OtherFocusReason);
}

MainWindow::~MainWindow() {
    m_exchange->cancelAndWait();
    m_subscriptions->cancelAndWait();
}

void MainWindow::createLayout() {
    m_filterBar = new FilterBar(this);
    m_list = new ArticleListView(m_model, this);

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

    connect(welcome, &WelcomePage::importRequested, this,
            [this] { m_exchange->importActions().at(1)->trigger(); }); // Import Folder…
    connect(welcome, &WelcomePage::samplesRequested, this,
            [this] { m_exchange->importActions().at(2)->trigger(); }); // the samples
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::applyFilter);
    connect(m_filterBar, &FilterBar::rankingChosen, m_model,
            &ArticleListModel::setRankedByRelevance);
    connect(m_filterBar, &FilterBar::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 5000); });
    connect(m_model, &ArticleListModel::orderChanged, this, [this] {
        m_filterBar->showOrder(m_model->isSearching(), m_model->isRankedByRelevance());
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrentArticle);
    connect(m_reader, &ReaderView::restoreRequested, this, &MainWindow::restoreRemovedPiece);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
}

void MainWindow::createActions() {
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addActions(m_exchange->importActions());
    fileMenu->addAction(m_exchange->reportAction());
    fileMenu->addSeparator();
    fileMenu->addAction(m_exchange->exportAction());
    fileMenu->addSeparator();
    fileMenu->addActions({m_subscriptions->dialogAction(), m_subscriptions->fetchAction()});
    fileMenu->addSeparator();
    auto* quitAction =
        makeWindowAction(this, QStringLiteral("actionQuit"), tr("&Quit"), {QKeySequence::Quit});
    fileMenu->addAction(quitAction);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    m_reading =
        new ReadingActions(*m_db, m_list, m_model, m_filterBar, m_reader, *m_settings, this);
    connect(m_reading, &ReadingActions::failed, this, &MainWindow::showError);
    connect(m_reading, &ReadingActions::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 3000); });
    menuBar()->addMenu(tr("&Go"))->addActions(m_reading->goActions());
    auto* articleMenu = menuBar()->addMenu(tr("&Article"));
    articleMenu->addActions(m_reading->articleActions());
    articleMenu->addSeparator();
    auto* deletion = new ArticleDeletionActions(
        m_annotations->context(), m_annotations->undoStack(), m_list, m_model, m_reader, this);
    deletion->setContextActions(m_reading->articleActions().mid(0, 2)); // done, unread
    articleMenu->addAction(deletion->deleteAction());
    articleMenu->addSeparator();
    connect(deletion, &ArticleDeletionActions::failed, this, &MainWindow::showError);
    connect(deletion, &ArticleDeletionActions::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    connect(deletion, &ArticleDeletionActions::listChanged, this, [this] {
        if (!m_list->currentIndex().isValid())
            showCurrentArticle(); // nothing left to show: the reader closes
        updatePage();
    });
    articleMenu->addActions(m_annotations->textChanges()->actions());

    createAnnotationMenu();

    auto* viewMenu = menuBar()->addMenu(tr("&View"));
    m_panes = new PaneActions(m_splitter, *m_settings, this);
    m_panes->addTo(viewMenu);
    m_viewActions = new ReadingViewActions(m_reader, *m_settings, this);
    m_viewActions->addTo(viewMenu);

    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    auto* shortcutsAction =
        makeWindowAction(this, QStringLiteral("actionShortcuts"), tr("&Keyboard Shortcuts"),
                         {QKeySequence::HelpContents});
    auto* aboutAction = makeWindowAction(this, QStringLiteral("actionAbout"), tr("&About Folio"));
    helpMenu->addActions({shortcutsAction, aboutAction});
    connect(shortcutsAction, &QAction::triggered, this, [this, deletion] {
        (new ShortcutsHelp(actions() << deletion->deleteAction(), this))->open();
    });
    connect(aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Folio"),
                           tr("Folio %1\nRead news articles and record which companies partner.")
                               .arg(QApplication::applicationVersion()));
    });

    auto* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions(m_exchange->importActions().mid(0, 2)); // files, folder
    toolbar->addSeparator();
    const QList<QAction*> go = m_reading->goActions();
    toolbar->addActions({go.at(1), go.at(0)}); // previous, next
    toolbar->addActions(m_reading->articleActions().mid(0, 1) +
                        m_reading->articleActions().mid(2, 1)); // done, removed pieces
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
    m_corpus = new CorpusViewActions(*m_db, m_annotations, this);
    menu->addActions(m_corpus->actions());
    connect(m_corpus, &CorpusViewActions::openArticleRequested, this, &MainWindow::openArticle);
    connect(m_corpus, &CorpusViewActions::openEvidenceRequested, this, &MainWindow::openEvidence);
    connect(m_annotations, &AnnotationController::annotationsChanged, this,
            &MainWindow::onAnnotationsChanged);
    connect(m_annotations, &AnnotationController::failed, this, &MainWindow::showError);
    connect(m_annotations, &AnnotationController::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 5000); });
    connect(m_annotations, &AnnotationController::notice, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
}

void MainWindow::onAnnotationsChanged(qint64 articleId) {
    m_shownAnnotations.clear(); // the screen now shows this window's own change
    updateCounts();
    if (articleId > 0)
        m_model->updateArticle(articleId);
    else // a change across the corpus: rows re-read, the selection and scroll position kept
        m_list->refreshKeepingPlace(m_list->currentArticleId());
    if (auto companies = CompanyStore(*m_db).companies())
        m_filterBar->setCompanies(*companies);
    m_corpus->refresh();
}

void MainWindow::refreshAfterChangeElsewhere() {
    // A note being typed is saved first, or the refresh would overwrite it.
    m_panel->commitNotes();
    const qint64 current = m_reader->articleId();
    if (!m_list->refreshKeepingPlace(current))
        return;
    if (current > 0) {
        auto shown = RowState(*m_db).articleAnnotations(current);
        if (shown && *shown) {
            // Re-reading a big article's 5,000 marks is not free: only when something changed.
            if (**shown != m_shownAnnotations)
                m_annotations->reload(); // re-renders only when the text changed, keeping place
            m_shownAnnotations = **shown;
        } else if (shown) { // it is gone
            m_reader->clearArticle();
            m_annotations->showArticle(0);
            statusBar()->showMessage(tr("The open article was deleted by another program."), 10000);
        }
    }
    refreshFilterChoices();
    m_corpus->refresh();
    updatePage();
}

void MainWindow::openEvidence(qint64 articleId, qint64 partnershipId) {
    if (m_model->ensureFetched(articleId) < 0) {
        // The filter hides it: show everything again rather than refuse.
        m_filterBar->clearFilters();
        applyFilter(m_filterBar->filter());
    }
    openArticle(articleId);
    auto partnership = PartnershipStore(*m_db).partnership(partnershipId);
    if (partnership && partnership->evidence.end > partnership->evidence.start) {
        m_reader->flashRange(partnership->evidence.start, partnership->evidence.end);
        // Selected, so that the sentence is what the next key (Copy, Mark Partnership) acts on.
        m_reader->selectCleanRange(partnership->evidence.start, partnership->evidence.end);
        m_reader->ensureCursorVisible(); // its end too, not only its start
    }
}

void MainWindow::createFocusKeys() {
    // Escape in the search box: the search goes, the list shows everything, the reader has focus.
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_filterBar->searchEdit());
    escape->setContext(Qt::WidgetShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        if (!m_filterBar->searchEdit()->text().isEmpty()) {
            m_filterBar->searchEdit()->clear();
            applyFilter(m_filterBar->filter());
        }
        m_reader->setFocus(Qt::ShortcutFocusReason);
    });
    // Searching or going to the list while the list is hidden shows it first.
    for (const char* name : {"actionFocusSearch", "actionFocusList"}) {
        auto* action = findChild<QAction*>(QLatin1String(name), Qt::FindDirectChildrenOnly);
        connect(action, &QAction::triggered, this, [this, action] {
            if (m_list->isVisibleTo(this))
                return;
            m_panes->ensureListShown();
            action->trigger();
        });
    }
}

void MainWindow::createStatusBar() {
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addPermanentWidget(m_countLabel);
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
    m_reading->restore();
    m_viewActions->restore();
    m_panes->restore();
}

void MainWindow::saveSettings() {
    m_panel->commitNotes();
    leaveCurrentArticle();
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setSplitterState(m_splitter->saveState());
    m_settings->setListHeaderState(m_list->horizontalHeader()->saveState());
    m_viewActions->save();
    m_panes->save();
    m_settings->setLastArticleId(m_reader->articleId());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    m_exchange->cancelAndWait();
    m_subscriptions->cancelAndWait();
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

void MainWindow::refreshFilterChoices() {
    const ArticleQuery query(*m_db);
    if (auto sources = query.sources())
        m_filterBar->setSources(*sources);
    if (auto languages = query.languages())
        m_filterBar->setLanguages(*languages);
    if (auto companies = CompanyStore(*m_db).companies())
        m_filterBar->setCompanies(*companies);
}

void MainWindow::refreshList() {
    const qint64 current = m_reader->articleId();
    refreshFilterChoices();
    m_model->refresh();
    m_list->selectArticle(current ? current : m_settings->lastArticleId());
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
            ? articleCount(m_totalArticles)
            : tr("%1 · %2 shown").arg(articleCount(m_totalArticles)).arg(m_model->totalMatching());
    // Annotations that lost their place when a text changed wait for the user.
    const AnchorReview review(*m_db);
    auto mentions = review.mentionsToReview();
    auto partnerships = review.partnershipsToReview();
    const qsizetype toReview =
        mentions && partnerships ? mentions->size() + partnerships->size() : 0;
    if (toReview == 1)
        text += tr(" · 1 annotation to review");
    else if (toReview > 1)
        text += tr(" · %1 annotations to review").arg(toReview);
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
    m_list->selectArticle(current, /*quietly=*/true);
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
    m_list->selectArticle(id);
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

void MainWindow::restoreRemovedPiece(int index) {
    // Undoable, with the annotations re-anchored; the controller re-renders the article.
    m_annotations->textChanges()->restoreRemovedPiece(index);
}

bool MainWindow::isImporting() const {
    return m_exchange->isImporting();
}

void MainWindow::importPaths(const QStringList& paths) {
    m_exchange->importPaths(paths);
}

void MainWindow::onImportFinished(const ImportReport& report) {
    // As after another program's change: the open article, the list's row and its scroll
    // position stay (a full refresh would reset the list under the reader).
    refreshAfterChangeElsewhere();
    if (m_reader->articleId() <= 0)
        openFirstImported(report);
    emit importFinished(report);
}

void MainWindow::openFirstImported(const ImportReport& report) {
    QSet<qint64> imported;
    for (const ImportItem& item : report.items()) {
        if (item.outcome == ImportItem::Outcome::Imported && item.articleId > 0)
            imported.insert(item.articleId);
    }
    // The first in the list as it is shown, so that J reads on through the rest of them.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (imported.contains(m_model->articleId(row))) {
            m_list->setCurrentIndex(m_model->index(row, ArticleListModel::TitleColumn));
            return;
        }
    }
    for (const ImportItem& item : report.items()) { // beyond the rows loaded so far
        if (imported.contains(item.articleId) && m_list->selectArticle(item.articleId))
            return;
    }
    if (m_model->rowCount() > 0) // never an empty reader when there is something to read
        m_list->setCurrentIndex(m_model->index(0, ArticleListModel::TitleColumn));
}

void MainWindow::showError(const QString& message) {
    statusBar()->showMessage(message, 10000);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Folio"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
