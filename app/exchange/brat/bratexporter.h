#pragma once

#include "exchange/exportedarticle.h"

#include <QString>
#include <QStringList>

// brat rapid annotation tool standoff format (https://brat.nlplab.org/standoff.html): per
// article NAME.txt (the clean text exactly) and NAME.ann, plus one annotation.conf.
//   T1<TAB>Company START END<TAB>quote      offsets in Unicode code points
//   R1<TAB>Joint_venture Arg1:T1 Arg2:T2    a partnership between two mentions
//   #1<TAB>AnnotatorNotes T1<TAB>note       notes; a relation's note holds its status
// A partnership links, for each company, its mention inside (else nearest) the evidence; a
// company without a mention gets a T line where its name or an alias occurs. One whose name
// does not occur at all is kept as a note on its evidence (an "Evidence" span).
// The article's own note: brat has no annotation on a whole document and no comment lines, a
// note must hang on a span. So it goes on an "Article" span over the first paragraph (where
// brat shows the document begin, usually the lead), written last so that the company spans
// keep their numbers. An article without text has nowhere to put it; then it is left out.
class BratExporter final {
public:
    // The entity and relation types that .ann files use, for annotation.conf: brat refuses a
    // type it does not know, and one declared but unused only clutters its menus.
    struct Types {
        QStringList entities; // sorted, each once
        QStringList relations;
        void addUsedIn(const QString& annotations); // reads the T and R lines
    };

    static QString text(const ExportedArticle& article) { return article.article.clean.text(); }
    static QString annotations(const ExportedArticle& article);
    // Declares exactly the types `used` (all four sections, as brat expects them).
    static QString configuration(const Types& used);
    // "joint venture" -> "Joint_venture": brat type names are letters, digits, '_' and '-'.
    static QString relationType(const QString& kind);
};
