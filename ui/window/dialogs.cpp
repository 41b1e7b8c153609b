#include "window/dialogs.h"

#include "import/formatreaders.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

#include <optional>

namespace {
std::optional<QStringList> nextFiles;
std::optional<QString> nextFolder;
std::optional<bool> nextAnswer;
QString askedLast;

QString startFolder() {
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}
} // namespace

namespace Dialogs {

QStringList chooseArticleFiles(QWidget* parent) {
    if (nextFiles)
        return std::exchange(nextFiles, std::nullopt).value();
    return QFileDialog::getOpenFileNames(
        parent, QObject::tr("Import Articles"), startFolder(),
        QObject::tr("Articles (%1);;All files (*)").arg(FormatReaders::nameFilters().join(u' ')));
}

QString chooseArticleFolder(QWidget* parent) {
    if (nextFolder)
        return std::exchange(nextFolder, std::nullopt).value();
    return QFileDialog::getExistingDirectory(parent, QObject::tr("Import a Folder of Articles"),
                                             startFolder());
}

bool confirm(QWidget* parent, const QString& title, const QString& question,
             const QString& confirmText) {
    askedLast = question;
    if (nextAnswer)
        return std::exchange(nextAnswer, std::nullopt).value();
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("confirmBox"));
    QPushButton* yes = box.addButton(confirmText, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

void setNextAnswer(bool answer) {
    nextAnswer = answer;
}
QString lastQuestion() {
    return askedLast;
}

void setNextFiles(const QStringList& files) {
    nextFiles = files;
}
void setNextFolder(const QString& folder) {
    nextFolder = folder;
}

} // namespace Dialogs
