#pragma once

#include <QString>

#include <optional>

namespace vanphong::drafts {

// The two file formats a template and a draft come in: what LibreOffice
// writes by default (ODT, OpenDocument Text) and what Word does (DOCX).
enum class DraftFormat { Odt, Docx };

// "odt", "docx": the file suffix, the CLI's words and the database's.
inline QString formatCode(DraftFormat format) { return format == DraftFormat::Odt ? QStringLiteral("odt") : QStringLiteral("docx"); }

inline std::optional<DraftFormat> formatFromCode(const QString &code)
{
    if (code.compare(QLatin1String("odt"), Qt::CaseInsensitive) == 0)
        return DraftFormat::Odt;
    if (code.compare(QLatin1String("docx"), Qt::CaseInsensitive) == 0)
        return DraftFormat::Docx;
    return std::nullopt;
}

// From the name the user chose: "cong-van.odt" is an ODT.
inline std::optional<DraftFormat> formatOfPath(const QString &path)
{
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? std::nullopt : formatFromCode(path.mid(dot + 1));
}

} // namespace vanphong::drafts
