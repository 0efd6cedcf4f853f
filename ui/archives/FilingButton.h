#pragma once

#include <QPushButton>

namespace vanphong::ui {

class AppController;

// The line's archive action on the registers' and the meetings' pages: "File
// into dossier…" while the line is in no dossier, "Take out of the dossier…"
// once it is (the clerk who filed into the wrong dossier takes it out and
// files it again; a closed dossier keeps what it holds). An outgoing line
// that is a meeting's minutes or invitation offers to file the whole
// meeting's dossier instead, since that holds them.
class FilingButton final : public QPushButton
{
    Q_OBJECT
public:
    FilingButton(AppController &controller, QWidget *parent);

    // The line the button acts on: `kind` "in", "out" or "meeting"; `what`
    // names it in the dialogs; `year` the dossier list offered first;
    // `fileable` false for a line with nothing to keep (cancelled, a number
    // not issued, a meeting not held). `id` 0: no line.
    void setLine(const QString &kind, qint64 id, const QString &what, int year, bool fileable);
    bool takesOut() const { return m_filedIn != 0; }

Q_SIGNALS:
    // The line was filed or taken out.
    void changed();

private:
    void act();
    void fileLine();
    void takeOut();

    AppController &m_controller;
    QString m_kind;
    qint64 m_id = 0;
    QString m_what;
    int m_year = 0;
    qint64 m_filedIn = 0; // the dossier holding the line; 0 for none
};

} // namespace vanphong::ui
