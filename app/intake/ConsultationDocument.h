#pragma once

#include "auth/User.h"
#include "cases/HallInfo.h"
#include "catalog/ServiceGuide.h"
#include "documents/DocumentData.h"
#include "intake/Checklist.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace onetrip {
namespace gui {

// 咨询: the tailored material list for the answers given, with how to obtain each material,
// printed at the help desk without opening a case.
class ConsultationDocument
{
    Q_DECLARE_TR_FUNCTIONS(ConsultationDocument)

public:
    struct Input
    {
        const QList<ServiceGuide> &guides;
        const QList<ChecklistRow> &rows;
        QString entryCode; // the item or bundle
        QString entryName;
        HallInfo hall;
        QString terminalCode;
        User clerk;
        QDate today;
    };

    static DocumentData build(const Input &input);
    // "原件 1份" as printed (these are Chinese documents).
    static QString formAndCopies(const MaterialRequirement &material);
};

} // namespace gui
} // namespace onetrip
