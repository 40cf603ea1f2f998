#include "cases/IntakeSample.h"

#include "identity/CreditCode.h"
#include "identity/ResidentId.h"
#include "intake/VerdictEngine.h"

#include <QDate>

namespace onetrip {

QString IntakeSample::residentId(int n)
{
    // 370102 Lixia; the birth date walks forward, the sequence covers the rest.
    const QDate birth = QDate(1960, 1, 1).addDays(n % 15000);
    const QString first17 = QStringLiteral("370102") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg((n / 15000) % 1000, 3, 10, QLatin1Char('0'));
    return first17 + ResidentId::checkCharacter(first17);
}

QString IntakeSample::creditCode(int n)
{
    // 91 (market regulation, company) + region 370102 + organisation code + check.
    const QString body = QStringLiteral("MA%1").arg(n % 1000000, 6, 10, QLatin1Char('0'));
    const QString org = body + CreditCode::organisationCheckCharacter(body);
    const QString first17 = QStringLiteral("91370102") + org;
    return first17 + CreditCode::checkCharacter(first17);
}

Applicant IntakeSample::person(int n)
{
    Applicant a;
    a.kind = ApplicantKind::Person;
    a.name = QStringLiteral("申请人%1").arg(n);
    a.idNumber = residentId(n);
    a.phone = QStringLiteral("1380000%1").arg(n % 10000, 4, 10, QLatin1Char('0'));
    a.address = QStringLiteral("济南市历下区泉城路%1号").arg(n % 500 + 1);
    return a;
}

Applicant IntakeSample::organisation(int n)
{
    Applicant a;
    a.kind = ApplicantKind::Organisation;
    a.name = QStringLiteral("济南示例商贸有限公司%1").arg(n);
    a.idNumber = creditCode(n);
    a.phone = QStringLiteral("0531-8600%1").arg(n % 10000, 4, 10, QLatin1Char('0'));
    a.address = QStringLiteral("济南市历下区经十路%1号").arg(n % 500 + 1);
    a.legalRepresentative = QStringLiteral("法定代表人%1").arg(n);
    a.contact = QStringLiteral("联系人%1").arg(n);
    return a;
}

QList<MaterialCheck> IntakeSample::completeChecks(const QList<ChecklistRow> &rows)
{
    QList<MaterialCheck> out;
    for (const ChecklistRow &row : rows) {
        MaterialCheck c;
        c.rowKey = row.key;
        if (row.material.obtainedBySharing) {
            c.state = MaterialState::ObtainedBySharing;
        } else {
            c.state = MaterialState::Provided;
            c.copiesReceived = std::max(row.material.copies, 1);
        }
        out << c;
    }
    return out;
}

QList<MaterialCheck> IntakeSample::with(QList<MaterialCheck> checks, const QString &rowKey,
                                        MaterialState state)
{
    for (MaterialCheck &c : checks) {
        if (c.rowKey != rowKey)
            continue;
        c.state = state;
        c.copiesReceived = state == MaterialState::Provided ? std::max(c.copiesReceived, 1) : 0;
        c.defect =
            state == MaterialState::Defective ? std::optional(DefectReason::Other) : std::nullopt;
        if (state == MaterialState::Defective)
            c.note = QStringLiteral("印章不清晰");
    }
    return checks;
}

IntakeConfirmation IntakeSample::acceptance(const QList<ServiceGuide> &guides,
                                            const Applicant &applicant, const User &clerk)
{
    IntakeConfirmation c;
    c.outcome = Outcome::Accept;
    c.guides = guides;
    c.answers = Checklist::mergedDefaultAnswers(guides);
    c.checks = completeChecks(Checklist::build(guides, c.answers));
    c.applicant = applicant;
    c.clerk = clerk;
    IntakeRequest request;
    request.guides = guides;
    request.answers = c.answers;
    request.checks = c.checks;
    c.verdict = VerdictEngine::evaluate(request);
    return c;
}

} // namespace onetrip
