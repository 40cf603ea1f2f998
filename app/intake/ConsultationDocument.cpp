#include "intake/ConsultationDocument.h"

namespace onetrip {
namespace gui {

QString ConsultationDocument::formAndCopies(const MaterialRequirement &m)
{
    // Printed documents are Chinese official documents, whatever the UI language.
    QString form;
    switch (m.originalOrCopy) {
    case OriginalOrCopy::Original:
        form = QStringLiteral("原件");
        break;
    case OriginalOrCopy::Copy:
        form = QStringLiteral("复印件");
        break;
    case OriginalOrCopy::OriginalAndCopy:
        form = QStringLiteral("原件和复印件");
        break;
    case OriginalOrCopy::OriginalOrCopy:
        form = QStringLiteral("原件或复印件");
        break;
    case OriginalOrCopy::NotApplicable:
        break;
    }
    const QString copies = QStringLiteral("%1份").arg(m.copies);
    return form.isEmpty() ? copies : form + u' ' + copies;
}

DocumentData ConsultationDocument::build(const Input &in)
{
    DocumentData d;
    d.kind = DocumentKind::ConsultationList;
    d.hallName = in.hall.name;
    d.hallAddress = in.hall.address;
    d.hallPhone = in.hall.phone;
    d.terminalCode = in.terminalCode;
    d.itemName = in.entryName;
    d.itemCode = in.entryCode;
    d.guideVersion = in.guides.size() == 1 ? in.guides.first().version : 0;
    d.issuedOn = in.today;
    d.clerkName = in.clerk.displayName;
    for (const ServiceGuide &g : in.guides) {
        for (const QString &basis : g.legalBasis) {
            if (!d.legalBasis.contains(basis))
                d.legalBasis << basis;
        }
    }
    for (const ChecklistRow &row : in.rows) {
        const MaterialRequirement &m = row.material;
        DocumentLine line;
        line.name = m.name;
        line.detail = m.obtainedBySharing ? QStringLiteral("免提交") : formAndCopies(m);
        line.howToFix = m.howToObtain;
        QStringList notes;
        if (m.deferrable)
            notes << QStringLiteral("可容缺");
        if (m.commitmentInLieu)
            notes << QStringLiteral("可告知承诺");
        if (m.requirement == Requirement::Optional)
            notes << QStringLiteral("非必要");
        line.note = notes.join(QStringLiteral("；"));
        d.lines << line;
    }
    return d;
}

} // namespace gui
} // namespace onetrip
