#pragma once

#include "store/articlefilter.h"
#include "util/result.h"

#include <QCommandLineOption>

class QCommandLineParser;

// The filters of `list` on folio-cli's parser: --language, --since, --until. They select as the
// window's list filters do; a date is the article's published date, else the day it was added.
class ListOptionSet final {
public:
    explicit ListOptionSet(QCommandLineParser& parser); // adds them
    // The filter they ask for; a date that is not YYYY-MM-DD is an error naming it.
    Result<ArticleFilter> filter(const QCommandLineParser& parser) const;
    bool anySet(const QCommandLineParser& parser) const;

private:
    QCommandLineOption m_language;
    QCommandLineOption m_since;
    QCommandLineOption m_until;
};
