#pragma once

#include <QElapsedTimer>

#include <algorithm>
#include <functional>

// The best of a few runs, in milliseconds: the figure the user meets once caches are warm.
inline double timeMs(const std::function<void()> &work, int repeat = 5)
{
    double best = 1e18;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        best = std::min(best, double(t.nsecsElapsed()) / 1e6);
    }
    return best;
}
