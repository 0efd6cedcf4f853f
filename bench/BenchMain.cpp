// vanphong-bench: benchmarks that print their figures and ratios.
//   vanphong-bench storage [--rows N] [--reads N] [--blob-mib N] [--cache-kib N] [--repeat N] [--dir DIR]
#include "StorageBench.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() != QLatin1String("storage")) {
        std::fprintf(stderr, "usage: vanphong-bench storage [--rows N] [--reads N] [--blob-mib N] [--cache-kib N] [--repeat N] [--dir DIR]\n");
        return 1;
    }
    StorageBench::Options o;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        const QString &name = args.at(i);
        const QString &value = args.at(i + 1);
        if (name == QLatin1String("--rows")) o.rows = value.toInt();
        else if (name == QLatin1String("--reads")) o.reads = value.toInt();
        else if (name == QLatin1String("--blob-mib")) o.blobMiB = value.toInt();
        else if (name == QLatin1String("--dir")) o.directory = value;
        else if (name == QLatin1String("--cache-kib")) o.cacheKiB = value.toInt();
        else if (name == QLatin1String("--repeat")) o.repeat = std::max(1, value.toInt());
        else {
            std::fprintf(stderr, "unknown option %s\n", qPrintable(name));
            return 1;
        }
    }
    return StorageBench::run(o);
}
