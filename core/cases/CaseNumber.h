#pragma once

#include "documents/DocumentData.h"

#include <QDate>
#include <QString>

#include <optional>

namespace onetrip {

// 办件编号: HALL-YYYYMMDD-TERMINAL-SEQUENCE, e.g. "JNLX-20261123-T01-00042". The sequence is
// per terminal and day, taken in the transaction that creates the case (table
// terminal_sequence); terminal codes are unique per hall, so two terminals working offline
// never produce the same number. At least five digits; more after 99,999 cases a day.
class CaseNumber
{
public:
    struct Parts
    {
        QString hallCode;
        QDate date;
        QString terminalCode;
        int sequence = 0;
    };

    // The number for these parts.
    static QString format(const QString &hallCode, QDate date, const QString &terminalCode,
                          int sequence);
    // The parts of a well-formed number; empty for anything else (also surrounding spaces
    // and lower case are accepted, as typed or scanned).
    static std::optional<Parts> parse(const QString &number);
    // A typed or scanned number in its canonical form (trimmed, upper case).
    static QString normalize(const QString &number);

    // The document number: the case number, the issuing terminal when it is not the case's
    // own, a kind code and the ordinal of that kind within the case ("…-00042-GZ1" for the
    // first correction notice, "…-00042-T02GZ2" for a second one issued at terminal T02).
    static QString documentNumber(const QString &caseNumber, DocumentKind kind, int ordinal,
                                  const QString &issuingTerminal = {});
    // The case number inside a document number; empty when it is none.
    static QString caseOfDocument(const QString &documentNumber);
    // The two-letter code of a kind in document numbers (SL, GZ, RQ, CN, BY, JS, ZX).
    static QString kindCode(DocumentKind kind);
};

} // namespace onetrip
