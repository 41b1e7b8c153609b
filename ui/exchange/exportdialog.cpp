#include "exchange/exportdialog.h"

#include "exchange/exportjob.h"
#include "window/appsettings.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {

QString hintFor(ExportFormat format, bool folder) {
    switch (format) {
    case ExportFormat::Markdown:
        return folder ? ExportDialog::tr("A folder with one note per article (end the path with "
                                         ".md for one file).")
                      : ExportDialog::tr("One Markdown file with all articles.");
    case ExportFormat::Json:
        return ExportDialog::tr("One JSON file; Folio can import it again (a folder gets "
                                "folio-export.json inside it).");
    case ExportFormat::Csv:
        return ExportDialog::tr("A folder with partnerships.csv and mentions.csv.");
    case ExportFormat::Brat:
        return ExportDialog::tr("A folder with a .txt and an .ann file per article, and "
                                "annotation.conf.");
    case ExportFormat::W3c:
        return ExportDialog::tr("One JSON-LD file of W3C Web Annotations (a folder gets "
                                "folio-export.jsonld inside it).");
    case ExportFormat::Html:
        return folder ? ExportDialog::tr("A folder with one page per article and index.html (end "
                                         "the path with .html for one page).")
                      : ExportDialog::tr("One HTML page with all articles.");
    }
    return QString();
}

} // namespace

ExportDialog::ExportDialog(const ExportScopes& scopes, AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_scopes(scopes)
    , m_settings(settings)
    , m_scopeGroup(new QButtonGroup(this))
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_wikiLinks(new QCheckBox(tr("Company names as [[&wiki links]] (Obsidian)"), this))
    , m_hint(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));

    auto* scopeBox = new QGroupBox(tr("Articles"), this);
    auto* scopeLayout = new QVBoxLayout(scopeBox);
    const struct {
        Scope scope;
        const char* name;
        QString label;
        qsizetype count;
    } choices[] = {
        {Scope::OpenArticle, "scopeOpenArticle", tr("The &open article"),
         scopes.openArticle.size()},
        {Scope::Selected, "scopeSelected", tr("The &selected articles (%1)"),
         scopes.selected.size()},
        {Scope::Filtered, "scopeFiltered", tr("The articles in the current &filter (%1)"),
         scopes.filtered.size()},
        {Scope::Everything, "scopeEverything", tr("&Everything (%1)"), scopes.all.size()},
    };
    for (const auto& choice : choices) {
        auto* radio = new QRadioButton(choice.label.contains(QLatin1String("%1"))
                                           ? choice.label.arg(choice.count)
                                           : choice.label,
                                       scopeBox);
        radio->setObjectName(QString::fromLatin1(choice.name));
        radio->setEnabled(choice.scope == Scope::Everything || choice.count > 0);
        m_scopeGroup->addButton(radio, int(choice.scope));
        scopeLayout->addWidget(radio);
    }
    setScope(Scope::Everything);

    m_format->setObjectName(QStringLiteral("exportFormatCombo"));
    for (ExportFormat format : ExportFormats::all())
        m_format->addItem(ExportFormats::description(format), int(format));
    m_path->setObjectName(QStringLiteral("exportPathEdit"));
    m_wikiLinks->setObjectName(QStringLiteral("exportWikiLinksCheck"));
    // The last export's choices; its folder is where other formats' default names go.
    const QString lastPath = settings.exportPath();
    if (!lastPath.isEmpty())
        m_folder = QFileInfo(lastPath).absolutePath();
    if (const auto last = settings.exportFormat(); last)
        setFormat(*last);
    m_path->setText(lastPath.isEmpty() ? defaultPath(format()) : lastPath);
    m_wikiLinks->setChecked(settings.exportWikiLinks());
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("exportBrowseButton"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    m_hint->setObjectName(QStringLiteral("exportHint"));
    m_hint->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->hide();
    m_message->setObjectName(QStringLiteral("exportMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));

    // Labels made here, each with its buddy: a row holding a layout gets none from
    // QFormLayout, and a label without a buddy shows its "&" instead of an Alt key.
    auto* formatLabel = new QLabel(tr("Fo&rmat:"), this);
    formatLabel->setObjectName(QStringLiteral("exportFormatLabel"));
    formatLabel->setBuddy(m_format);
    auto* pathLabel = new QLabel(tr("&To:"), this);
    pathLabel->setObjectName(QStringLiteral("exportPathLabel"));
    pathLabel->setBuddy(m_path);
    auto* form = new QFormLayout;
    form->addRow(formatLabel, m_format);
    form->addRow(pathLabel, pathRow);
    form->addRow(QString(), m_hint);
    form->addRow(QString(), m_wikiLinks);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scopeBox);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_pathEdited)
            m_path->setText(defaultPath(format()));
        updateState();
    });
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_scopeGroup, &QButtonGroup::idClicked, this, &ExportDialog::updateState);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    updateState();
}

