#include "cases/CaseNumber.h"

#include "common/EnumKeys.h"

#include <QRegularExpression>

namespace onetrip {

namespace {

const std::pair<DocumentKind, const char *> kKindCodes[] = {
    {DocumentKind::AcceptanceNotice, "SL"},       // 受理
    {DocumentKind::CorrectionNotice, "GZ"},       // 告知
    {DocumentKind::DeferralNotice, "RQ"},         // 容缺
    {DocumentKind::CommitmentInLieu, "CN"},       // 承诺
    {DocumentKind::DeclineNotice, "BY"},          // 不予
    {DocumentKind::MaterialReceipt, "JS"},        // 接收
    {DocumentKind::ConsultationList, "ZX"},       // 咨询
    {DocumentKind::HandOutReceipt, "CJ"},         // 出件
    {DocumentKind::WithdrawalConfirmation, "CH"}, // 撤回
    {DocumentKind::TerminationNotice, "ZZ"},      // 终止
    {DocumentKind::ProxyAuthorisation, "WT"},     // 委托
    {DocumentKind::HandoverSlip, "JJ"},           // 交接
    {DocumentKind::ProxyCompletion, "BJ"},        // 办结
};

} // namespace

QString CaseNumber::format(const QString &hallCode, QDate date, const QString &terminalCode,
                           int sequence)
{
    return hallCode + QLatin1Char('-') + date.toString(QStringLiteral("yyyyMMdd")) +
           QLatin1Char('-') + terminalCode + QLatin1Char('-') +
           QStringLiteral("%1").arg(sequence, 5, 10, QLatin1Char('0'));
}

QString CaseNumber::normalize(const QString &number)
{
    return number.trimmed().toUpper();
}

std::optional<CaseNumber::Parts> CaseNumber::parse(const QString &number)
{
    static const QRegularExpression re(
        QStringLiteral("^([A-Z0-9]{2,12})-([0-9]{8})-([A-Z0-9]{1,4})-([0-9]{5,9})$"));
    const QRegularExpressionMatch m = re.match(normalize(number));
    if (!m.hasMatch())
        return std::nullopt;
    Parts parts;
    parts.hallCode = m.captured(1);
    parts.date = QDate::fromString(m.captured(2), QStringLiteral("yyyyMMdd"));
    parts.terminalCode = m.captured(3);
    parts.sequence = m.captured(4).toInt();
    if (!parts.date.isValid() || parts.sequence < 1)
        return std::nullopt;
    return parts;
}

QString CaseNumber::kindCode(DocumentKind kind)
{
    return enumKey(kind, kKindCodes);
}

QString CaseNumber::documentNumber(const QString &caseNumber, DocumentKind kind, int ordinal,
                                   const QString &issuingTerminal)
{
    QString suffix = kindCode(kind) + QString::number(ordinal);
    const auto parts = parse(caseNumber);
    if (!issuingTerminal.isEmpty() && parts && parts->terminalCode != issuingTerminal)
        suffix = issuingTerminal + suffix;
    return caseNumber + QLatin1Char('-') + suffix;
}

QString CaseNumber::caseOfDocument(const QString &documentNumber)
{
    // Every kind's code (a scanned hand-out receipt or 交接单 opens its case too).
    static const QRegularExpression suffix = [] {
        QStringList codes;
        for (const auto &[kind, code] : kKindCodes)
            codes << QLatin1String(code);
        return QRegularExpression(QStringLiteral("^(?:[A-Z0-9]{1,4}?)?(?:%1)[1-9][0-9]*$")
                                      .arg(codes.join(QLatin1Char('|'))));
    }();
    const QString number = normalize(documentNumber);
    const qsizetype dash = number.lastIndexOf(QLatin1Char('-'));
    if (dash < 0)
        return {};
    const QString caseNumber = number.left(dash);
    if (!parse(caseNumber) || !suffix.match(number.mid(dash + 1)).hasMatch())
        return {};
    return caseNumber;
}

} // namespace onetrip
