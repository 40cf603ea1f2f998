#include "Command.h"

#include "common/Clock.h"
#include "identity/CreditCode.h"
#include "identity/IdentityNumber.h"
#include "identity/ResidentId.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace onetrip::ctl {

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "onetripctl", "Usage: onetripctl id check [--kind resident|credit-code] VALUE...");
}

} // namespace

int runId(const QStringList &args, const Options &, Io io)
{
    QStringList rest = args;
    if (rest.isEmpty() || rest.takeFirst() != QLatin1String("check")) {
        io.err << usage() << '\n';
        return Usage;
    }
    std::optional<IdentityKind> kind;
    if (!rest.isEmpty() && rest.first().startsWith(QLatin1String("--kind"))) {
        QString name = rest.takeFirst().mid(6);
        if (name.startsWith(u'='))
            name = name.mid(1);
        else if (name.isEmpty() && !rest.isEmpty())
            name = rest.takeFirst();
        if (name == QLatin1String("resident"))
            kind = IdentityKind::ResidentId;
        else if (name == QLatin1String("credit-code"))
            kind = IdentityKind::CreditCode;
        else {
            io.err << QCoreApplication::translate(
                          "onetripctl", "Unknown kind \"%1\"; use resident or credit-code.")
                          .arg(name)
                   << '\n'
                   << usage() << '\n';
            return Usage;
        }
    }
    if (rest.isEmpty()) {
        io.err << QCoreApplication::translate("onetripctl", "Give at least one value to check.")
               << '\n'
               << usage() << '\n';
        return Usage;
    }

    bool allValid = true;
    const QDate today = SystemClock().today(); // no birth date may lie after today
    for (const QString &value : std::as_const(rest)) {
        const IdentityKind k = kind.value_or(guessKind(value));
        bool valid = false;
        QString reason;
        if (k == IdentityKind::ResidentId) {
            const ResidentId::Check c = ResidentId::check(value, today);
            valid = c.ok();
            reason = c.message;
        } else {
            const CreditCode::Check c = CreditCode::check(value);
            valid = c.ok();
            reason = c.message;
        }
        allValid = allValid && valid;
        // Credit codes are public, resident ID numbers personal data; an invalid value may
        // be a mistyped ID number whatever it was checked as, so only a valid credit code
        // is printed in full.
        const bool fullyShown = k == IdentityKind::CreditCode && valid;
        const QString shown = fullyShown ? normalizeIdentityInput(value) : ResidentId::mask(value);
        QStringList fields{shown.isEmpty() ? QCoreApplication::translate("onetripctl", "(empty)")
                                           : shown,
                           valid ? QCoreApplication::translate("onetripctl", "valid")
                                 : QCoreApplication::translate("onetripctl", "invalid")};
        if (!kind)
            fields << (k == IdentityKind::ResidentId
                           ? QCoreApplication::translate("onetripctl", "as resident ID")
                           : QCoreApplication::translate("onetripctl", "as credit code"));
        if (!reason.isEmpty())
            fields << reason;
        io.out << fields.join(QLatin1String("  ")) << '\n';
    }
    return allValid ? Ok : Invalid;
}

} // namespace onetrip::ctl
