#include "cases/HallSettings.h"

#include "storage/Database.h"
#include "storage/SettingTable.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace onetrip {

namespace {

const char *const kKeys[] = {"hall.code", "hall.name", "hall.address", "hall.phone",
                             "terminal.code"};

Status put(const Database &db, const char *key, const QString &value)
{
    if (Status s = SettingTable::setValue(db, QString::fromLatin1(key), value); !s)
        return Status::failure(
            QCoreApplication::translate("Cases", "The hall settings could not be saved."),
            s.error().detail);
    return {};
}

} // namespace

HallSettings::HallSettings(const Database &db)
    : m_db(db)
{
}

bool HallSettings::isValidHallCode(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z0-9]{2,12}$"));
    return re.match(code).hasMatch();
}

bool HallSettings::isValidTerminalCode(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z0-9]{1,4}$"));
    return re.match(code).hasMatch();
}

QStringList HallSettings::problems(const HallInfo &hall, const QString &terminalCode)
{
    QStringList out;
    if (!isValidHallCode(hall.code))
        out << QCoreApplication::translate("Cases",
                                           "The hall code \"%1\" is not valid: use 2 to 12 capital "
                                           "letters or digits, as assigned by the administrator.")
                   .arg(hall.code);
    if (hall.name.trimmed().isEmpty())
        out << QCoreApplication::translate("Cases", "Enter the hall's name as printed on "
                                                    "documents.");
    if (!isValidTerminalCode(terminalCode))
        out << QCoreApplication::translate("Cases",
                                           "The terminal code \"%1\" is not valid: use 1 to 4 "
                                           "capital letters or digits (e.g. T01), unique in "
                                           "the hall.")
                   .arg(terminalCode);
    return out;
}

Result<std::optional<HallSetup>> HallSettings::load() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT key, value FROM setting WHERE key LIKE 'hall.%' OR key = "
                               "'terminal.code'")))
        return Error{QCoreApplication::translate("Cases", "The hall settings could not be read."),
                     q.lastError().text()};
    QHash<QString, QString> values;
    while (q.next())
        values.insert(q.value(0).toString(), q.value(1).toString());
    if (q.lastError().isValid()) // a read that stopped half-way is no answer either
        return Error{QCoreApplication::translate("Cases", "The hall settings could not be read."),
                     q.lastError().text()};
    const QString hallCode = values.value(QStringLiteral("hall.code"));
    const QString terminalCode = values.value(QStringLiteral("terminal.code"));
    if (hallCode.isEmpty() || terminalCode.isEmpty())
        return std::optional<HallSetup>();
    HallSetup setup;
    setup.hall = HallInfo{hallCode, values.value(QStringLiteral("hall.name")),
                          values.value(QStringLiteral("hall.address")),
                          values.value(QStringLiteral("hall.phone"))};
    setup.terminal = TerminalInfo{hallCode, terminalCode};
    return std::optional<HallSetup>(setup);
}

Status HallSettings::save(const HallInfo &hall, const QString &terminalCode) const
{
    if (const QStringList p = problems(hall, terminalCode); !p.isEmpty())
        return Status::failure(p.join(QLatin1Char('\n')));

    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto current = load();
    if (!current)
        return current.error();
    if (current.value() && (current.value()->hall.code != hall.code ||
                            current.value()->terminal.terminalCode != terminalCode)) {
        QSqlQuery q(m_db.connection());
        // Registered, the codes are the server's word on this terminal (its proof at every
        // sign-in and the code in the numbers of cases still to come).
        if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM case_record), (SELECT "
                                   "terminal_key <> '' FROM sync_state WHERE id = 1)")) ||
            !q.next())
            return Status::failure(
                QCoreApplication::translate("Cases", "The hall settings could not be read."),
                q.lastError().text());
        if (q.value(1).toBool())
            return Status::failure(
                QCoreApplication::translate(
                    "Cases", "This terminal is registered with the central server as terminal %2 "
                             "of hall %1; the codes cannot change. Name, address and phone can.")
                    .arg(current.value()->hall.code, current.value()->terminal.terminalCode));
        if (q.value(0).toBool())
            return Status::failure(
                QCoreApplication::translate(
                    "Cases", "This store already has cases numbered with hall %1 and terminal %2; "
                             "the codes cannot change. Name, address and phone can.")
                    .arg(current.value()->hall.code, current.value()->terminal.terminalCode));
    }
    const QString values[] = {hall.code, hall.name.trimmed(), hall.address.trimmed(),
                              hall.phone.trimmed(), terminalCode};
    for (int i = 0; i < 5; ++i) {
        if (Status s = put(m_db, kKeys[i], values[i]); !s)
            return s;
    }
    return tx.commit();
}

} // namespace onetrip
