#include "common/StoreOpener.h"

#include "storage/Migrations.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>

namespace onetrip {
namespace gui {

StoreOpener::Work StoreOpener::workAhead(const QString &path)
{
    if (!QFileInfo::exists(path))
        return Work::None; // created empty: nothing to upgrade
    if (!Database::closedCleanly(path))
        return Work::Check;
    auto raw = Database::openRaw(path, Database::Mode::ReadOnly);
    // A file that cannot be read gets its message from Database::open, at once.
    if (!raw)
        return Work::None;
    const int version = raw.value()->userVersion();
    return version > 0 && version < Migrations::latestVersion() ? Work::Upgrade : Work::None;
}

QString StoreOpener::describe(Work work)
{
    switch (work) {
    case Work::Upgrade:
        return tr("OneTrip was updated: the cases on this terminal are being brought to the new "
                  "version. On a large store this takes a few minutes, once. Nothing needs "
                  "doing; please do not close the program.");
    case Work::Check:
        return tr("OneTrip was not closed properly last time: the store is being checked before "
                  "use. On a large store this takes a few minutes. Nothing needs doing; please "
                  "do not close the program.");
    case Work::None:
        break;
    }
    return {};
}

std::unique_ptr<QProgressDialog> StoreOpener::busyDialog(Work work, QWidget *parent)
{
    auto busy = std::make_unique<QProgressDialog>(describe(work), QString(), 0, 0, parent);
    busy->setObjectName(QStringLiteral("storeOpenerProgressDialog"));
    busy->setWindowTitle(tr("Opening the store"));
    busy->setWindowModality(Qt::ApplicationModal);
    busy->setMinimumDuration(0);
    busy->setAutoClose(false);
    busy->setMinimumWidth(460);
    return busy;
}

Result<std::unique_ptr<Database>> StoreOpener::open(const QString &path, QWidget *parent,
                                                    Work *done)
{
    const Work work = workAhead(path);
    if (done)
        *done = work;
    if (work != Work::None) {
        const std::unique_ptr<QProgressDialog> busy = busyDialog(work, parent);
        busy->show();
        // The work is done by a connection of the thread's own, opened and closed there;
        // a failure (a damaged store, a newer schema) is the one the window would have had.
        Status outcome;
        QThread *thread = QThread::create([&path, &outcome] {
            auto db = Database::open(path);
            if (!db)
                outcome = db.error();
        });
        QEventLoop loop;
        QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
        thread->start();
        loop.exec();
        thread->wait();
        delete thread;
        busy->close();
        if (!outcome)
            return outcome.error();
    }
    return Database::open(path);
}

} // namespace gui
} // namespace onetrip
