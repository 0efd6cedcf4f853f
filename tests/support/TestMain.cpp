#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QTemporaryDir>

int main(int argc, char **argv)
{
    // What this computer remembers of the files it opened (office::WorkstationMemory)
    // goes to a folder of this run, for the tests and the programs they start.
    QTemporaryDir memory;
    qputenv("VANPHONG_WORKSTATION_MEMORY", memory.filePath(QStringLiteral("seen-files.ini")).toLocal8Bit());
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
