// Drafts from templates (issue 12): `outgoing draft`, the finished file
// attached back to its line, and the office's templates.
#include "CliApplication.h"
#include "CliArgs.h"

#include "documents/AttachmentStore.h"
#include "documents/DocumentTypes.h"
#include "drafts/DraftFields.h"
#include "drafts/OutgoingDrafter.h"
#include "drafts/TemplateStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

namespace vanphong::cli {

using storage::StorageError;
using K = StorageError::Kind;

namespace {
// A file the user named, written whole or not at all, readable by its owner only.
storage::Status writeFileAt(const QString &path, const QByteArray &bytes)
{
    QSaveFile out(path);
    if (out.open(QIODevice::WriteOnly) && out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && out.write(bytes) == bytes.size() && out.commit())
        return storage::Ok{};
    return StorageError::make(K::Io, QCoreApplication::translate("Cli", "The file %1 cannot be written: check the folder exists and you may write "
                                                                         "there.").arg(QDir::toNativeSeparators(path)));
}
} // namespace

int CliApplication::outgoingFiles(Args &args, office::OfficeSession &s, const QString &action, qint64 lineId)
{
    documents::AttachmentStore files(s.database(), s.user(), s.actor());
    if (action == QLatin1String("attach")) {
        const QString path = args.positional.value(2);
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
            return usage(tr("Name a readable file to attach: outgoing attach SYMBOL FILE."));
        return printAttached(files.add(QStringLiteral("out"), lineId, path, file.readAll()));
    }
    if (action == QLatin1String("files"))
        return printFiles(files.list(QStringLiteral("out"), lineId));
    const QString to = args.value(QStringLiteral("to"));
    if (to.isEmpty() || !args.has(QStringLiteral("file")))
        return usage(tr("Say which file and where: outgoing extract SYMBOL --file ID --to PATH."));
    return writeExtract(files.extract(args.value(QStringLiteral("file")).toLongLong()), to);
}

int CliApplication::outgoingDraft(Args &args, office::OfficeSession &s, qint64 lineId)
{
    // The user names the file: a draft is never written anywhere else.
    const QString out = args.value(QStringLiteral("out"));
    const auto format = drafts::formatOfPath(out);
    if (out.isEmpty() || !format)
        return usage(tr("Name the draft's file, .odt or .docx: outgoing draft SYMBOL --out FILE.odt"));
    auto draft = drafts::OutgoingDrafter(s.database(), s.user(), s.actor()).draft(lineId, *format);
    if (!draft)
        return fail(draft.error());
    if (auto written = writeFileAt(out, draft->bytes); !written)
        return fail(written.error());
    if (m_json) {
        emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("file"), out}, {QStringLiteral("office_template"), draft->officeTemplate},
                  {QStringLiteral("notes"), QJsonArray::fromStringList(draft->notes)}});
    } else {
        for (const QString &note : draft->notes)
            m_err << tr("Warning: %1").arg(note) << Qt::endl;
        m_out << tr("Draft written to %1 (%2 template). When it is finished: outgoing attach SYMBOL FILE.")
                     .arg(QDir::toNativeSeparators(out), draft->officeTemplate ? tr("the office's") : tr("the default"))
              << Qt::endl;
    }
    return Ok;
}

int CliApplication::cmdTemplate(Args &args)
{
    const QString action = args.positional.value(0);
    if (action != QLatin1String("list") && action != QLatin1String("export") && action != QLatin1String("import")
        && action != QLatin1String("reset") && action != QLatin1String("fields"))
        return usage(tr("Say what to do: template list|fields|export TYPE FILE|import TYPE FILE|reset TYPE [--format odt|docx]."));
    if (action == QLatin1String("fields")) {
        QJsonArray list;
        for (const auto &f : drafts::DraftFields::all()) {
            list.append(QJsonObject{{QStringLiteral("field"), f.name}, {QStringLiteral("description"), f.description}});
            if (!m_json)
                m_out << QStringLiteral("{{%1}}").arg(f.name) << '\t' << f.description << Qt::endl;
        }
        if (m_json)
            emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("fields"), list}});
        return Ok;
    }
    auto session = signIn(args);
    if (!session)
        return fail(session.error());
    office::OfficeSession &s = **session;
    drafts::TemplateStore store(s.database(), s.actor());
    if (action == QLatin1String("list")) {
        auto stored = store.list();
        if (!stored)
            return fail(stored.error());
        QJsonArray list;
        for (const auto &t : stored.value()) {
            list.append(QJsonObject{{QStringLiteral("type"), t.typeCode}, {QStringLiteral("format"), drafts::formatCode(t.format)},
                                    {QStringLiteral("file_name"), t.fileName}, {QStringLiteral("size"), t.size},
                                    {QStringLiteral("imported_by"), t.importedBy},
                                    {QStringLiteral("imported_at"), t.importedAt.toString(Qt::ISODate)}});
            if (!m_json)
                m_out << t.typeCode << '\t' << drafts::formatCode(t.format) << '\t' << t.fileName << '\t' << t.importedBy << '\t'
                      << t.importedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) << Qt::endl;
        }
        if (m_json)
            emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("templates"), list}});
        else if (stored->isEmpty())
            m_out << tr("Every type drafts from the default template.") << Qt::endl;
        return Ok;
    }
    const QString type = args.positional.value(1);
    if (type.isEmpty())
        return usage(tr("Name the document type: template %1 CV ...").arg(action));
    if (action == QLatin1String("reset")) {
        const auto format = drafts::formatFromCode(args.value(QStringLiteral("format")));
        if (args.has(QStringLiteral("format")) && !format)
            return usage(tr("--format is odt or docx."));
        // Without --format both of the type's templates go.
        for (const auto f : {drafts::DraftFormat::Odt, drafts::DraftFormat::Docx})
            if (!format || *format == f)
                if (auto done = store.reset(type, f); !done)
                    return fail(done.error());
        return finish(storage::Ok{});
    }
    const QString path = args.positional.value(2);
    const auto format = drafts::formatOfPath(path);
    if (action == QLatin1String("export")) {
        if (path.isEmpty() || !format)
            return usage(tr("Name the file to write, .odt or .docx: template export TYPE FILE.odt"));
        auto exported = store.exportTemplate(type, *format);
        if (!exported)
            return fail(exported.error());
        return finish(writeFileAt(path, exported->bytes));
    }
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return usage(tr("Name a readable .odt or .docx file: template import TYPE FILE."));
    auto imported = store.import(type, path, file.readAll());
    if (!imported)
        return fail(imported.error());
    if (m_json) {
        emitJson({{QStringLiteral("ok"), true}, {QStringLiteral("format"), drafts::formatCode(imported->format)},
                  {QStringLiteral("warnings"), QJsonArray::fromStringList(imported->warnings)}});
    } else {
        for (const QString &w : imported->warnings)
            m_err << tr("Warning: %1").arg(w) << Qt::endl;
        m_out << tr("The office's %1 template of %2 is imported.").arg(drafts::formatCode(imported->format).toUpper(), type) << Qt::endl;
    }
    return Ok;
}

} // namespace vanphong::cli
