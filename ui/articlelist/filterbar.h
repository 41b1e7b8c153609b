#pragma once

#include "annotate/annotation.h"
#include "store/articlefilter.h"

#include <QWidget>

class DateFilterBox;
class QComboBox;
class QLineEdit;
class QTimer;

// The search box and filters above the article list. Typing is debounced so that a fast typist
// does not run a query per key.
class FilterBar : public QWidget {
    Q_OBJECT
public:
    explicit FilterBar(QWidget* parent = nullptr);

    ArticleFilter filter() const;
    void setSources(const QStringList& sources);
    void setCompanies(const QList<Company>& companies);
    // ISO codes; "" stands for the articles whose language is not known.
    void setLanguages(const QStringList& languages);
    void clearFilters(); // back to every article
    void focusSearch();
    QLineEdit* searchEdit() const { return m_search; }
    // The order choice is there only while searching: best match first, or the list's column.
    void showOrder(bool searching, bool ranked);

signals:
    void filterChanged(const ArticleFilter& filter);
    void rankingChosen(bool ranked);   // the user chose best match first (or the column order)
    void message(const QString& text); // trivial news for the status bar; empty: clear it

private:
    void announceFilter();

    QLineEdit* m_search;
    QComboBox* m_source;
    QComboBox* m_status;
    QComboBox* m_company;
    QComboBox* m_language;
    DateFilterBox* m_date;
    QComboBox* m_order;
    QTimer* m_typingTimer;
    bool m_saidNoWord = false; // the status bar shows "nothing to search for"
};
