#include "sync/KeychainTokenVault.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace onetrip {
namespace gui {

namespace {

// Runs a QtKeychain job to its end (or the timeout); the error message when it failed.
QString run(QKeychain::Job &job, int timeoutMs)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    if (!finished)
        return QCoreApplication::translate("Sync", "the keychain did not answer");
    if (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound)
        return {};
    return job.errorString();
}

} // namespace

KeychainTokenVault::KeychainTokenVault(QString service, int timeoutMs)
    : m_service(std::move(service))
    , m_timeoutMs(timeoutMs)
{
}

Result<QString> KeychainTokenVault::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    if (const QString error = run(job, m_timeoutMs); !error.isEmpty())
        return Error{error, QStringLiteral("keychain")};
    return job.error() == QKeychain::EntryNotFound ? QString() : job.textData();
}

Status KeychainTokenVault::write(const QString &key, const QString &secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(secret);
    if (const QString error = run(job, m_timeoutMs); !error.isEmpty())
        return Status::failure(error, QStringLiteral("keychain"));
    return {};
}

Status KeychainTokenVault::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    if (const QString error = run(job, m_timeoutMs); !error.isEmpty())
        return Status::failure(error, QStringLiteral("keychain"));
    return {};
}

} // namespace gui
} // namespace onetrip
