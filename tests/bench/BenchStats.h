#pragma once

#include <QFile>
#include <QList>
#include <QString>

#include <algorithm>

namespace onetrip::bench {

struct Stats
{
    double p50 = 0, p95 = 0, p99 = 0, max = 0, mean = 0;
    qsizetype n = 0;
};

inline Stats stats(QList<double> samples)
{
    Stats s;
    s.n = samples.size();
    if (samples.isEmpty())
        return s;
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double p) {
        return samples.at(std::min<qsizetype>(samples.size() - 1, qsizetype(p * samples.size())));
    };
    s.p50 = at(0.50);
    s.p95 = at(0.95);
    s.p99 = at(0.99);
    s.max = samples.last();
    double sum = 0;
    for (double v : samples)
        sum += v;
    s.mean = sum / samples.size();
    return s;
}

// Resident and peak memory (VmRSS, VmHWM) of this process, or of the process `pid`, in MiB,
// from /proc.
inline QPair<double, double> memoryMiB(qint64 pid = 0)
{
    QFile f(pid > 0 ? QStringLiteral("/proc/%1/status").arg(pid)
                    : QStringLiteral("/proc/self/status"));
    double rss = 0, hwm = 0;
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n')) {
            const auto value = [&] {
                return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
            };
            if (line.startsWith("VmRSS:"))
                rss = value();
            else if (line.startsWith("VmHWM:"))
                hwm = value();
        }
    }
    return {rss, hwm};
}

} // namespace onetrip::bench
