#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QTest>

namespace onetrip::test {

CtlRun runCtl(const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.start(qEnvironmentVariable("ONETRIP_CTL"), args);
    if (!p.waitForFinished(timeoutMs))
        return {-1, {}, QStringLiteral("onetripctl did not finish")};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

TempStore::TempStore()
{
    reopen();
}

QString TempStore::path() const
{
    return m_dir.filePath(QStringLiteral("store.sqlite"));
}

void TempStore::reopen()
{
    m_db.reset();
    auto db = Database::open(path());
    if (!db)
        qFatal("cannot open test store: %s", qPrintable(db.error().message + db.error().detail));
    m_db = std::move(db).value();
}

bool makeLoopbackCertificate(const QString &dir)
{
    QProcess openssl;
    openssl.setWorkingDirectory(dir);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), QStringLiteral("key.pem"), QStringLiteral("-out"),
                   QStringLiteral("cert.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    return openssl.waitForFinished(20000) && openssl.exitStatus() == QProcess::NormalExit &&
           openssl.exitCode() == 0;
}

QString dataFile(const QString &relative)
{
    return qEnvironmentVariable("ONETRIP_DATA_DIR") + u'/' + relative;
}

QString testDataFile(const QString &relative)
{
    return qEnvironmentVariable("ONETRIP_TEST_DATA_DIR") + u'/' + relative;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

} // namespace onetrip::test
