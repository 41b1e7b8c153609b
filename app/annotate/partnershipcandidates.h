#pragma once

#include "annotate/annotation.h"

#include <QList>
#include <QStringList>

// Which companies the partnership dialog offers, best first: those marked inside the evidence
// sentence (the likely pair), then the article's other companies, then every other one.
namespace PartnershipCandidates {

struct Names {
    QStringList inEvidence; // marked within [start, end), in text order, each once
    QStringList all;        // inEvidence, then the article's others, then `companies`
};

Names names(const QList<Mention>& mentions, const QStringList& companies, int start, int end);

} // namespace PartnershipCandidates
