#pragma once

#include "import/importreport.h"
#include "store/articlefilter.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class AnnotationController;
class AnnotationPanel;
class AppSettings;
class ArticleListModel;
class ArticleListView;
class CorpusViewActions;
class Database;
class DatabaseWatcher;
class FilterBar;
class ImportExportActions;
class PaneActions;
class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;
class ReaderView;
class ReadingActions;
class ReadingViewActions;
class SubscriptionActions;

// The reading window: the article list with its search and filters on the left, the reader on
// the right, a welcome page while the database is empty. It owns the database connection of the
// UI thread; imports run on their own thread with their own connection.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(std::unique_ptr<Database> database, std::unique_ptr<AppSettings> settings,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    void importPaths(const QStringList& paths);
    bool isImporting() const;
    void openArticle(qint64 id);

    ArticleListModel* articleModel() const { return m_model; }
    SubscriptionActions* subscriptions() const { return m_subscriptions; }
    DatabaseWatcher* databaseWatcher() const { return m_watcher; }
    ReaderView* reader() const { return m_reader; }
    AnnotationController* annotations() const { return m_annotations; }

signals:
    void importFinished(const ImportReport& report);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createLayout();
    void createStatusBar();
    void createFocusKeys();
    void restoreSettings();
    void saveSettings();

    void showCurrentArticle();
    void leaveCurrentArticle();
    void applyFilter(const ArticleFilter& filter);
    void refreshList();
    void refreshFilterChoices(); // sources, languages and companies the filters offer
    void updateCounts();
    void updatePage();
    void restoreRemovedPiece(int index);
    void onImportFinished(const ImportReport& report);
    void openFirstImported(const ImportReport& report); // when nothing is open
    void createAnnotationMenu();
    void onAnnotationsChanged(qint64 articleId);
    void refreshAfterChangeElsewhere();
    void openEvidence(qint64 articleId, qint64 partnershipId);
    void showError(const QString& message);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<AppSettings> m_settings;
    ArticleListModel* m_model = nullptr;
    QStackedWidget* m_pages = nullptr;
    QSplitter* m_splitter = nullptr;
    FilterBar* m_filterBar = nullptr;
    ArticleListView* m_list = nullptr;
    ReaderView* m_reader = nullptr;
    AnnotationPanel* m_panel = nullptr;
    AnnotationController* m_annotations = nullptr;
    ImportExportActions* m_exchange = nullptr;
    SubscriptionActions* m_subscriptions = nullptr;
    CorpusViewActions* m_corpus = nullptr;
    ReadingViewActions* m_viewActions = nullptr;
    ReadingActions* m_reading = nullptr;
    PaneActions* m_panes = nullptr;
    DatabaseWatcher* m_watcher = nullptr;
    QString m_shownAnnotations; // RowState::articleAnnotations of the open article, last seen
    QLabel* m_countLabel = nullptr;
    qint64 m_totalArticles = 0;
};
