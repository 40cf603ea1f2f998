#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace onetrip {

enum class ApplicantKind
{
    Person,      // identified by the resident ID number
    Organisation // identified by the unified social credit code
};

// Stable keys ("person", "organisation") and translated names (context "Cases").
QString toKey(ApplicantKind kind);
std::optional<ApplicantKind> applicantKindFromKey(const QString &key);
QString displayName(ApplicantKind kind);

// The applicant (申请人): a person or an organisation. Kept in the store by ID number or
// credit code so a returning applicant is entered once (ApplicantRepository).
struct Applicant
{
    ApplicantKind kind = ApplicantKind::Person;
    QString name;
    QString idNumber; // resident ID (person) or credit code (organisation), normalized
    QString phone;
    QString address;
    QString legalRepresentative; // organisation: 法定代表人
    QString contact;             // organisation: the contact person

    // Translated problems (name missing, ID number or credit code invalid); empty when valid.
    // `today` bounds a resident ID's birth date.
    QStringList problems(QDate today) const;
    // The ID number as printed: a resident ID masked (370102********1234), a credit code as
    // is (an organisation's code is public).
    QString maskedId() const;

    bool operator==(const Applicant &) const = default;
};

// A person acting for the applicant (代理人) with an authorisation (授权委托书); makes the
// guide's authorisation material apply.
struct Agent
{
    QString name;
    QString idNumber;      // resident ID, normalized
    QString authorisation; // what the authorisation is (e.g. "授权委托书 2026-11-20")
    QString phone;
    bool mayCollect = false; // the authorisation covers collecting the result (领取)

    QStringList problems(QDate today) const; // translated; empty when valid
    QString maskedId() const;
    bool operator==(const Agent &) const = default;
};

// How the application came in.
enum class Channel
{
    Window, // 窗口
    Online, // 网上申报, checked at the window
    Kiosk,  // 自助终端
    Mail,   // 邮寄
    Proxy,  // 代办: brought by a proxy agent of the hall
};

QString toKey(Channel channel);
std::optional<Channel> channelFromKey(const QString &key);
QString displayName(Channel channel);

} // namespace onetrip
