#include "sync/RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace onetrip {

RetryPolicy::RetryPolicy(Options options, std::function<double()> random)
    : m_options(options)
    , m_random(random ? std::move(random)
                      : [] { return QRandomGenerator::global()->generateDouble(); })
{
}

qint64 RetryPolicy::capMs(int failures) const
{
    if (failures < 1)
        return 0;
    const double cap = double(m_options.firstMs) * std::pow(m_options.factor, failures - 1);
    return qint64(std::min(cap, double(m_options.maxMs)));
}

qint64 RetryPolicy::delayMs(int failures) const
{
    return qint64(double(capMs(failures)) * std::clamp(m_random(), 0.0, 0.999999));
}

} // namespace onetrip
