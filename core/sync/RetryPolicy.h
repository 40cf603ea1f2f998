#pragma once

#include <QtGlobal>

#include <functional>

namespace onetrip {

// When to try a sync again after a network error or a 5xx: exponential backoff with full
// jitter (a random wait between zero and the growing cap), so a hall's terminals coming
// back after an outage do not all knock at once. A 4xx is not retried: it is a refusal.
class RetryPolicy
{
public:
    struct Options
    {
        qint64 firstMs = 1000; // cap of the first wait
        qint64 maxMs = 60000;  // the cap never grows beyond this
        double factor = 2.0;
    };
    // `random` returns a number in [0, 1); injected so tests can pin it.
    explicit RetryPolicy(Options options, std::function<double()> random = {});

    // The wait before the next attempt, after `failures` failures in a row (1, 2, 3 …).
    qint64 delayMs(int failures) const;
    // The cap for that many failures (the most delayMs can return).
    qint64 capMs(int failures) const;

private:
    Options m_options;
    std::function<double()> m_random;
};

} // namespace onetrip
