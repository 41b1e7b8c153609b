#pragma once

#include "annotate/annotation.h"
#include "store/articlefilter.h"

#include <QWidget>

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
    void clearFilters(); // back to every article
    void focusSearch();
    QLineEdit* searchEdit() const { return m_search; }

signals:
    void filterChanged(const ArticleFilter& filter);

private:
    QLineEdit* m_search;
    QComboBox* m_source;
    QComboBox* m_status;
    QComboBox* m_company;
    QTimer* m_typingTimer;
};
