#pragma once

#include "annotate/annotation.h"
#include "annotate/companymatcher.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;

// The small question after "Mark Company": which company is this? Lists the known companies
// the text most likely means, best first (the one it already names, then near-duplicates), and
// Enter takes the highlighted one. A new company is shown as new and needs a deliberate key
// (Ctrl+Enter, or choosing the "New company" row), because a stray Enter used to create junk
// companies ("Lei", "bringen"). A new surface form of a known company is offered as an alias.
class CompanyPopup : public QDialog {
    Q_OBJECT
public:
    CompanyPopup(const QList<Company>& companies, const QString& quote, QWidget* parent = nullptr);

    // What the user chose: the company's name (a known one, or the new one to create).
    QString companyName() const;
    // The known company chosen; empty when a new one is to be created.
    std::optional<Company> chosenCompany() const { return m_chosen; }
    // The selected text to store as a new alias of the chosen company; empty: none.
    QString aliasToAdd() const;

    QLineEdit* nameEdit() const { return m_name; }
    QListWidget* suggestions() const { return m_suggestions; }

    // Enter, and the Mark button: the highlighted suggestion.
    void accept() override;
    // Ctrl+Enter, and the Create button: exactly the typed name (a known one if it names one).
    void acceptTyped();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateSuggestions();
    void updateAliasOffer();
    void finish(const std::optional<Company>& company, const QString& name);
    void say(const QString& text);

    CompanyMatcher m_matcher;
    QString m_quote;
    QLineEdit* m_name;
    QListWidget* m_suggestions;
    QCheckBox* m_addAlias;
    QLabel* m_message;
    qint64 m_aliasFor = 0; // the company the alias check box offers the alias to
    std::optional<Company> m_chosen;
    QString m_chosenName;
};
