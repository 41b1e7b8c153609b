#include "exchange/exportoutput.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Makes the folder that will hold `path`; an error names what stands in the way.
Result<void> makeParent(const QString& path) {
    const QString parent = QFileInfo(path).absolutePath();
    if (QFileInfo(parent).isDir())
        return {};
    // The nearest existing ancestor tells why: a file in the way, or no permission.
    QString ancestor = parent;
    while (!QFileInfo::exists(ancestor) && QFileInfo(ancestor).absolutePath() != ancestor)
        ancestor = QFileInfo(ancestor).absolutePath();
    if (QFileInfo(ancestor).exists() && !QFileInfo(ancestor).isDir())
        return ExportOutput::cannotWrite(
            path, u"%1 is a file, not a folder"_s.arg(QDir::toNativeSeparators(ancestor)));
    if (!QDir().mkpath(parent))
        return ExportOutput::cannotWrite(
            path, u"cannot create the folder %1"_s.arg(QDir::toNativeSeparators(parent)));
    return {};
}

// The permissions a folder made here by mkdir gets (0777 less the umask, so 0755 as a rule).
// QTemporaryDir makes its folder 0700, right for a temporary but wrong for the export it
// becomes; a probe inside it tells what the user's umask allows, without changing the umask
// (which other threads share).
std::optional<QFile::Permissions> normalFolderPermissions(const QString& inside) {
    const QString probe = inside + u"/.folio-probe"_s;
    if (!QDir().mkdir(probe))
        return std::nullopt;
    const QFile::Permissions permissions = QFileInfo(probe).permissions();
    QDir().rmdir(probe);
    return permissions;
}

} // namespace

namespace ExportOutput {

Error cannotWrite(const QString& path, const QString& why) {
    return Error{u"Cannot write to %1: %2"_s.arg(QDir::toNativeSeparators(path), why)};
}

Result<void> writeFile(const QString& path, const QByteArray& bytes) {
    if (QFileInfo(path).isDir())
        return cannotWrite(path, u"it is a folder; give a file name"_s);
    if (auto made = makeParent(path); !made)
        return made;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return cannotWrite(path, why);
    }
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

} // namespace ExportOutput

FolderOutput::FolderOutput(QString folder)
    : m_folder(std::move(folder)) {}

FolderOutput::FolderOutput(FolderOutput&&) noexcept = default;

FolderOutput::~FolderOutput() = default; // the temporary folder removes itself

Result<FolderOutput> FolderOutput::begin(const QString& folder) {
    const QString target = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    const QFileInfo info(target);
    if (info.exists() && !info.isDir())
        return ExportOutput::cannotWrite(target, u"it is a file, not a folder"_s);
    if (info.isDir() && !info.isWritable())
        return ExportOutput::cannotWrite(target, u"permission denied"_s);
    if (auto made = makeParent(target); !made)
        return made.error();
    FolderOutput output(target);
    output.m_temp = std::make_unique<QTemporaryDir>(info.absolutePath() + u"/."_s +
                                                    info.fileName() + u".folio-XXXXXX"_s);
    if (!output.m_temp->isValid())
        return ExportOutput::cannotWrite(target, output.m_temp->errorString());
    return output;
}

Result<void> FolderOutput::write(const QString& fileName, const QByteArray& bytes) {
    QFile file(m_temp->filePath(fileName));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return ExportOutput::cannotWrite(m_folder, file.errorString());
    m_files.append(fileName);
    return {};
}

Result<void> FolderOutput::commit() {
    const QString temp = m_temp->path();
    if (!QFileInfo::exists(m_folder)) {
        if (const auto permissions = normalFolderPermissions(temp); permissions)
            QFile::setPermissions(temp, *permissions);
        if (!QDir().rename(temp, m_folder))
            return ExportOutput::cannotWrite(m_folder, u"cannot rename %1 to it"_s.arg(temp));
        m_temp->setAutoRemove(false);
        return {};
    }
    // Into an existing folder: each file replaces its namesake; the rest stays as it was.
    for (const QString& name : std::as_const(m_files)) {
        const QString destination = m_folder + u'/' + name;
        if (QFileInfo::exists(destination) && !QFile::remove(destination))
            return ExportOutput::cannotWrite(m_folder, u"cannot replace %1"_s.arg(name));
        if (!QFile::rename(temp + u'/' + name, destination))
            return ExportOutput::cannotWrite(m_folder, u"cannot move %1 into it"_s.arg(name));
    }
    return {};
}
