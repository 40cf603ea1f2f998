// Cold start to the login window: runs `onetrip` with ONETRIP_STARTUP_PROBE=1 (it prints
// startup-ms and rss-kb once the login window is painted, then exits) and the bare-dialog
// baseline, N times each, measuring wall time from process start to exit as well.
// Usage: onetrip-bench-startup ONETRIP_BINARY BARE_DIALOG_BINARY [--runs N]
#include "BenchStats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

using namespace onetrip;

namespace {

struct Run
{
    QList<double> reportedMs, wallMs, rssMiB;
};

Run measure(const QString &program, const QStringList &args, int runs, const QString &home)
{
    Run r;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ONETRIP_STARTUP_PROBE"), QStringLiteral("1"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(program, args);
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            qFatal("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
        r.wallMs.append(t.nsecsElapsed() / 1e6);
        const QString output = QString::fromUtf8(p.readAllStandardOutput());
        const auto ms = QRegularExpression(QStringLiteral("startup-ms=(\\d+)")).match(output);
        const auto rss = QRegularExpression(QStringLiteral("rss-kb=(\\d+)")).match(output);
        if (ms.hasMatch())
            r.reportedMs.append(ms.captured(1).toDouble());
        if (rss.hasMatch())
            r.rssMiB.append(rss.captured(1).toDouble() / 1024);
    }
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        qFatal("usage: onetrip-bench-startup ONETRIP BARE_DIALOG [--runs N]");
    const int runs = args.contains(QStringLiteral("--runs"))
                         ? args.value(args.indexOf(QStringLiteral("--runs")) + 1).toInt()
                         : 10;
    QTemporaryDir home;
    const QString store = home.filePath(QStringLiteral("store.sqlite"));
    // First run creates and fills the demo store; it is not counted (a clerk's machine has
    // its store already).
    measure(args.at(1), {QStringLiteral("--store"), store, QStringLiteral("--demo")}, 1,
            home.path());
    const Run one = measure(args.at(1), {QStringLiteral("--store"), store}, runs, home.path());
    const Run bare = measure(args.at(2), {}, runs, home.path());

    QTextStream out(stdout);
    const auto line = [&](const char *name, const QList<double> &v) {
        const bench::Stats s = bench::stats(v);
        out << "| " << name << " | " << QString::number(s.p50, 'f', 1) << " | "
            << QString::number(s.p95, 'f', 1) << " | " << QString::number(s.max, 'f', 1) << " |\n";
    };
    out << "runs: " << runs << "\n\n| cold start | p50 | p95 | max |\n|---|---|---|---|\n";
    line("onetrip: main() to login window painted (ms)", one.reportedMs);
    line("onetrip: process start to exit (ms, wall)", one.wallMs);
    line("bare Qt dialog: process start to exit (ms, wall)", bare.wallMs);
    line("onetrip RSS at login window (MiB)", one.rssMiB);
    const double p95 = bench::stats(one.wallMs).p95;
    out << "\nratio wall p95 onetrip / bare dialog: "
        << QString::number(p95 / bench::stats(bare.wallMs).p95, 'f', 2) << '\n';
    out << "budget <= 500 ms: " << (p95 <= 500 ? "met" : "MISSED") << '\n';
    return 0;
}
