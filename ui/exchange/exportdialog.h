#pragma once

#include "exchange/exportrunner.h"

#include <QDialog>
#include <QList>

class AppSettings;
class ExportJob;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QRadioButton;

// The article ids each scope of the export dialog stands for; an empty list disables that
// scope (except "everything", which exports every article whatever `all` holds).
struct ExportScopes {
    QList<qint64> openArticle;
    QList<qint64> selected;
    QList<qint64> filtered;
    QList<qint64> all;
};

// File > Export: what (the open article, the selected ones, the current filter, everything),
// in which format, to which file or folder. OK emits exportRequested(); when a database path
// is set, the dialog also runs the export itself (an ExportJob), shows its progress, lets
// Cancel stop it, and reports the outcome before it closes. It starts with the format, path
// and options of the last export (kept in `settings` when one succeeds); another format
// proposes its default name in the same folder.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Scope { OpenArticle, Selected, Filtered, Everything };

    ExportDialog(const ExportScopes& scopes, AppSettings& settings, QWidget* parent = nullptr);
    ~ExportDialog() override;

    // Set it and OK runs the export here; leave it empty and only exportRequested() is emitted.
    void setDatabasePath(const QString& path) { m_databasePath = path; }

    Scope scope() const;
    void setScope(Scope scope);
    ExportFormat format() const;
    void setFormat(ExportFormat format);
    QString outPath() const;
    void setOutPath(const QString& path);
    ExportOptions options() const;
    void setOptions(const ExportOptions& options);
    // The ids of the chosen scope; empty for "everything" (ExportRunner then exports every
    // article and, in JSON, every company).
    QList<qint64> ids() const;

    void accept() override;
    void reject() override;

signals:
    void exportRequested(ExportFormat format, const QString& outPath, const QList<qint64>& ids,
                         const ExportOptions& options);
    void exportFinished(const ExportSummary& summary);
    void exportFailed(const QString& message);

private:
    void browse();
    void updateState();
    QString defaultPath(ExportFormat format) const;
    void finish(const QString& message, bool ok);
    void remember();

    ExportScopes m_scopes;
    AppSettings& m_settings;
    QString m_folder; // where new default paths go: the last export's folder, or Documents
    QString m_databasePath;
    QButtonGroup* m_scopeGroup;
    QComboBox* m_format;
    QLineEdit* m_path;
    QCheckBox* m_wikiLinks;
    QLabel* m_hint;
    QProgressBar* m_progress;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
    ExportJob* m_job = nullptr;
    bool m_pathEdited = false;
    bool m_done = false;
};
