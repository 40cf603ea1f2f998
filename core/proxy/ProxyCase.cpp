#include "proxy/ProxyCase.h"

#include "common/EnumKeys.h"

#include <QCoreApplication>

namespace onetrip {

namespace {

const std::pair<Party::Kind, const char *> kKinds[] = {
    {Party::Kind::Applicant, "applicant"},
    {Party::Kind::Agent, "agent"},
    {Party::Kind::Department, "department"},
};

} // namespace

QString toKey(Party::Kind kind)
{
    return enumKey(kind, kKinds);
}

std::optional<Party::Kind> partyKindFromKey(const QString &key)
{
    return enumFromKey(key, kKinds);
}

QString displayName(Party::Kind kind)
{
    switch (kind) {
    case Party::Kind::Applicant:
        return QCoreApplication::translate("Proxy", "Applicant");
    case Party::Kind::Agent:
        return QCoreApplication::translate("Proxy", "Agent");
    case Party::Kind::Department:
        return QCoreApplication::translate("Proxy", "Department window");
    }
    return QString();
}

Party ProxyCase::holder() const
{
    return handovers.isEmpty() ? Party::applicant(applicantName) : handovers.constLast().to;
}

} // namespace onetrip
