#pragma once

#include "annotate/annotation.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

// Every company of the corpus with how often it is named, and the tools to tidy them: rename,
// edit aliases, merge two that are the same company. The view never writes to the database: it
// asks (the *Requested signals), the main window makes an undoable command of the request and
// then calls refresh().
class CompaniesView : public QDialog {
    Q_OBJECT
public:
    enum Column { NameColumn, AliasesColumn, MentionsColumn, ArticlesColumn, PartnershipsColumn };

    explicit CompaniesView(Database& database, QWidget* parent = nullptr);

    bool selectCompany(qint64 id);    // false when there is no such company
    qint64 selectedCompanyId() const; // 0 when none is selected

public slots:
    // Reloads from the database, keeping the selected company when it still exists.
    void refresh();
    // Shows a message under the table (an error, a refused request); empty hides it.
    void showMessage(const QString& message);

signals:
    void renameRequested(qint64 companyId, const QString& newName);
    void aliasesRequested(qint64 companyId, const QStringList& aliases);
    void mergeRequested(qint64 keepId, qint64 removeId);
    void openArticleRequested(qint64 articleId);

private:
    void applyFilter();
    void showSelected();
    void requestRename();
    void requestAliases();
    void requestMerge();
    const Company* company(qint64 id) const;

    Database& m_db;
    QList<Company> m_companies; // by name, as last loaded
    QLineEdit* m_filter;
    QTableWidget* m_table;
    QLineEdit* m_nameEdit;
    QPushButton* m_renameButton;
    QLineEdit* m_aliasesEdit;
    QPushButton* m_saveAliasesButton;
    QComboBox* m_mergeTarget;
    QPushButton* m_mergeButton;
    QListWidget* m_articles;
    QLabel* m_message;
};
