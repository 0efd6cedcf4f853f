#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace vanphong::drafts {

// Puts values in place of the {{field}} markers of one XML part of an ODT or
// DOCX file (docs/TEMPLATES.md). Word and LibreOffice split what the user
// typed into several runs (a spell check, a change of format, an undo), so a
// marker is looked for in the text of a whole paragraph and may start in one
// run and end in another; its first run takes the value, the others lose
// their part of the marker. Everything else keeps its bytes: the part is
// edited as text, never parsed and written again, so what the word
// processor wrote and we do not understand survives.
//
// A value with line breaks becomes several paragraphs of the same style (the
// recipients, the body's skeleton). A paragraph that held only markers whose
// values are empty is left out (no blank line for a missing mark). A marker
// without a value stays as typed.
class XmlFieldFiller final
{
public:
    enum class Dialect { Odt, Docx };

    struct Outcome
    {
        QByteArray xml;
        QStringList unknown; // markers found that have no value, each once
    };

    static Outcome fill(const QByteArray &xml, Dialect dialect, const QHash<QString, QString> &values);
    // The markers in the part, each once, in order.
    static QStringList fieldsIn(const QByteArray &xml, Dialect dialect);
    // Text escaped for an XML text node; control characters dropped.
    static QByteArray escaped(const QString &text);
};

} // namespace vanphong::drafts
