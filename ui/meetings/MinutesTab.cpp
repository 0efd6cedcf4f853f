#include "MinutesTab.h"

#include "meetings/AttendanceBook.h"
#include "meetings/MeetingStore.h"
#include "office/OfficeSession.h"
#include "widgets/FlowLayout.h"
#include "widgets/PermissionGate.h"
#include "CorrectionBar.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace vanphong::ui {

using namespace vanphong::meetings;

MinutesTab::MinutesTab(QWidget *parent)
    : QWidget(parent)
    , m_agenda(new QListWidget(this))
    , m_conclusion(new QPlainTextEdit(this))
    , m_entries(new QListWidget(this))
    , m_kind(new QComboBox(this))
    , m_speaker(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_for(new QSpinBox(this))
    , m_against(new QSpinBox(this))
    , m_abstain(new QSpinBox(this))
    , m_votes(new QWidget(this))
    , m_status(new QLabel(this))
    , m_autosave(new QTimer(this))
    , m_bar(new CorrectionBar(this))
    , m_next(new QPushButton(tr("&Next entry (Ctrl+Enter)"), this))
{
    const std::pair<const char *, MinutesEntry::Kind> kinds[] = {
        {QT_TR_NOOP("Speech"), MinutesEntry::Kind::Speech}, {QT_TR_NOOP("Presentation"), MinutesEntry::Kind::Presentation},
        {QT_TR_NOOP("Vote"), MinutesEntry::Kind::Vote}, {QT_TR_NOOP("Note"), MinutesEntry::Kind::Note}};
    for (const auto &[label, kind] : kinds)
        m_kind->addItem(tr(label), int(kind));
    m_speaker->setPlaceholderText(tr("Who speaks"));
    m_text->setPlaceholderText(tr("The gist of what was said, or what is voted on"));
    m_text->setTabChangesFocus(true);
    m_conclusion->setPlaceholderText(tr("The chair's conclusion on this item"));
    m_conclusion->setTabChangesFocus(true);
    m_conclusion->setMaximumHeight(90);
    for (QSpinBox *box : {m_for, m_against, m_abstain})
        box->setRange(0, 999);
    // The figures wrap under each other when the pane is narrow, and their
    // room is kept when hidden: choosing "Vote" never squeezes the other pane.
    auto *votes = new FlowLayout(m_votes);
    votes->setContentsMargins(0, 0, 0, 0);
    votes->addWidget(new QLabel(tr("for"), m_votes));
    votes->addWidget(m_for);
    votes->addWidget(new QLabel(tr("against"), m_votes));
    votes->addWidget(m_against);
    votes->addWidget(new QLabel(tr("abstaining"), m_votes));
    votes->addWidget(m_abstain);
    QSizePolicy keep = m_votes->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_votes->setSizePolicy(keep);
    m_votes->setVisible(false);
    m_status->setStyleSheet(QStringLiteral("color: #555;"));
    m_status->setWordWrap(true); // a long refusal wraps rather than widening the tab
    m_entries->setWordWrap(true);
    m_entries->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QPushButton *next = m_next;
    PermissionGate::require(next, office::Permission::PrepareMeetings);

    auto *left = new QWidget(this);
    left->setMinimumWidth(fontMetrics().averageCharWidth() * 26);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Agenda"), left));
    leftLayout->addWidget(m_agenda, 1);
    leftLayout->addWidget(new QLabel(tr("Conclusion"), left));
    leftLayout->addWidget(m_conclusion);
    auto *right = new QWidget(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Speaker:"), m_speaker);
    form->addRow(tr("&What was said:"), m_text);
    form->addRow(tr("Votes:"), m_votes);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_entries, 1);
    rightLayout->addLayout(form);
    auto *row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addWidget(next);
    rightLayout->addLayout(row);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(split);
    connect(m_bar, &CorrectionBar::editableChanged, this, &MinutesTab::setEditable);

    m_autosave->setSingleShot(true);
    m_autosave->setInterval(400);
    connect(m_autosave, &QTimer::timeout, this, &MinutesTab::flush);
    connect(m_agenda, &QListWidget::currentRowChanged, this, &MinutesTab::agendaChanged);
    connect(m_entries, &QListWidget::currentRowChanged, this, &MinutesTab::entrySelected);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_votes->setVisible(MinutesEntry::Kind(m_kind->currentData().toInt()) == MinutesEntry::Kind::Vote);
        edited();
    });
    connect(m_speaker, &QLineEdit::textEdited, this, &MinutesTab::edited);
    connect(m_text, &QPlainTextEdit::textChanged, this, &MinutesTab::edited);
    for (QSpinBox *box : {m_for, m_against, m_abstain})
        connect(box, &QSpinBox::valueChanged, this, &MinutesTab::edited);
    connect(m_conclusion, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_conclusionDirty = true;
        m_autosave->start();
    });
    connect(next, &QPushButton::clicked, this, &MinutesTab::startNewEntry);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &MinutesTab::startNewEntry);
    }
}