ExportDialog::~ExportDialog() = default; // the job, a child, cancels and waits for its thread

ExportDialog::Scope ExportDialog::scope() const {
    return Scope(m_scopeGroup->checkedId());
}

void ExportDialog::setScope(Scope scope) {
    if (auto* button = m_scopeGroup->button(int(scope)); button && button->isEnabled())
        button->setChecked(true);
    updateState();
}

ExportFormat ExportDialog::format() const {
    return ExportFormat(m_format->currentData().toInt());
}

void ExportDialog::setFormat(ExportFormat format) {
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

QString ExportDialog::outPath() const {
    return m_path->text().trimmed();
}

void ExportDialog::setOutPath(const QString& path) {
    m_pathEdited = true;
    m_path->setText(path);
}

ExportOptions ExportDialog::options() const {
    ExportOptions options;
    options.wikiLinks = format() == ExportFormat::Markdown && m_wikiLinks->isChecked();
    return options;
}

void ExportDialog::setOptions(const ExportOptions& options) {
    m_wikiLinks->setChecked(options.wikiLinks);
}

QList<qint64> ExportDialog::ids() const {
    switch (scope()) {
    case Scope::OpenArticle:
        return m_scopes.openArticle;
    case Scope::Selected:
        return m_scopes.selected;
    case Scope::Filtered:
        return m_scopes.filtered;
    case Scope::Everything:
        return {};
    }
    return {};
}

QString ExportDialog::defaultPath(ExportFormat format) const {
    QString folder = m_folder;
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(ExportFormats::defaultFileName(format));
}

void ExportDialog::updateState() {
    m_hint->setText(hintFor(format(), ExportFormats::writesFolder(format(), outPath())));
    m_wikiLinks->setEnabled(format() == ExportFormat::Markdown && !m_job);
    if (!m_done)
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!outPath().isEmpty() && !m_job);
}

void ExportDialog::browse() {
    const QString current = outPath().isEmpty() ? defaultPath(format()) : outPath();
    QString chosen;
    if (ExportFormats::writesFolder(format(), current))
        chosen = QFileDialog::getExistingDirectory(this, tr("Export into Folder"), current);
    else
        chosen = QFileDialog::getSaveFileName(this, tr("Export to File"), current);
    if (!chosen.isEmpty())
        setOutPath(chosen);
}

void ExportDialog::accept() {
    if (m_done) {
        QDialog::accept();
        return;
    }
    if (outPath().isEmpty() || m_job)
        return;
    emit exportRequested(format(), outPath(), ids(), options());
    if (m_databasePath.isEmpty()) {
        remember();
        QDialog::accept();
        return;
    }
    m_job = new ExportJob(m_databasePath, format(), outPath(), ids(), options(), this);
    const bool everything = scope() == Scope::Everything;
    m_progress->setRange(0, everything ? 0 : int(ids().size()));
    m_progress->setValue(0);
    m_progress->show();
    m_message->hide();
    for (QWidget* input : {static_cast<QWidget*>(m_format), static_cast<QWidget*>(m_path)})
        input->setEnabled(false);
    for (QAbstractButton* button : m_scopeGroup->buttons())
        button->setEnabled(false);
    connect(m_job, &ExportJob::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_job, &ExportJob::finished, this, [this](const ExportSummary& summary) {
        finish(summary.message(), !summary.cancelled);
        emit exportFinished(summary);
    });
    connect(m_job, &ExportJob::failed, this, [this](const QString& message) {
        finish(message, false);
        emit exportFailed(message);
    });
    updateState();
    m_job->start();
}

void ExportDialog::reject() {
    if (m_job) {
        m_job->cancel(); // finished() follows; the dialog stays for its message
        return;
    }
    QDialog::reject();
}

void ExportDialog::remember() {
    m_settings.setExportFormat(format());
    m_settings.setExportPath(outPath());
    if (format() == ExportFormat::Markdown) // the box means nothing to the other formats
        m_settings.setExportWikiLinks(m_wikiLinks->isChecked());
}

void ExportDialog::finish(const QString& message, bool ok) {
    m_job->deleteLater();
    m_job = nullptr;
    m_progress->hide();
    m_message->setText(message);
    m_message->show();
    if (ok) {
        remember();
        m_done = true;
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Close"));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
        m_buttons->button(QDialogButtonBox::Cancel)->hide();
        return;
    }
    // Failed or cancelled: everything can be changed and tried again.
    m_format->setEnabled(true);
    m_path->setEnabled(true);
    const QList<qsizetype> counts{m_scopes.openArticle.size(), m_scopes.selected.size(),
                                  m_scopes.filtered.size(), 1};
    for (QAbstractButton* button : m_scopeGroup->buttons())
        button->setEnabled(counts.value(m_scopeGroup->id(button)) > 0);
    updateState();
}
