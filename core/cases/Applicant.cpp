#include "cases/Applicant.h"

#include "identity/CreditCode.h"
#include "identity/IdentityNumber.h"
#include "identity/ResidentId.h"

#include "common/EnumKeys.h"

#include <QCoreApplication>
#include <QDate>

namespace onetrip {

namespace {

const std::pair<ApplicantKind, const char *> kKindKeys[] = {
    {ApplicantKind::Person, "person"},
    {ApplicantKind::Organisation, "organisation"},
};

const std::pair<Channel, const char *> kChannelKeys[] = {
    {Channel::Window, "window"}, {Channel::Online, "online"}, {Channel::Kiosk, "kiosk"},
    {Channel::Mail, "mail"},     {Channel::Proxy, "proxy"},
};

} // namespace

QString toKey(ApplicantKind kind)
{
    return enumKey(kind, kKindKeys);
}

std::optional<ApplicantKind> applicantKindFromKey(const QString &key)
{
    return enumFromKey(key, kKindKeys);
}

QString displayName(ApplicantKind kind)
{
    switch (kind) {
    case ApplicantKind::Person:
        return QCoreApplication::translate("Cases", "Person");
    case ApplicantKind::Organisation:
        return QCoreApplication::translate("Cases", "Organisation");
    }
    return {};
}

QString toKey(Channel channel)
{
    return enumKey(channel, kChannelKeys);
}

std::optional<Channel> channelFromKey(const QString &key)
{
    return enumFromKey(key, kChannelKeys);
}

QString displayName(Channel channel)
{
    switch (channel) {
    case Channel::Window:
        return QCoreApplication::translate("Cases", "At the window");
    case Channel::Online:
        return QCoreApplication::translate("Cases", "Online application");
    case Channel::Kiosk:
        return QCoreApplication::translate("Cases", "Self-service kiosk");
    case Channel::Mail:
        return QCoreApplication::translate("Cases", "By mail");
    case Channel::Proxy:
        return QCoreApplication::translate("Cases", "Proxy agent");
    }
    return {};
}

QStringList Applicant::problems(QDate today) const
{
    QStringList out;
    if (name.trimmed().isEmpty())
        out << QCoreApplication::translate("Cases", "Enter the applicant's name.");
    if (kind == ApplicantKind::Person) {
        const ResidentId::Check check = ResidentId::check(idNumber, today);
        if (!check.ok())
            out << QCoreApplication::translate("Cases", "Applicant's ID number: %1")
                       .arg(check.message);
    } else {
        const CreditCode::Check check = CreditCode::check(idNumber);
        if (!check.ok())
            out << QCoreApplication::translate("Cases", "Applicant's credit code: %1")
                       .arg(check.message);
    }
    return out;
}

QString Applicant::maskedId() const
{
    if (kind == ApplicantKind::Organisation)
        return normalizeIdentityInput(idNumber);
    return ResidentId::mask(normalizeIdentityInput(idNumber).toUpper());
}

QStringList Agent::problems(QDate today) const
{
    QStringList out;
    if (name.trimmed().isEmpty())
        out << QCoreApplication::translate("Cases", "Enter the agent's name.");
    const ResidentId::Check check = ResidentId::check(idNumber, today);
    if (!check.ok())
        out << QCoreApplication::translate("Cases", "Agent's ID number: %1").arg(check.message);
    if (authorisation.trimmed().isEmpty())
        out << QCoreApplication::translate(
            "Cases", "An agent needs an authorisation (授权委托书): describe the one presented.");
    return out;
}

QString Agent::maskedId() const
{
    return ResidentId::mask(normalizeIdentityInput(idNumber).toUpper());
}

} // namespace onetrip