void MinutesTab::show(office::OfficeSession *session, qint64 meetingId)
{
    flush();
    m_session = session;
    m_meetingId = meetingId;
    m_loading = true;
    m_agenda->clear();
    m_entries->clear();
    m_loading = false;
    m_bar->show(session, meetingId);
    if (!session || !meetingId)
        return;
    auto agenda = MeetingStore(session->database(), session->actor()).agenda(meetingId);
    if (agenda)
        for (const AgendaItem &a : agenda.value()) {
            auto *item = new QListWidgetItem(QStringLiteral("%1. %2").arg(a.position).arg(a.title), m_agenda);
            item->setData(Qt::UserRole, a.id);
            item->setData(Qt::UserRole + 1, a.conclusion);
        }
    // The names of those invited, offered as the speaker is typed.
    QStringList names;
    if (auto people = AttendanceBook(session->database(), session->actor()).attendees(meetingId))
        for (const Attendee &a : people.value())
            names << a.fullName;
    auto *completer = new QCompleter(names, m_speaker);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_speaker->setCompleter(completer);
    m_agenda->setCurrentRow(0);
}

qint64 MinutesTab::currentItemId() const
{
    const QListWidgetItem *item = m_agenda->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void MinutesTab::agendaChanged()
{
    if (m_loading)
        return;
    flush();
    m_loading = true;
    const QListWidgetItem *item = m_agenda->currentItem();
    m_conclusion->setPlainText(item ? item->data(Qt::UserRole + 1).toString() : QString());
    m_loading = false;
    loadEntries();
    startNewEntry();
}

QString MinutesTab::entryLine(const MinutesEntry &e)
{
    return e.kind == MinutesEntry::Kind::Vote
        ? tr("Vote: %1 — for %2, against %3, abstaining %4").arg(e.text).arg(e.votesFor).arg(e.votesAgainst).arg(e.votesAbstain)
        : QStringLiteral("%1: %2").arg(e.speaker, e.text);
}

void MinutesTab::loadEntries()
{
    m_loading = true;
    m_entries->clear();
    if (m_session) {
        if (auto all = MinutesBook(m_session->database(), m_session->actor()).entries(m_meetingId)) {
            for (const MinutesEntry &e : all.value()) {
                if (e.agendaItemId != currentItemId())
                    continue;
                auto *item = new QListWidgetItem(entryLine(e), m_entries);
                item->setData(Qt::UserRole, e.id);
            }
        } else {
            // A secret meeting above the user's clearance: say so where its minutes would be.
            auto *item = new QListWidgetItem(all.error().message, m_entries);
            item->setFlags(Qt::NoItemFlags);
        }
    }
    m_loading = false;
}

void MinutesTab::entrySelected()
{
    if (m_loading || !m_session || !m_entries->currentItem())
        return;
    if (!flush()) {
        const QSignalBlocker quiet(m_entries);
        m_entries->setCurrentRow(-1); // stay on the entry that could not be written
        return;
    }
    const qint64 id = m_entries->currentItem()->data(Qt::UserRole).toLongLong();
    auto all = MinutesBook(m_session->database(), m_session->actor()).entries(m_meetingId);
    if (!all)
        return;
    for (const MinutesEntry &e : all.value()) {
        if (e.id != id)
            continue;
        m_loading = true;
        m_entry = e;
        m_kind->setCurrentIndex(m_kind->findData(int(e.kind)));
        m_speaker->setText(e.speaker);
        m_text->setPlainText(e.text);
        m_for->setValue(e.votesFor);
        m_against->setValue(e.votesAgainst);
        m_abstain->setValue(e.votesAbstain);
        m_votes->setVisible(e.kind == MinutesEntry::Kind::Vote);
        m_loading = false;
        m_entryDirty = false;
    }
}

void MinutesTab::startNewEntry()
{
    if (!flush()) {
        // The entry could not be written (a vote counting more than are present):
        // it stays on screen to be put right, nothing typed is dropped.
        (m_votes->isVisible() ? static_cast<QWidget *>(m_for) : m_text)->setFocus();
        return;
    }
    loadEntries();
    m_loading = true;
    m_entry = MinutesEntry();
    m_entry.meetingId = m_meetingId;
    m_entry.agendaItemId = currentItemId();
    m_kind->setCurrentIndex(0);
    m_speaker->clear();
    m_text->clear();
    for (QSpinBox *box : {m_for, m_against, m_abstain})
        box->setValue(0);
    m_votes->setVisible(false);
    m_loading = false;
    m_entryDirty = false;
    m_speaker->setFocus();
}

void MinutesTab::edited()
{
    if (m_loading)
        return;
    m_entryDirty = true;
    m_autosave->start();
}

bool MinutesTab::flush()
{
    m_autosave->stop();
    if (!m_session)
        return true;
    MinutesBook book(m_session->database(), m_session->actor());
    book.setCorrectionReason(m_bar->reason());
    if (m_conclusionDirty) {
        m_conclusionDirty = false;
        if (QListWidgetItem *item = m_agenda->currentItem()) {
            item->setData(Qt::UserRole + 1, m_conclusion->toPlainText());
            MeetingStore store(m_session->database(), m_session->actor());
            store.setCorrectionReason(m_bar->reason());
            if (auto s = store.setConclusion(currentItemId(), m_conclusion->toPlainText()); !s) {
                showProblem(s.error().message);
                m_conclusionDirty = true;
                return false;
            }
        }
    }
    if (!m_entryDirty)
        return true;
    m_entryDirty = false;
    m_entry.kind = MinutesEntry::Kind(m_kind->currentData().toInt());
    m_entry.speaker = m_speaker->text();
    m_entry.text = m_text->toPlainText();
    m_entry.votesFor = m_for->value();
    m_entry.votesAgainst = m_against->value();
    m_entry.votesAbstain = m_abstain->value();
    if (m_entry.id == 0) {
        if (m_entry.speaker.trimmed().isEmpty() && m_entry.text.trimmed().isEmpty())
            return true; // nothing typed yet
        auto added = book.add(m_entry);
        if (!added) {
            showProblem(added.error().message);
            m_entryDirty = true; // kept for the next try
            return false;
        }
        m_entry.id = added->id;
    } else if (auto saved = book.save(m_entry); !saved) {
        // Not written: what was typed stays in the form, said in red, until it is put right.
        showProblem(saved.error().message);
        m_entryDirty = true;
        return false;
    } else {
        // The list shows the entry as corrected (a vote's counts, a speaker's words).
        for (int i = 0; i < m_entries->count(); ++i)
            if (m_entries->item(i)->data(Qt::UserRole).toLongLong() == m_entry.id)
                m_entries->item(i)->setText(entryLine(m_entry));
    }
    m_status->setStyleSheet(QStringLiteral("color: #555;"));
    m_status->setText(tr("Saved %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
    return true;
}

void MinutesTab::showProblem(const QString &message)
{
    m_status->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_status->setText(message);
}

void MinutesTab::setEditable(bool editable)
{
    for (QPlainTextEdit *edit : {m_conclusion, m_text})
        edit->setReadOnly(!editable);
    m_speaker->setReadOnly(!editable);
    for (QWidget *w : std::initializer_list<QWidget *>{m_kind, m_for, m_against, m_abstain, m_next})
        w->setEnabled(editable);
}

} // namespace vanphong::ui
