#pragma once

#include "catalog/ServiceGuide.h"
#include "intake/Checklist.h"
#include "intake/IntakeRequest.h"
#include "intake/Verdict.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace onetrip {

// One thing wrong with an intake file, located by field ("materials[2].state").
struct IntakeProblem
{
    QString field;   // empty for the file as a whole
    QString message; // translated: what is wrong and what is expected

    QString toString() const;
};
using IntakeProblems = QList<IntakeProblem>;

// An intake file as read, before its guides are looked up (docs/intake-format.md).
struct IntakeInput
{
    QString itemCode; // exactly one of itemCode and bundleCode is set
    QString bundleCode;
    // Pinned guide versions by item code; an item not listed takes the latest version.
    QHash<QString, int> versions;
    QHash<QString, QString> answers;
    QList<MaterialCheck> checks; // rowKey as written: "CODE/id", or the bare id for one item
    QStringList checkFields;     // the field of each check, for problems ("materials[0]")
    bool falseCommitmentFlagged = false;
    bool commitmentSigned = false;
    int supplementDays = 0;
};

// The documented intake JSON format: reads a request, writes a verdict.
class IntakeJson
{
public:
    static constexpr const char *FormatName = "onetrip-intake";

    struct ReadResult
    {
        IntakeInput input;
        IntakeProblems problems; // every problem in the file, not just the first
    };

    static ReadResult read(const QByteArray &json);
    static ReadResult readFile(const QString &path);

    // Checks the file's answers and material rows against the looked-up guides and builds
    // the request; unknown questions, options and materials are problems (all of them).
    static IntakeProblems resolve(const IntakeInput &input, const QList<ServiceGuide> &guides,
                                  IntakeRequest &request);

    // The verdict and the checklist it was computed on, as the documented JSON object.
    static QJsonObject verdictToJson(const Verdict &verdict, const IntakeRequest &request,
                                     const QList<ChecklistRow> &rows);
    static QJsonObject checklistRowToJson(const ChecklistRow &row);
    static QJsonObject deficiencyToJson(const Deficiency &deficiency);
};

} // namespace onetrip
