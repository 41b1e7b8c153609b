#include "window/dialogs.h"

#include <QFileDialog>
#include <QStandardPaths>

#include <optional>

namespace {
std::optional<QStringList> nextFiles;
std::optional<QString> nextFolder;

QString startFolder() {
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}
} // namespace

namespace Dialogs {

QStringList chooseArticleFiles(QWidget* parent) {
    if (nextFiles)
        return std::exchange(nextFiles, std::nullopt).value();
    return QFileDialog::getOpenFileNames(parent, QObject::tr("Import Articles"), startFolder(),
                                         QObject::tr("Plain-text articles (*.txt);;All files (*)"));
}

QString chooseArticleFolder(QWidget* parent) {
    if (nextFolder)
        return std::exchange(nextFolder, std::nullopt).value();
    return QFileDialog::getExistingDirectory(parent, QObject::tr("Import a Folder of Articles"),
                                             startFolder());
}

void setNextFiles(const QStringList& files) {
    nextFiles = files;
}
void setNextFolder(const QString& folder) {
    nextFolder = folder;
}

} // namespace Dialogs
