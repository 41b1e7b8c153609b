#pragma once

#include "import/dataset/columnchoice.h"
#include "import/dataset/datasettable.h"
#include "import/importedarticle.h"

#include <QStringList>

#include <optional>

// One dataset row made into an article through the chosen columns: the text split into
// paragraphs, a title (the title column's, else the text's first line or sentence, and the note
// says so), tags split from a category or tag list, the date understood or reported.
class RowArticle final {
public:
    struct Made {
        std::optional<ImportedArticle> article; // none: the row has no text
        QStringList problems;                   // what the report should say about this row
    };

    // `where` names the row in problems ("data.csv, row 7 (line 8)"); `headerFields` is the
    // header's width, to report ragged rows (0: no header).
    static Made make(const DatasetRecord& record, const ColumnChoice& columns, const QString& where,
                     int headerFields);
};
