#include "intake/Checklist.h"

#include "catalog/Bundle.h"

namespace onetrip {

QList<ChecklistRow> Checklist::build(const QList<ServiceGuide> &guides,
                                     const QHash<QString, QString> &answers)
{
    QHash<QString, QString> effective = mergedDefaultAnswers(guides);
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        effective.insert(it.key(), it.value());

    // Only applicable materials take part in the merge, so a situational material that
    // does not apply can never make a shared one stricter.
    QList<ServiceGuide> applicable;
    applicable.reserve(guides.size());
    for (const ServiceGuide &guide : guides) {
        ServiceGuide g = guide;
        g.materials.clear();
        for (const MaterialRequirement &m : guide.materials) {
            if (m.appliesTo(effective))
                g.materials.append(m);
        }
        applicable.append(std::move(g));
    }

    QList<ChecklistRow> rows;
    for (BundleMaterial &merged : mergeBundleMaterials(applicable)) {
        const auto &[code, id] = merged.usedBy.constFirst();
        rows.append({rowKey(code, id), std::move(merged.material), std::move(merged.usedBy)});
    }
    return rows;
}

QHash<QString, QString> Checklist::mergedDefaultAnswers(const QList<ServiceGuide> &guides)
{
    QHash<QString, QString> answers;
    for (const ServiceGuide &guide : guides) {
        for (const Situation &s : guide.situations) {
            if (!answers.contains(s.id) && !s.defaultOption.isEmpty())
                answers.insert(s.id, s.defaultOption);
        }
    }
    return answers;
}

QList<Situation> Checklist::questions(const QList<ServiceGuide> &guides)
{
    QList<Situation> merged;
    QHash<QString, qsizetype> byId;
    for (const ServiceGuide &guide : guides) {
        for (const Situation &s : guide.situations) {
            const auto found = byId.constFind(s.id);
            if (found == byId.cend()) {
                byId.insert(s.id, merged.size());
                merged.append(s);
                continue;
            }
            // Same question in another item: one answer serves both, so offer every option.
            Situation &q = merged[*found];
            for (const SituationOption &o : s.options) {
                if (!q.option(o.id))
                    q.options.append(o);
            }
            if (q.defaultOption.isEmpty())
                q.defaultOption = s.defaultOption;
        }
    }
    return merged;
}

QString Checklist::rowKey(const QString &itemCode, const QString &materialId)
{
    return itemCode + QLatin1Char('/') + materialId;
}

const ChecklistRow *Checklist::find(const QList<ChecklistRow> &rows, const QString &key)
{
    for (const ChecklistRow &row : rows) {
        if (row.key == key)
            return &row;
    }
    return nullptr;
}

} // namespace onetrip
