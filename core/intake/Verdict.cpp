#include "intake/Verdict.h"

#include <QCoreApplication>

#include <utility>

namespace onetrip {

namespace {

const std::pair<Outcome, const char *> kOutcomeKeys[] = {
    {Outcome::Accept, "accept"},
    {Outcome::AcceptWithDeferral, "accept-with-deferral"},
    {Outcome::CorrectionNeeded, "correction-needed"},
    {Outcome::Decline, "decline"},
};

} // namespace

QString toKey(Outcome v)
{
    for (const auto &[value, name] : kOutcomeKeys) {
        if (value == v)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<Outcome> outcomeFromKey(const QString &key)
{
    for (const auto &[value, name] : kOutcomeKeys) {
        if (key == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

QString displayName(Outcome v)
{
    switch (v) {
    case Outcome::Accept:
        return QCoreApplication::translate("Intake", "Accept");
    case Outcome::AcceptWithDeferral:
        return QCoreApplication::translate("Intake", "Accept with deferral");
    case Outcome::CorrectionNeeded:
        return QCoreApplication::translate("Intake", "One-time correction notice");
    case Outcome::Decline:
        return QCoreApplication::translate("Intake", "Decline");
    }
    return {};
}

Status DeclineDecision::validate() const
{
    const bool noReason = reason.trimmed().isEmpty();
    const bool noRedirect = redirect.trimmed().isEmpty();
    if (noReason && noRedirect)
        return Status::failure(QCoreApplication::translate(
            "Intake", "A decline needs the reason and where the applicant should go instead "
                      "(the competent organ or channel)."));
    if (noReason)
        return Status::failure(
            QCoreApplication::translate("Intake", "A decline needs the reason for declining."));
    if (noRedirect)
        return Status::failure(QCoreApplication::translate(
            "Intake", "A decline needs where the applicant should go instead (the competent "
                      "organ or channel)."));
    return Status::success();
}

QString DeclineDecision::rightsNotice()
{
    return QCoreApplication::translate(
        "Intake", "If you disagree with this decision, you may apply for administrative "
                  "reconsideration within 60 days of receiving it, or bring an administrative "
                  "lawsuit before a people's court within 6 months.");
}

} // namespace onetrip
