#pragma once

#include <QString>

namespace onetrip {

// The service hall as printed on every document (first run of a terminal asks for it).
struct HallInfo
{
    QString code; // [A-Z0-9]{2,12}, unique in the city; the first part of case numbers
    QString name;
    QString address;
    QString phone;

    bool operator==(const HallInfo &) const = default;
};

// This machine: its hall and its terminal code, unique within the hall (assigned at
// registration). Hall + terminal make case numbers unique without a network.
struct TerminalInfo
{
    QString hallCode;
    QString terminalCode; // [A-Z0-9]{1,4}, e.g. "T01"

    bool operator==(const TerminalInfo &) const = default;
};

// What HallSettings keeps in the store.
struct HallSetup
{
    HallInfo hall;
    TerminalInfo terminal;
};

} // namespace onetrip
