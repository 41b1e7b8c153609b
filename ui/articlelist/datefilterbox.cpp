#include "articlelist/datefilterbox.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLocale>

DateFilterBox::DateFilterBox(QWidget* parent)
    : QComboBox(parent) {
    setObjectName(QStringLiteral("dateFilter"));
    setToolTip(tr("Show articles by date: published, else added"));
    addItem(tr("Any date"), AnyDate);
    addItem(tr("Today"), Today);
    addItem(tr("Last 7 days"), LastWeek);
    addItem(tr("Last 30 days"), LastMonth);
    addItem(tr("Last 12 months"), LastYear);
    addItem(tr("Choose Dates…"), ChooseDays);
    connect(this, &QComboBox::activated, this, &DateFilterBox::choose);
}

DateFilterBox::Preset DateFilterBox::preset() const {
    return Preset(currentData().toInt());
}

QDateTime DateFilterBox::from() const {
    // Whole local days: "today" starts at midnight, not 24 hours ago.
    const QDate today = QDate::currentDate();
    switch (preset()) {
    case Today:
        return today.startOfDay().toUTC();
    case LastWeek:
        return today.addDays(-6).startOfDay().toUTC();
    case LastMonth:
        return today.addDays(-29).startOfDay().toUTC();
    case LastYear:
        return today.addYears(-1).addDays(1).startOfDay().toUTC();
    case Days:
        return m_first.startOfDay().toUTC();
    case AnyDate:
    case ChooseDays:
        break;
    }
    return {};
}

QDateTime DateFilterBox::until() const {
    // The presets end now; an article dated in the future (a wrong clock) still shows in them.
    return preset() == Days ? m_last.addDays(1).startOfDay().toUTC() : QDateTime();
}

void DateFilterBox::setDays(QDate first, QDate last) {
    if (!first.isValid() || !last.isValid())
        return;
    if (last < first)
        std::swap(first, last);
    m_first = first;
    m_last = last;
    const QLocale locale;
    const QString label = first == last
                              ? locale.toString(first, QLocale::ShortFormat)
                              : tr("%1 – %2").arg(locale.toString(first, QLocale::ShortFormat),
                                                  locale.toString(last, QLocale::ShortFormat));
    int index = findData(Days);
    if (index < 0) {
        index = count() - 1; // just above "Choose Dates…"
        insertItem(index, label, Days);
    } else {
        setItemText(index, label);
    }
    setCurrentIndex(index);
    m_previous = index;
}

void DateFilterBox::clearRange() {
    setCurrentIndex(0);
    m_previous = 0;
}

void DateFilterBox::choose(int index) {
    if (itemData(index).toInt() == ChooseDays && !askForDays()) {
        setCurrentIndex(m_previous); // cancelled: the range stays as it was
        return;
    }
    if (itemData(index).toInt() != ChooseDays)
        m_previous = index;
    emit rangeChosen();
}

bool DateFilterBox::askForDays() {
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("dateRangeDialog"));
    dialog.setWindowTitle(tr("Show Articles Dated"));
    const QDate today = QDate::currentDate();
    auto* first = new QDateEdit(m_first.isValid() ? m_first : today.addMonths(-1), &dialog);
    auto* last = new QDateEdit(m_last.isValid() ? m_last : today, &dialog);
    first->setObjectName(QStringLiteral("firstDay"));
    last->setObjectName(QStringLiteral("lastDay"));
    for (QDateEdit* edit : {first, last})
        edit->setCalendarPopup(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&From:"), first);
    form->addRow(tr("&To:"), last);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    setDays(first->date(), last->date());
    return true;
}
