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
class BratExporter final {
public:
    static QString text(const ExportedArticle& article) { return article.article.clean.text(); }
    static QString annotations(const ExportedArticle& article);
    // Declares Company, Evidence and a relation type for each kind.
    static QString configuration(const QStringList& kinds);
    // "joint venture" -> "Joint_venture": brat type names are letters, digits, '_' and '-'.
    static QString relationType(const QString& kind);
};
