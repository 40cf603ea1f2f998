#include "Command.h"
#include "StoreAccess.h"

#include "common/Clock.h"
#include "sync/RetryPolicy.h"
#include "sync/ServerTrust.h"
#include "sync/SyncClient.h"
#include "sync/SyncCycle.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

#include <algorithm>

namespace onetrip::ctl {

namespace {

int usageError(Io io)
{
    io.err << QCoreApplication::translate(
                  "onetripctl",
                  "Usage: onetripctl sync --server URL --user LOGIN [--ca FILE] [--pin SHA256] "
                  "[--retry-for SECONDS] (the password is read from standard input)")
           << '\n';
    return Usage;
}

} // namespace

int runSync(const QStringList &args, const Options &opts, Io io)
{
    SyncClient::Options client;
    QString login;
    QString server;
    QString caFile;
    QString pin;
    bool trustGiven = false;
    int retryForSeconds = 0;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (i + 1 >= args.size())
            return usageError(io);
        const QString value = args.at(++i);
        if (a == QLatin1String("--server"))
            server = value;
        else if (a == QLatin1String("--user"))
            login = value;
        else if (a == QLatin1String("--pin")) {
            pin = value;
            trustGiven = true;
        } else if (a == QLatin1String("--retry-for")) {
            bool ok = false;
            retryForSeconds = value.toInt(&ok);
            if (!ok || retryForSeconds < 0)
                return usageError(io);
        } else if (a == QLatin1String("--ca")) {
            caFile = value;
            trustGiven = true;
        } else
            return usageError(io);
    }
    if (server.isEmpty() || login.isEmpty())
        return usageError(io);
    auto url = SyncClient::serverUrl(server);
    if (!url) {
        io.err << url.message() << '\n';
        return Usage;
    }
    client.server = url.value();
    // Given now: used, and kept in the store for later syncs (the window's too); not given:
    // the ones kept when the terminal joined.
    std::optional<ServerTrust> trust;
    if (trustGiven) {
        auto made = ServerTrust::make(caFile, pin);
        if (!made) {
            io.err << made.message() << '\n';
            return Usage;
        }
        made->applyTo(client);
        trust = made.value();
    }
    QTextStream in(stdin);
    const QString password = in.readLine();

    auto db = openStore(opts, io);
    if (!db)
        return Failed;
    SystemClock clock;
    SyncClient http(client);
    // A network error or a 5xx may pass by itself: with --retry-for, try again after a
    // growing, jittered wait until it works or the time is up. A refusal is final.
    const RetryPolicy retry({200, 5000, 2.0});
    const QDeadlineTimer deadline(qint64(retryForSeconds) * 1000);
    auto outcome = SyncCycle::withPassword(*db, clock, http, login, password, trust);
    for (int failures = 1;
         !outcome && SyncClient::isTransient(outcome.error()) && !deadline.hasExpired();
         ++failures) {
        const qint64 wait = std::min(retry.delayMs(failures), deadline.remainingTime());
        io.err << QCoreApplication::translate("onetripctl", "retrying in %1 ms: %2")
                      .arg(wait)
                      .arg(outcome.error().message)
               << '\n';
        io.err.flush();
        QThread::msleep(static_cast<unsigned long>(wait));
        outcome = SyncCycle::withPassword(*db, clock, http, login, password, trust);
    }
    if (!outcome) {
        io.err << outcome.error().message << '\n';
        return SyncClient::isTransient(outcome.error()) ? Failed : Invalid;
    }
    if (outcome->registeredNow)
        io.out << QCoreApplication::translate("onetripctl", "Registered as terminal %1 of hall %2.")
                      .arg(outcome->terminal.terminalCode, outcome->terminal.hallCode)
               << '\n';
    io.out << QCoreApplication::translate(
                  "onetripctl",
                  "Sent %1 changes (%2 refused), received %3. Waiting: %4. Conflicts: %5.")
                  .arg(outcome->report.pushed)
                  .arg(outcome->report.rejected)
                  .arg(outcome->report.pulled)
                  .arg(outcome->counts.waiting)
                  .arg(outcome->counts.conflicts)
           << '\n';
    if (outcome->report.catalogs + outcome->report.calendars > 0)
        io.out << QCoreApplication::translate("onetripctl", "Took %1 catalog and %2 calendar "
                                                            "file(s) published by the server.")
                      .arg(outcome->report.catalogs)
                      .arg(outcome->report.calendars)
               << '\n';
    return outcome->counts.conflicts > 0 ? Invalid : Ok;
}

} // namespace onetrip::ctl
