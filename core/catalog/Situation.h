#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace onetrip {

struct SituationOption
{
    QString id;    // stable key, e.g. "agent"
    QString label; // shown to the clerk, e.g. "委托代理人办理"

    bool operator==(const SituationOption &) const = default;
};

// 情形: a question whose answer decides which materials apply.
struct Situation
{
    QString id;       // e.g. "applicant"
    QString question; // e.g. "由谁办理？"
    QList<SituationOption> options;
    QString defaultOption; // the usual answer; preselected at the window

    const SituationOption *option(const QString &optionId) const;
    bool operator==(const Situation &) const = default;
};

// A material applies when the answer to `situationId` is one of `optionIds`.
struct SituationCondition
{
    QString situationId;
    QStringList optionIds;

    bool operator==(const SituationCondition &) const = default;
};

} // namespace onetrip
