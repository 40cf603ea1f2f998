#include "deadline/ClockPause.h"

#include <QCoreApplication>

namespace onetrip {

QList<PauseKind> allPauseKinds()
{
    return {PauseKind::Hearing,    PauseKind::Bidding,      PauseKind::Auction,
            PauseKind::Inspection, PauseKind::Testing,      PauseKind::Quarantine,
            PauseKind::Appraisal,  PauseKind::ExpertReview, PauseKind::Correction};
}

QString toKey(PauseKind kind)
{
    switch (kind) {
    case PauseKind::Hearing:
        return QStringLiteral("hearing");
    case PauseKind::Bidding:
        return QStringLiteral("bidding");
    case PauseKind::Auction:
        return QStringLiteral("auction");
    case PauseKind::Inspection:
        return QStringLiteral("inspection");
    case PauseKind::Testing:
        return QStringLiteral("testing");
    case PauseKind::Quarantine:
        return QStringLiteral("quarantine");
    case PauseKind::Appraisal:
        return QStringLiteral("appraisal");
    case PauseKind::ExpertReview:
        return QStringLiteral("expert-review");
    case PauseKind::Correction:
        return QStringLiteral("correction");
    }
    return QString();
}

std::optional<PauseKind> pauseKindFromKey(const QString &key)
{
    for (PauseKind k : allPauseKinds()) {
        if (toKey(k) == key)
            return k;
    }
    return std::nullopt;
}

QString displayName(PauseKind kind)
{
    switch (kind) {
    case PauseKind::Hearing:
        return QCoreApplication::translate("Deadlines", "Hearing");
    case PauseKind::Bidding:
        return QCoreApplication::translate("Deadlines", "Bidding");
    case PauseKind::Auction:
        return QCoreApplication::translate("Deadlines", "Auction");
    case PauseKind::Inspection:
        return QCoreApplication::translate("Deadlines", "Inspection");
    case PauseKind::Testing:
        return QCoreApplication::translate("Deadlines", "Testing");
    case PauseKind::Quarantine:
        return QCoreApplication::translate("Deadlines", "Quarantine");
    case PauseKind::Appraisal:
        return QCoreApplication::translate("Deadlines", "Appraisal");
    case PauseKind::ExpertReview:
        return QCoreApplication::translate("Deadlines", "Expert review");
    case PauseKind::Correction:
        return QCoreApplication::translate("Deadlines", "Correction after acceptance");
    }
    return QString();
}

} // namespace onetrip
