#pragma once

#include "catalog/MaterialRequirement.h"
#include "catalog/ServiceGuide.h"
#include "catalog/Situation.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace onetrip {

// One row of the intake checklist: an applicable material, asked for once even when several
// items of a bundle need it.
struct ChecklistRow
{
    QString key;                  // "ITEMCODE/materialId" of the first item that needs it; stable
    MaterialRequirement material; // merged: the strictest demand of the items that need it
    QList<QPair<QString, QString>> usedBy; // (item code, material id)

    bool operator==(const ChecklistRow &) const = default;
};

// Builds the tailored material list of an item or of the items of a bundle (一件事).
class Checklist
{
public:
    // The applicable materials for these guides and answers, in guide order. Answers are
    // shared by every item (same situation id); an unanswered question takes its default.
    // Materials with the same sharedKey appear once (mergeBundleMaterials).
    static QList<ChecklistRow> build(const QList<ServiceGuide> &guides,
                                     const QHash<QString, QString> &answers);

    // The default answer of every situation question of the guides (the first guide asking a
    // question gives its default).
    static QHash<QString, QString> mergedDefaultAnswers(const QList<ServiceGuide> &guides);

    // The situation questions of the guides, each id once, in order of first appearance;
    // options of the same question in different guides are united.
    static QList<Situation> questions(const QList<ServiceGuide> &guides);

    // The row key of a material of an item: "ITEMCODE/materialId".
    static QString rowKey(const QString &itemCode, const QString &materialId);

    // The row with this key, or nullptr.
    static const ChecklistRow *find(const QList<ChecklistRow> &rows, const QString &key);
};

} // namespace onetrip
