#include "annotate/partnershipcandidates.h"

namespace PartnershipCandidates {

Names names(const QList<Mention>& mentions, const QStringList& companies, int start, int end) {
    Names names;
    for (const Mention& mention : mentions) {
        if (mention.anchor.start >= start && mention.anchor.end <= end &&
            !names.inEvidence.contains(mention.companyName))
            names.inEvidence << mention.companyName;
    }
    names.all = names.inEvidence;
    for (const Mention& mention : mentions) {
        if (!names.all.contains(mention.companyName))
            names.all << mention.companyName;
    }
    for (const QString& company : companies) {
        if (!names.all.contains(company))
            names.all << company;
    }
    return names;
}

} // namespace PartnershipCandidates
