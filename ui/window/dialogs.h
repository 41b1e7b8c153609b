#pragma once

#include <QStringList>

class QWidget;

// The file dialogs the window asks, behind a seam: a test queues the answer instead of a
// person picking it, and the real dialog is never shown.
namespace Dialogs {
QStringList chooseArticleFiles(QWidget* parent);
QString chooseArticleFolder(QWidget* parent); // empty: cancelled
// A decision before a change that is large or loses something: true when the user takes
// `confirmText` (the default button is Cancel, so a stray Enter changes nothing).
bool confirm(QWidget* parent, const QString& title, const QString& question,
             const QString& confirmText);

// The answer the next confirm() gives without showing anything, and what it was asked.
void setNextAnswer(bool answer);
QString lastQuestion();

void setNextFiles(const QStringList& files);
void setNextFolder(const QString& folder);
} // namespace Dialogs
