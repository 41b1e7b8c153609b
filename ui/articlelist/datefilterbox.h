#pragma once

#include <QComboBox>
#include <QDate>
#include <QDateTime>

// The list's date filter: any date, the last day, week, month or year, or a range of days the
// user picks ("Choose Dates…"). An article's date is when it was published, else when it was
// added, as the list's Date column shows it.
class DateFilterBox : public QComboBox {
    Q_OBJECT
public:
    explicit DateFilterBox(QWidget* parent = nullptr);

    // The chosen range as [from, until), in UTC; both invalid: any date.
    QDateTime from() const;
    QDateTime until() const;
    // Picks the days from `first` to `last`, both included, in the local time zone (what the
    // dialog does; also for scripts and tests).
    void setDays(QDate first, QDate last);
    void clearRange(); // back to any date

signals:
    void rangeChosen(); // the user chose another range

private:
    enum Preset { AnyDate, Today, LastWeek, LastMonth, LastYear, Days, ChooseDays };
    Preset preset() const;
    void choose(int index);
    bool askForDays(); // the dialog; false when the user cancelled it

    QDate m_first; // the days of the Days item
    QDate m_last;
    int m_previous = 0; // the item before "Choose Dates…", for a cancelled dialog
};
