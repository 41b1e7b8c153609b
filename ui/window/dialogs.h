#pragma once

#include <QStringList>

class QWidget;

// The file dialogs the window asks, behind a seam: a test queues the answer instead of a
// person picking it, and the real dialog is never shown.
namespace Dialogs {
QStringList chooseArticleFiles(QWidget* parent);
QString chooseArticleFolder(QWidget* parent); // empty: cancelled

void setNextFiles(const QStringList& files);
void setNextFolder(const QString& folder);
} // namespace Dialogs
