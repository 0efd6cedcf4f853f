// vanphong-cli transfer export|receive: the Mật and higher register lines
// carried from the ordinary file to the secret file on removable media.
#include "CliApplication.h"
#include "CliArgs.h"

#include "documents/SecretTransfer.h"

#include <QDir>
#include <QJsonArray>

namespace vanphong::cli {

using documents::SecretTransfer;

int CliApplication::cmdTransfer(Args &args)
{
    const QString action = args.positional.value(0);
    const QString path = action == QLatin1String("export") ? args.value(QStringLiteral("to")) : args.positional.value(1);
    if ((action != QLatin1String("export") && action != QLatin1String("receive")) || path.isEmpty())
        return usage(tr("Say what to do: transfer export --to FILE.vpchuyen, or transfer receive FILE.vpchuyen."));
    auto session = signIn(args);
    if (!session)
        return fail(session.error());
    SecretTransfer transfer(**session);
    const auto password = travelPassword(args, Travel::Transfer, action == QLatin1String("export"));
    if (!password)
        return Usage;
    if (action == QLatin1String("export")) {
        auto exported = transfer.exportLines(path, *password);
        if (!exported)
            return fail(exported.error());
        if (m_json)
            emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("transfer"), exported->id},
                      {QStringLiteral("incoming"), exported->incoming}, {QStringLiteral("outgoing"), exported->outgoing}});
        else
            m_out << tr("%1 incoming and %2 outgoing lines written to %3. Carry it to the standalone computer and bring it into the "
                        "secret file with: transfer receive FILE.")
                         .arg(exported->incoming).arg(exported->outgoing).arg(QDir::toNativeSeparators(path))
                  << Qt::endl;
        return Ok;
    }
    const bool dryRun = args.has(QStringLiteral("dry-run"));
    auto received = transfer.receive(path, *password, dryRun);
    if (!received)
        return fail(received.error());
    if (m_json) {
        emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("transfer"), received->id}, {QStringLiteral("exported_by"), received->exportedBy},
                  {QStringLiteral("incoming"), received->incoming}, {QStringLiteral("outgoing"), received->outgoing},
                  {QStringLiteral("already_here"), received->alreadyHere}, {QStringLiteral("dry_run"), dryRun},
                  {QStringLiteral("to_complete"), QJsonArray::fromStringList(received->toComplete)}});
        return Ok;
    }
    m_out << (dryRun ? tr("Would bring in %1 incoming and %2 outgoing lines (exported by %3); %4 are here already.")
                     : tr("Brought in %1 incoming and %2 outgoing lines (exported by %3); %4 were here already."))
                 .arg(received->incoming).arg(received->outgoing).arg(received->exportedBy).arg(received->alreadyHere)
          << Qt::endl;
    if (!received->toComplete.isEmpty())
        m_out << tr("Fill in the excerpt of: %1").arg(received->toComplete.join(QLatin1String(", "))) << Qt::endl;
    return Ok;
}

} // namespace vanphong::cli
