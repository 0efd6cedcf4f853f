// vanphong-bench: benchmarks that print their figures and ratios.
//   vanphong-bench storage [--rows N] [--reads N] [--blob-mib N] [--cache-kib N] [--repeat N] [--dir DIR]
//   vanphong-bench documents [--documents N] [--attachments N] [--dir DIR]
//   vanphong-bench meetings [--members N] [--entries N] [--papers N] [--file-kib N] [--dir DIR]
//   vanphong-bench secret [--lines N] [--dir DIR]
//   vanphong-bench archives [--documents N] [--dossiers N] [--loans N] [--dir DIR]
//   vanphong-bench assets [--items N] [--years N] [--labels N] [--dir DIR]
#include "ArchivesBench.h"
#include "AssetsBench.h"
#include "DocumentsBench.h"
#include "SecretBench.h"
#include "MeetingsBench.h"
#include "StorageBench.h"

#include <QGuiApplication>
#include <QStringList>

#include <algorithm>
#include <cstdio>

int main(int argc, char **argv)
{
    // The documents benchmark lays out a PDF: fonts need a GUI application, offscreen.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    if (!args.isEmpty() && args.first() == QLatin1String("documents")) {
        DocumentsBench::Options o;
        for (int i = 1; i + 1 < args.size(); i += 2) {
            if (args.at(i) == QLatin1String("--documents")) o.documents = args.at(i + 1).toInt();
            else if (args.at(i) == QLatin1String("--dir")) o.directory = args.at(i + 1);
            else if (args.at(i) == QLatin1String("--attachments")) o.attachments = args.at(i + 1).toInt();
        }
        return DocumentsBench::run(o);
    }
    if (!args.isEmpty() && args.first() == QLatin1String("meetings")) {
        MeetingsBench::Options o;
        for (int i = 1; i + 1 < args.size(); i += 2) {
            if (args.at(i) == QLatin1String("--members")) o.members = args.at(i + 1).toInt();
            else if (args.at(i) == QLatin1String("--entries")) o.entries = args.at(i + 1).toInt();
            else if (args.at(i) == QLatin1String("--papers")) o.papers = args.at(i + 1).toInt();
            else if (args.at(i) == QLatin1String("--file-kib")) o.fileKiB = args.at(i + 1).toInt();
            else if (args.at(i) == QLatin1String("--dir")) o.directory = args.at(i + 1);
        }
        return MeetingsBench::run(o);
    }
    if (!args.isEmpty() && args.first() == QLatin1String("archives")) {
        ArchivesBench::Options o;
        for (int i = 1; i + 1 < args.size(); i += 2) {
            if (args.at(i) == QLatin1String("--documents")) o.documents = args.at(i + 1).toInt();
            else if (args.at(i) == QLatin1String("--dossiers")) o.dossiers = args.at(i + 1).toInt();
            else if (args.at(i) == QLatin1String("--loans")) o.loans = args.at(i + 1).toInt();
            else if (args.at(i) == QLatin1String("--dir")) o.directory = args.at(i + 1);
        }
        return ArchivesBench::run(o);
    }
    if (!args.isEmpty() && args.first() == QLatin1String("assets")) {
        AssetsBench::Options o;
        for (int i = 1; i + 1 < args.size(); i += 2) {
            if (args.at(i) == QLatin1String("--items")) o.items = args.at(i + 1).toInt();
            else if (args.at(i) == QLatin1String("--years")) o.years = std::max(2, args.at(i + 1).toInt());
            else if (args.at(i) == QLatin1String("--labels")) o.labels = args.at(i + 1).toInt();
            else if (args.at(i) == QLatin1String("--dir")) o.directory = args.at(i + 1);
        }
        return AssetsBench::run(o);
    }
    if (!args.isEmpty() && args.first() == QLatin1String("secret")) {
        SecretBench::Options o;
        for (int i = 1; i + 1 < args.size(); i += 2) {
            if (args.at(i) == QLatin1String("--lines")) o.lines = args.at(i + 1).toInt();
            else if (args.at(i) == QLatin1String("--dir")) o.directory = args.at(i + 1);
        }
        return SecretBench::run(o);
    }
    if (args.isEmpty() || args.first() != QLatin1String("storage")) {
        std::fprintf(stderr, "usage: vanphong-bench storage [--rows N] [--reads N] [--blob-mib N] [--cache-kib N] [--repeat N] [--dir DIR]\n"
                             "       vanphong-bench documents [--documents N] [--attachments N] [--dir DIR]\n"
                             "       vanphong-bench meetings [--members N] [--entries N] [--papers N] [--file-kib N] [--dir DIR]\n"
                             "       vanphong-bench secret [--lines N] [--dir DIR]\n"
                             "       vanphong-bench archives [--documents N] [--dossiers N] [--loans N] [--dir DIR]\n"
                             "       vanphong-bench assets [--items N] [--years N] [--labels N] [--dir DIR]\n");
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
