#include "annotating/bulkmarking.h"

#include "annotating/occurrencejob.h"
#include "commands/mentioncommands.h"
#include "store/database.h"
#include "window/dialogs.h"

#include <QLocale>
#include <QMainWindow>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QUndoStack>

BulkMarking::BulkMarking(AnnotationContext* context, QUndoStack* undoStack, QWidget* window)
    : QObject(window)
    , m_context(context)
    , m_undoStack(undoStack)
    , m_window(window)
    , m_progress(new QProgressBar(window))
    , m_cancel(new QPushButton(tr("Cancel Marking"), window)) {
    m_progress->setObjectName(QStringLiteral("markProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancel->setObjectName(QStringLiteral("cancelMarkButton"));
    m_cancel->hide();
    if (QStatusBar* bar = statusBar()) {
        bar->addPermanentWidget(m_progress);
        bar->addPermanentWidget(m_cancel);
    }
    connect(m_cancel, &QPushButton::clicked, this, &BulkMarking::cancel);
}

BulkMarking::~BulkMarking() {
    if (m_job) {
        m_job->cancel();
        m_job->wait();
    }
}

void BulkMarking::markAll(const Company& company, qint64 articleId) {
    if (m_job) {
        emit notice(tr("Still marking the occurrences of %1: wait for it or cancel it.")
                        .arg(m_companyName));
        return;
    }
    m_companyName = company.name;
    m_cancelled = false;
    m_job = new OccurrenceJob(m_context->database().path(), company.id, articleId, this);
    connect(m_job, &OccurrenceJob::progress, this, &BulkMarking::onProgress);
    connect(m_job, &OccurrenceJob::finished, this, &BulkMarking::onFound);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    showStatus(articleId > 0
                   ? tr("Finding the occurrences of %1 in this article…").arg(company.name)
                   : tr("Finding the occurrences of %1 in all articles…").arg(company.name));
    m_job->start();
}

bool BulkMarking::isRunning() const {
    return m_job != nullptr;
}

void BulkMarking::cancel() {
    if (!m_job)
        return;
    m_job->cancel();
    m_cancelled = true;
    m_cancel->setEnabled(false);
}

void BulkMarking::onProgress(int done, int total) {
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setFormat(tr("%v of %m articles"));
}

void BulkMarking::onFound(const Result<FoundOccurrences>& found) {
    endRun();
    if (!found) {
        emit failed(found.errorMessage());
        emit finished();
        return;
    }
    const QString company = found->company.name;
    const bool everywhere = found->articleId == 0;
    // Cancel pressed after the worker's last look at it still means nothing is written.
    if (found->cancelled || m_cancelled) {
        emit message(
            tr("Marking the occurrences of %1 was cancelled; nothing was marked.").arg(company));
    } else if (found->mentions.isEmpty()) {
        emit notice(
            everywhere
                ? tr("Every occurrence of %1 in all articles is marked already.").arg(company)
                : tr("Every occurrence of %1 in this article is marked already.").arg(company));
    } else if (!everywhere || confirmAcrossArticles(*found)) {
        auto* command = new AddMentionsCommand(m_context, *found);
        m_undoStack->push(command); // stores them, in one transaction
        const qsizetype added = m_undoStack->command(m_undoStack->index() - 1) == command
                                    ? command->mentions().size()
                                    : 0; // it failed and said why
        const QString count = QLocale().toString(added);
        if (!everywhere)
            emit message((added == 1 ? tr("Marked %1 more occurrence of %2 in this article.")
                                     : tr("Marked %1 more occurrences of %2 in this article."))
                             .arg(count, company));
        else
            emit message((added == 1 ? tr("Marked %1 more occurrence of %2 in all articles.")
                                     : tr("Marked %1 more occurrences of %2 in all articles."))
                             .arg(count, company));
    } else {
        emit message(tr("Nothing was marked."));
    }
    emit finished();
}

bool BulkMarking::confirmAcrossArticles(const FoundOccurrences& found) {
    const QLocale locale;
    const int articles = found.articleCount();
    const QString mentions = found.mentions.size() == 1
                                 ? tr("1 occurrence")
                                 : tr("%1 occurrences").arg(locale.toString(found.mentions.size()));
    const QString in =
        articles == 1 ? tr("1 article") : tr("%1 articles").arg(locale.toString(articles));
    return Dialogs::confirm(m_window, tr("Mark in All Articles"),
                            tr("Mark %1 of %2 in %3? Undo (Ctrl+Z) removes them again in one step.")
                                .arg(mentions, found.company.name, in),
                            tr("Mark %1").arg(mentions));
}

void BulkMarking::endRun() {
    if (m_job) {
        m_job->wait();
        m_job->deleteLater();
        m_job = nullptr;
    }
    m_progress->hide();
    m_cancel->hide();
    showStatus({});
}

QStatusBar* BulkMarking::statusBar() const {
    auto* mainWindow = qobject_cast<QMainWindow*>(m_window);
    return mainWindow ? mainWindow->statusBar() : nullptr;
}

void BulkMarking::showStatus(const QString& text) {
    if (QStatusBar* bar = statusBar())
        bar->showMessage(text);
}
