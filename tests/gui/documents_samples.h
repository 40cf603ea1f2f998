// Realistic documents of every kind for the document tests and the image generator: the
// materials come from a real shipped guide (data/catalog/jinan-guides.json) and the resident
// ID is masked as the intake masks it.
#pragma once

#include "cases/CaseNumber.h"
#include "catalog/CatalogJson.h"
#include "common/Paths.h"
#include "documents/DocumentData.h"
#include "identity/CreditCode.h"
#include "identity/ResidentId.h"
#include "intake/Checklist.h"
#include "intake/ConsultationDocument.h"
#include "printing/DocumentRenderer.h"

#include <QList>
#include <QString>

namespace onetrip::documents_samples {

// Valid resident IDs (GB 11643 check character): they must never reach a document in full.
inline QString applicantId()
{
    return QStringLiteral("37010219900101001X");
}
inline QString agentId()
{
    return QStringLiteral("370102198506120025");
}
// A valid unified social credit code (GB 32100, with its GB 11714 organisation code).
inline QString companyCreditCode()
{
    const QString body = QStringLiteral("MA3C4Q8X");
    const QString first17 =
        QStringLiteral("91370102") + body + CreditCode::organisationCheckCharacter(body);
    return first17 + CreditCode::checkCharacter(first17);
}

inline QList<DocumentKind> allKinds()
{
    return {DocumentKind::AcceptanceNotice,       DocumentKind::CorrectionNotice,
            DocumentKind::DeferralNotice,         DocumentKind::CommitmentInLieu,
            DocumentKind::DeclineNotice,          DocumentKind::MaterialReceipt,
            DocumentKind::ConsultationList,       DocumentKind::HandOutReceipt,
            DocumentKind::WithdrawalConfirmation, DocumentKind::TerminationNotice,
            DocumentKind::ProxyAuthorisation,     DocumentKind::HandoverSlip,
            DocumentKind::ProxyCompletion};
}

// The file name of a kind's image in docs/documents/: its template's name.
inline QString slug(DocumentKind kind)
{
    return gui::DocumentRenderer::templateName(kind);
}

inline const Catalog &jinanCatalog()
{
    static const Catalog catalog =
        CatalogJson::readFile(Paths::dataFile(QStringLiteral("catalog/jinan-guides.json"))).catalog;
    return catalog;
}

inline ServiceGuide guide(const QString &code)
{
    for (const ServiceGuide &g : jinanCatalog().guides) {
        if (g.code == code)
            return g;
    }
    return {};
}

// "原件 1份" as the window writes it on a receipt.
inline QString formAndCopies(const MaterialRequirement &m)
{
    return gui::ConsultationDocument::formAndCopies(m);
}

// The materials that apply under the guide's default answers.
inline QList<MaterialRequirement> applicable(const ServiceGuide &g)
{
    QList<MaterialRequirement> out;
    for (const ChecklistRow &row : Checklist::build({g}, g.defaultAnswers()))
        out.append(row.material);
    return out;
}

inline DocumentData base(DocumentKind kind, const ServiceGuide &g)
{
    DocumentData d;
    d.kind = kind;
    d.hallName = QStringLiteral("济南市历下区政务服务中心");
    d.hallAddress = QStringLiteral("济南市历下区龙奥北路8号龙奥大厦一楼综合受理区");
    d.hallPhone = QStringLiteral("0531-66601234");
    d.terminalCode = QStringLiteral("T03");
    d.caseNumber =
        CaseNumber::format(QStringLiteral("JNLX"), QDate(2025, 3, 4), QStringLiteral("T03"), 127);
    d.documentNumber = CaseNumber::documentNumber(d.caseNumber, DocumentKind::AcceptanceNotice, 1);
    d.applicantName = QStringLiteral("张建国");
    d.applicantIdMasked = ResidentId::mask(applicantId());
    d.itemName = g.name;
    d.itemCode = g.code;
    d.guideVersion = 3;
    d.issuedOn = QDate(2025, 3, 4);
    d.receivedOn = QDate(2025, 3, 4);
    d.legalBasis = g.legalBasis;
    d.clerkName = QStringLiteral("王晓燕");
    return d;
}

inline DocumentLine line(const MaterialRequirement &m, const QString &detail,
                         const QString &note = {})
{
    return DocumentLine{m.name, detail, m.howToObtain, note};
}

// A 代办 of JN-SG08 carried by 李强: the materials from the applicant to the agent, to the
// department's window, the licence back to the agent and everything to the applicant.
inline ProxyCase proxySample(bool ended)
{
    ProxyCase p;
    p.agentLogin = QStringLiteral("agent01");
    p.agentName = QStringLiteral("李强");
    p.scope = ProxyScope{true, false, true};
    p.applicantPhone = QStringLiteral("13905310000");
    p.takenOn = QDate(2025, 3, 4);
    p.commitDate = QDate(2025, 3, 20);
    p.applicantName = QStringLiteral("张建国");
    if (!ended)
        return p;
    QList<HandedMaterial> materials;
    for (const MaterialRequirement &m : applicable(guide(QStringLiteral("JN-SG08"))))
        materials << HandedMaterial{m.name, qMax(1, m.copies)};
    const auto at = [](int day, int hour, int minute) {
        return QDateTime(QDate(2025, 3, day), QTime(hour, minute));
    };
    const Party applicant = Party::applicant(p.applicantName);
    const Party agent = p.agent();
    const Party department = Party::department(QStringLiteral("济南市历下区市场监督管理局"));
    p.handovers << Handover{at(4, 10, 20), QStringLiteral("agent01"),
                            applicant,     agent,
                            materials,     QStringLiteral("申请人到窗口当面交接"),
                            false}
                << Handover{at(5, 9, 10), QStringLiteral("agent01"),
                            agent,        department,
                            materials,    QString(),
                            false}
                << Handover{at(14, 15, 0),
                            QStringLiteral("agent01"),
                            department,
                            agent,
                            {HandedMaterial{QStringLiteral("食品经营许可证（正本）"), 1},
                             HandedMaterial{QStringLiteral("食品经营许可证（副本）"), 1}},
                            QStringLiteral("办理结果"),
                            false}
                << Handover{at(17, 10, 0),
                            QStringLiteral("agent01"),
                            agent,
                            applicant,
                            {HandedMaterial{QStringLiteral("食品经营许可证（正本）"), 1},
                             HandedMaterial{QStringLiteral("食品经营许可证（副本）"), 1}},
                            QString(),
                            false};
    p.steps << ProxyStep{at(5, 9, 30), QStringLiteral("agent01"), department.name,
                         QStringLiteral("材料已递交部门窗口，约定现场核查")}
            << ProxyStep{at(12, 14, 0), QStringLiteral("agent01"), department.name,
                         QStringLiteral("陪同现场核查，核查通过")};
    p.completedOn = QDate(2025, 3, 17);
    p.summary = QStringLiteral("许可证已领取并交申请人，申请材料由部门存档");
    return p;
}

inline DocumentData sample(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::AcceptanceNotice: {
        DocumentData d = base(kind, guide(QStringLiteral("JN-SG02")));
        for (const MaterialRequirement &m : applicable(guide(QStringLiteral("JN-SG02")))) {
            d.lines.append(m.obtainedBySharing ? line(m, QStringLiteral("免提交"),
                                                      QStringLiteral("数据共享调取核验"))
                                               : line(m, formAndCopies(m)));
        }
        d.dueDate = QDate(2025, 3, 5);
        return d;
    }
    case DocumentKind::CorrectionNotice: {
        const ServiceGuide g = guide(QStringLiteral("JN-SG09"));
        DocumentData d = base(kind, g);
        d.documentNumber =
            CaseNumber::documentNumber(d.caseNumber, DocumentKind::CorrectionNotice, 1);
        // What the clerk found wrong, by material id of the guide.
        const QList<QPair<QString, QString>> problems = {
            {QStringLiteral("m01"), QStringLiteral("未签字、未盖章")},
            {QStringLiteral("m03"), QStringLiteral("缺少卫生设施平面布局图")},
            {QStringLiteral("m04"), QStringLiteral("报告已过有效期（2024年12月31日到期）")},
            {QStringLiteral("m05"), QStringLiteral("未加盖单位公章")}};
        for (const auto &[id, problem] : problems) {
            if (const MaterialRequirement *m = g.material(id))
                d.lines.append(line(*m, problem));
        }
        d.lines[2].note = QStringLiteral("场所已重新装修，须提供装修后的检测报告");
        d.whereToBring = QStringLiteral("济南市历下区政务服务中心一楼综合受理区（任一综合窗口）");
        return d;
    }
    case DocumentKind::DeferralNotice: {
        const ServiceGuide g = guide(QStringLiteral("JN-SG08"));
        DocumentData d = base(kind, g);
        d.documentNumber =
            CaseNumber::documentNumber(d.caseNumber, DocumentKind::DeferralNotice, 1);
        d.agentName = QStringLiteral("李梅");
        d.agentIdMasked = ResidentId::mask(agentId());
        for (const MaterialRequirement &m : applicable(g)) {
            if (m.deferrable)
                d.lines.append(line(m, QStringLiteral("暂缺")));
        }
        d.lines.first().detail = QStringLiteral("平面布局图未标注仓库面积");
        d.dueDate = QDate(2025, 3, 18);
        return d;
    }
    case DocumentKind::CommitmentInLieu: {
        const ServiceGuide g = guide(QStringLiteral("JN-SG11"));
        DocumentData d = base(kind, g);
        d.documentNumber =
            CaseNumber::documentNumber(d.caseNumber, DocumentKind::CommitmentInLieu, 1);
        d.applicantName = QStringLiteral("济南泉城建设发展有限公司");
        d.applicantIdMasked = companyCreditCode(); // a credit code is not personal data
        d.agentName = QStringLiteral("李梅");
        d.agentIdMasked = ResidentId::mask(agentId());
        for (const MaterialRequirement &m : applicable(g)) {
            if (m.commitmentInLieu)
                d.lines.append(line(m, QStringLiteral("承诺已取得且真实有效")));
        }
        return d;
    }
    case DocumentKind::DeclineNotice: {
        const ServiceGuide g = guide(QStringLiteral("JN-SG16"));
        DocumentData d = base(kind, g);
        d.documentNumber = CaseNumber::documentNumber(d.caseNumber, DocumentKind::DeclineNotice, 1);
        d.declineReason = QStringLiteral(
            "申请人户籍不在本区，居民身份证换领应由户籍所在地公安机关户政窗口受理，不属于本中心"
            "受理范围");
        d.declineRedirect = QStringLiteral(
            "济南市公安局槐荫区分局户政服务大厅（济南市槐荫区经十路22799号），或通过“爱山东”"
            "App 预约办理");
        for (const MaterialRequirement &m : applicable(g)) {
            if (m.originalOrCopy != OriginalOrCopy::NotApplicable)
                d.lines.append(line(m, formAndCopies(m), QStringLiteral("已当场退还")));
        }
        d.legalBasis.append(QStringLiteral("《中华人民共和国行政复议法》第二十条"));
        d.legalBasis.append(QStringLiteral("《中华人民共和国行政诉讼法》第四十六条"));
        return d;
    }
    case DocumentKind::MaterialReceipt: {
        const ServiceGuide g = guide(QStringLiteral("JN-SG10"));
        DocumentData d = base(kind, g);
        d.documentNumber =
            CaseNumber::documentNumber(d.caseNumber, DocumentKind::MaterialReceipt, 1);
        for (const MaterialRequirement &m : applicable(g))
            d.lines.append(line(m, formAndCopies(m)));
        d.lines.first().note = QStringLiteral("已核对原件");
        return d;
    }
    case DocumentKind::ConsultationList: {
        const ServiceGuide g = guide(QStringLiteral("JN-SG09"));
        DocumentData d = base(kind, g);
        d.caseNumber.clear(); // a consultation opens no case
        d.documentNumber = QStringLiteral("JNLX-20250304-T03-ZX0042"); // consultations have no case
        d.applicantName.clear();
        d.applicantIdMasked.clear();
        for (const MaterialRequirement &m : g.materials) {
            d.lines.append(m.obtainedBySharing ? line(m, QStringLiteral("免提交"))
                                               : line(m, formAndCopies(m),
                                                      m.requirement == Requirement::Situational
                                                          ? QStringLiteral("视情形提供")
                                                          : QString()));
        }
        return d;
    }
    case DocumentKind::HandOutReceipt: {
        DocumentData d = base(kind, guide(QStringLiteral("JN-SG08")));
        d.documentNumber = CaseNumber::documentNumber(d.caseNumber, kind, 1);
        d.agentName = QStringLiteral("李梅");
        d.agentIdMasked = ResidentId::mask(agentId());
        d.decisionResult = QStringLiteral("approved");
        d.decisionNumber = QStringLiteral("鲁DA5310200123");
        d.decidedOn = QDate(2025, 3, 14);
        d.handOutMethod = QStringLiteral("window");
        d.collectorRole = QStringLiteral("agent");
        d.collectorName = QStringLiteral("李梅");
        d.collectorIdMasked = ResidentId::mask(agentId());
        d.handedOutOn = QDate(2025, 3, 17);
        d.issuedOn = QDate(2025, 3, 17);
        return d;
    }
    case DocumentKind::WithdrawalConfirmation: {
        DocumentData d = base(kind, guide(QStringLiteral("JN-SG10")));
        d.documentNumber = CaseNumber::documentNumber(d.caseNumber, kind, 1);
        d.reason = QStringLiteral("申请人经营地址变更，拟另行申请");
        d.issuedOn = QDate(2025, 3, 6);
        for (const MaterialRequirement &m : applicable(guide(QStringLiteral("JN-SG10"))))
            d.lines.append(line(m, formAndCopies(m), QStringLiteral("已当场退还")));
        return d;
    }
    case DocumentKind::TerminationNotice: {
        DocumentData d = base(kind, guide(QStringLiteral("JN-SG08")));
        d.documentNumber = CaseNumber::documentNumber(d.caseNumber, kind, 1);
        d.dueDate = QDate(2025, 3, 18);
        d.reason = QStringLiteral("容缺材料未在承诺期限（2025-03-18）前补齐");
        d.issuedOn = QDate(2025, 3, 19);
        for (const MaterialRequirement &m : applicable(guide(QStringLiteral("JN-SG08")))) {
            if (m.deferrable)
                d.lines.append(line(m, QStringLiteral("未补齐")));
        }
        return d;
    }
    case DocumentKind::ProxyAuthorisation: {
        DocumentData d = base(kind, guide(QStringLiteral("JN-SG08")));
        d.legalBasis.clear(); // not an administrative act: no legal basis printed
        d.documentNumber = CaseNumber::documentNumber(d.caseNumber, kind, 1);
        d.proxy = proxySample(false);
        return d;
    }
    case DocumentKind::HandoverSlip: {
        DocumentData d = base(kind, guide(QStringLiteral("JN-SG08")));
        d.legalBasis.clear(); // not an administrative act: no legal basis printed
        d.documentNumber = CaseNumber::documentNumber(d.caseNumber, kind, 2);
        d.proxy = proxySample(true);
        d.proxyLink = 1; // the agent to the department's window
        d.issuedOn = QDate(2025, 3, 5);
        return d;
    }
    case DocumentKind::ProxyCompletion: {
        DocumentData d = base(kind, guide(QStringLiteral("JN-SG08")));
        d.legalBasis.clear(); // not an administrative act: no legal basis printed
        d.documentNumber = CaseNumber::documentNumber(d.caseNumber, kind, 1);
        d.proxy = proxySample(true);
        d.issuedOn = QDate(2025, 3, 17);
        return d;
    }
    }
    return {};
}

} // namespace onetrip::documents_samples
