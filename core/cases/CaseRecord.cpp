#include "cases/CaseRecord.h"

#include <QCoreApplication>

namespace onetrip {

QList<MaterialCheck> CaseRecord::checksForResubmission() const
{
    QList<MaterialCheck> out = checks;
    for (MaterialCheck &c : out) {
        if (noticeRows.contains(c.rowKey)) {
            // Only the notice's items are checked again; the rest stays as accepted before.
            c.state = MaterialState::Pending;
            c.copiesReceived = 0;
            c.defect.reset();
            c.note.clear();
        }
    }
    return out;
}

QString CaseRecord::itemDisplayName() const
{
    if (!bundleName.isEmpty())
        return bundleName;
    QStringList names;
    for (const CaseItem &item : items)
        names << item.name;
    return names.join(QCoreApplication::translate("Cases", "; "));
}

const CaseDocument *CaseRecord::latestDocument(DocumentKind kind) const
{
    for (auto it = documents.crbegin(); it != documents.crend(); ++it) {
        if (it->kind == kind)
            return &*it;
    }
    return nullptr;
}

} // namespace onetrip
