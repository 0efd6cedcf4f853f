#include "FilingButton.h"

#include "AppController.h"
#include "DossierPicker.h"
#include "archives/DossierFiling.h"
#include "office/OfficeSession.h"
#include "office/Permission.h"
#include "widgets/PermissionGate.h"

#include <QMessageBox>

namespace vanphong::ui {

using archives::Dossier;
using archives::DossierFiling;

FilingButton::FilingButton(AppController &controller, QWidget *parent)
    : QPushButton(parent)
    , m_controller(controller)
{
    PermissionGate::require(this, office::Permission::KeepArchives);
    connect(this, &QPushButton::clicked, this, &FilingButton::act);
    setLine({}, 0, {}, 0, false);
}

void FilingButton::setLine(const QString &kind, qint64 id, const QString &what, int year, bool fileable)
{
    m_kind = kind;
    m_id = id;
    m_what = what;
    m_year = year;
    m_filedIn = 0;
    std::optional<Dossier> holder;
    if (office::OfficeSession *s = m_controller.session(); s && id)
        if (auto where = DossierFiling(s->database(), s->user(), s->actor()).whereFiled(kind, id); where && where->has_value())
            holder = **where;
    if (holder) {
        m_filedIn = holder->id;
        setText(tr("Take out of the dossier…"));
        // A closed dossier keeps what it holds: the button says why it does nothing.
        setEnabled(holder->status == Dossier::Status::Open);
        setToolTip(holder->status == Dossier::Status::Open
                       ? tr("Take the document out of dossier %1/%2, to file it elsewhere").arg(holder->number).arg(holder->year)
                       : tr("Dossier %1/%2 is closed: nothing is taken out of it").arg(holder->number).arg(holder->year));
        return;
    }
    setText(tr("File into dossier…"));
    setEnabled(id != 0 && fileable);
    setToolTip(kind == QLatin1String("meeting") ? tr("Put the meeting's dossier into a dossier of the archive, once the meeting was held")
                                                : tr("Put the document into a dossier of the archive (lập hồ sơ)"));
}

void FilingButton::act()
{
    if (!m_id || !isEnabled() || !m_controller.session())
        return;
    if (m_filedIn)
        takeOut();
    else
        fileLine();
}

void FilingButton::fileLine()
{
    office::OfficeSession &session = *m_controller.session();
    QWidget *parent = window();
    QString kind = m_kind;
    qint64 id = m_id;
    QString what = m_what;
    if (kind == QLatin1String("out")) {
        DossierFiling filing(session.database(), session.user(), session.actor());
        if (auto meeting = filing.meetingOfPaper(id); meeting && meeting.value()) {
            auto named = filing.describe(QStringLiteral("meeting"), meeting.value());
            const QString title = named ? named->reference : QString();
            const auto answer = QMessageBox::question(
                parent, tr("File into dossier"),
                tr("%1 is a paper of a meeting (%2). The meeting's dossier holds its minutes, invitations, sign-in sheet and "
                   "decisions together.\n\nFile the whole meeting's dossier instead? Choose No to file this paper on its own.")
                    .arg(m_what, title),
                QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
            if (answer == QMessageBox::Cancel)
                return;
            if (answer == QMessageBox::Yes) {
                kind = QStringLiteral("meeting");
                id = meeting.value();
                what = title;
            }
        }
    }
    if (DossierPicker::fileInto(session, {{kind, id}}, what, m_year, parent) > 0)
        Q_EMIT changed();
}

void FilingButton::takeOut()
{
    office::OfficeSession &session = *m_controller.session();
    DossierFiling filing(session.database(), session.user(), session.actor());
    const QString place = filing.placeOf(m_kind, m_id);
    if (QMessageBox::question(window(), tr("Take out of the dossier"),
                              tr("Take %1 out of its dossier?\n\n%2\n\nIt goes back among the year's documents not yet filed; the "
                                 "audit log keeps that it was filed there.")
                                  .arg(m_what, place),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    if (auto s = filing.unfile(m_kind, m_id); !s) {
        QMessageBox::warning(window(), tr("Take out of the dossier"), s.error().message);
        return;
    }
    Q_EMIT changed();
}

} // namespace vanphong::ui
