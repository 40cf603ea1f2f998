#pragma once

#include "storage/Database.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace onetrip::test {

// A fresh store file in its own temporary folder, removed with the object.
class TempStore
{
public:
    TempStore();
    const Database &db() const { return *m_db; }
    QString path() const;
    QString dir() const { return m_dir.path(); }
    void reopen(); // closes and opens the same file again (migrations, persistence)

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

// What a run of the real onetripctl ($ONETRIP_CTL) gave; exit code -1 when it did not finish.
struct CtlRun
{
    int exitCode;
    QString out, err;
};
CtlRun runCtl(const QStringList &args, int timeoutMs = 300000);

// A self-signed certificate for 127.0.0.1 (the `openssl` command): cert.pem and key.pem in
// `dir`; false when openssl failed.
bool makeLoopbackCertificate(const QString &dir);

QString dataFile(const QString &relative);     // the project's data/
QString testDataFile(const QString &relative); // tests/data/
QByteArray readFile(const QString &path);

} // namespace onetrip::test
