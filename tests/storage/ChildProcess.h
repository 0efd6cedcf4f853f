#pragma once

#include <catch2/catch.hpp>

#include <QProcess>
#include <QStringList>

#include <csignal>

// Runs the test helper (tests/storage/TestHelper.cpp) and kills it hard.
class ChildProcess
{
public:
    ChildProcess(const QString &mode, const QString &path, const QStringList &more = {})
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(VANPHONG_TEST_HELPER), QStringList{mode, path} + more);
        REQUIRE(m_process.waitForStarted());
    }
    ~ChildProcess() { killHard(); }

    // Waits for a line on stdout; empty if the child ended first.
    QString waitForLine(int ms = 10000)
    {
        while (!m_process.canReadLine()) {
            if (m_process.state() == QProcess::NotRunning || !m_process.waitForReadyRead(ms)) {
                if (!m_process.canReadLine())
                    return {};
            }
        }
        return QString::fromUtf8(m_process.readLine()).trimmed();
    }

    // SIGKILL: no destructor, no close, no checkpoint runs in the child.
    void killHard()
    {
        if (m_process.state() != QProcess::NotRunning) {
            ::kill(pid_t(m_process.processId()), SIGKILL);
            m_process.waitForFinished();
        }
    }

    // Everything the child printed, after it has ended.
    QStringList remainingLines()
    {
        QString all = QString::fromUtf8(m_process.readAllStandardOutput());
        // A line cut off by the kill is not a report of anything.
        if (!all.endsWith(QLatin1Char('\n')))
            all.truncate(all.lastIndexOf(QLatin1Char('\n')) + 1);
        return all.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    QString errors() { return QString::fromUtf8(m_process.readAllStandardError()); }

private:
    QProcess m_process;
};
