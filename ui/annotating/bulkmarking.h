#pragma once

#include "store/occurrencemarker.h"

#include <QObject>
#include <QPointer>

class AnnotationContext;
class OccurrenceJob;
class QStatusBar;
class QWidget;
class QProgressBar;
class QPushButton;
class QUndoStack;

// Shift+M and Ctrl+Shift+M: marking every occurrence of a company in the open article or in all
// of them. The slow part (reading the texts, finding the occurrences) runs on a worker thread
// with a progress bar and a Cancel button in the status bar, so the window never freezes; what
// it found is then stored as one undo command. Across articles it first asks, saying how many
// mentions in how many articles would be added. The reader keeps its place throughout.
class BulkMarking : public QObject {
    Q_OBJECT
public:
    BulkMarking(AnnotationContext* context, QUndoStack* undoStack, QWidget* window);
    ~BulkMarking() override;

    // articleId 0: in all articles. One run at a time.
    void markAll(const Company& company, qint64 articleId);
    bool isRunning() const;
    void cancel();

signals:
    void message(const QString& text); // what was marked, for the status bar
    void notice(const QString& text);  // why nothing was done
    void failed(const QString& text);
    void finished(); // after each run, marked, cancelled or failed: tests wait for it

private:
    void onProgress(int done, int total);
    void onFound(const Result<FoundOccurrences>& found);
    bool confirmAcrossArticles(const FoundOccurrences& found);
    void endRun();
    QStatusBar* statusBar() const; // the window's, when it is a main window
    void showStatus(const QString& text);

    AnnotationContext* m_context;
    QUndoStack* m_undoStack;
    QWidget* m_window;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QPointer<OccurrenceJob> m_job;
    QString m_companyName;
    bool m_cancelled = false;
};
