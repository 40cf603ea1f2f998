#include "catalog/Bundle.h"

#include <QHash>

namespace onetrip {

QList<BundleMaterial> mergeBundleMaterials(const QList<ServiceGuide> &guides)
{
    QList<BundleMaterial> merged;
    QHash<QString, qsizetype> byKey;
    for (const ServiceGuide &guide : guides) {
        for (const MaterialRequirement &m : guide.materials) {
            const auto found = m.sharedKey.isEmpty() ? byKey.cend() : byKey.constFind(m.sharedKey);
            if (found == byKey.cend()) {
                if (!m.sharedKey.isEmpty())
                    byKey.insert(m.sharedKey, merged.size());
                merged.append({m, {{guide.code, m.id}}});
                continue;
            }
            // Asked once, so the strictest demand of any item wins.
            BundleMaterial &row = merged[*found];
            row.usedBy.append({guide.code, m.id});
            MaterialRequirement &r = row.material;
            r.main = r.main || m.main;
            r.deferrable = r.deferrable && m.deferrable;
            r.commitmentInLieu = r.commitmentInLieu && m.commitmentInLieu;
            r.obtainedBySharing = r.obtainedBySharing && m.obtainedBySharing;
            r.copies = std::max(r.copies, m.copies);
            if (m.requirement == Requirement::Always || r.requirement == Requirement::Always) {
                r.requirement = Requirement::Always;
                r.appliesWhen.clear();
            }
        }
    }
    return merged;
}

} // namespace onetrip
