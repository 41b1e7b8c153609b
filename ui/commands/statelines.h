#pragma once

#include "util/result.h"

#include <QStringList>

#include <optional>

// Collects the RowState lines of a command's ownedState(), keeping the first read that failed.
class StateLines final {
public:
    void add(const Result<QString>& line) {
        if (line)
            m_lines << *line;
        else if (!m_error)
            m_error = line.error();
    }
    Result<QStringList> result() const {
        if (m_error)
            return *m_error;
        return m_lines;
    }

private:
    QStringList m_lines;
    std::optional<Error> m_error;
};
