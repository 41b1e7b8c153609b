#pragma once

#include <QByteArray>
#include <QFont>
#include <QSettings>
#include <QString>

#include <memory>
#include <optional>

enum class ThemeChoice { System, Light, Dark };
enum class ExportFormat;

// Folio's preferences, each key and default declared once. A test points it at a file of its own.
class AppSettings final {
public:
    AppSettings(); // the user's settings: ~/.config/folio/folio.conf
    explicit AppSettings(const QString& iniFile);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& value);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& value);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray& value);
    QByteArray listHeaderState() const;
    void setListHeaderState(const QByteArray& value);
    // Which panes View shows: the article list, the side panel, or the article alone.
    bool listShown() const;
    void setListShown(bool value);
    bool panelShown() const;
    void setPanelShown(bool value);
    bool readingMode() const;
    void setReadingMode(bool value);

    ThemeChoice theme() const;
    void setTheme(ThemeChoice value);
    QFont readerFont() const;
    void setReaderFont(const QFont& value);
    bool showRemoved() const;
    void setShowRemoved(bool value);
    qint64 lastArticleId() const;
    void setLastArticleId(qint64 value);
    // The export dialog's last choices, so the next export starts from them.
    std::optional<ExportFormat> exportFormat() const; // none before the first export
    void setExportFormat(ExportFormat value);
    QString exportPath() const; // the file or folder last exported to; empty: none yet
    void setExportPath(const QString& value);
    bool exportWikiLinks() const;
    void setExportWikiLinks(bool value);
    // How often the window fetches the feed subscriptions by itself; 0 (the default): never.
    int fetchIntervalMinutes() const;
    void setFetchIntervalMinutes(int value);

    // The dataset mapping ("title=2,text=3") chosen last for files of this shape
    // (DatasetPreview::shapeKey); empty: none yet.
    QString datasetMapping(const QString& shapeKey) const;
    void setDatasetMapping(const QString& shapeKey, const QString& spec);

    void sync() { m_settings->sync(); }

private:
    std::unique_ptr<QSettings> m_settings;
};
