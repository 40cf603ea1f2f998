#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace onetrip {

// 代办 (你不用跑我来跑): a case carried for the applicant by a hall's agent (代办员), with a
// gap-free chain of custody of the materials (材料交接单).

// What the applicant delegates in the 代办委托书.
struct ProxyScope
{
    bool submission = true;   // 递交申请材料
    bool corrections = false; // 补正材料
    bool pickup = false;      // 领取办理结果
    bool any() const { return submission || corrections || pickup; }
    bool operator==(const ProxyScope &) const = default;
};

// Who holds the materials: the applicant, the case's agent (a login), or a department's
// window (by name).
struct Party
{
    enum class Kind
    {
        Applicant,
        Agent,
        Department,
    };
    Kind kind = Kind::Applicant;
    QString id;   // agent: login; department: its name; applicant: empty
    QString name; // as shown and printed

    static Party applicant(const QString &name) { return {Kind::Applicant, {}, name}; }
    static Party agent(const QString &login, const QString &name)
    {
        return {Kind::Agent, login, name};
    }
    static Party department(const QString &name) { return {Kind::Department, name, name}; }
    // The same holder (names aside: an applicant renamed is the same applicant).
    bool sameAs(const Party &other) const { return kind == other.kind && id == other.id; }
    bool operator==(const Party &) const = default;
};

QString toKey(Party::Kind kind); // "applicant", "agent", "department"
std::optional<Party::Kind> partyKindFromKey(const QString &key);
QString displayName(Party::Kind kind); // 申请人, 代办员, 部门窗口 (context "Proxy")

// A material changing hands, and how many copies.
struct HandedMaterial
{
    QString name;
    int copies = 1;
    bool operator==(const HandedMaterial &) const = default;
};

// One link of the chain: 材料交接单 (or the reassignment of the agent holding them).
struct Handover
{
    QDateTime at;
    QString by; // login of who recorded it
    Party from;
    Party to;
    QList<HandedMaterial> materials;
    QString note;
    bool reassignment = false; // the supervisor gave the case to another agent
    bool operator==(const Handover &) const = default;
};

// A step of the agent's relay through the departments (代办记录).
struct ProxyStep
{
    QDateTime at;
    QString by;
    QString department;
    QString text;
    bool operator==(const ProxyStep &) const = default;
};

// A supervisor gave the case to another agent (the chain records the materials moving when
// the old agent held them).
struct ProxyReassignment
{
    QDateTime at;
    QString by;
    Party from; // the agents
    Party to;
    QString reason;
    bool operator==(const ProxyReassignment &) const = default;
};

// The 代办 of a case: who carries it, what was delegated, the applicant's contact, the agent's
// commitment date, the chain and the relay log, and its end (代办办结).
struct ProxyCase
{
    QString agentLogin;
    QString agentName;
    ProxyScope scope;
    QString applicantPhone;
    QDate commitDate; // by when the agent commits to finish
    QDate takenOn;
    QString applicantName; // the first holder
    QList<Handover> handovers;
    QList<ProxyStep> steps;
    QList<ProxyReassignment> reassignments;
    QDate completedOn; // null while it runs
    QString summary;

    // Who holds the materials now: the last link's receiver, else the applicant.
    Party holder() const;
    Party agent() const { return Party::agent(agentLogin, agentName); }
    bool completed() const { return completedOn.isValid(); }
    bool operator==(const ProxyCase &) const = default;
};

} // namespace onetrip
