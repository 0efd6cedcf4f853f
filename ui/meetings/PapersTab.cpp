#include "PapersTab.h"
#include "PaperNumbersBar.h"

#include "documents/AttachmentViewer.h"
#include "documents/DocumentMarks.h"
#include "documents/MarkBoxes.h"
#include "meetings/AttendanceBook.h"
#include "meetings/MeetingDocuments.h"
#include "meetings/PaperFiles.h"
#include "office/OfficeSession.h"
#include "widgets/DateField.h"
#include "widgets/FlowLayout.h"
#include "widgets/ListTable.h"
#include "widgets/PermissionGate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QListWidget>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vanphong::ui {

using namespace vanphong::meetings;

PapersTab::PapersTab(QWidget *parent)
    : QWidget(parent)
    , m_papers(ListTable::make({tr("Paper"), tr("Secrecy"), tr("Recalled"), tr("Sent on")}, 0, this))
    , m_title(new QLineEdit(this))
    , m_secrecy(new QComboBox(this))
    , m_recallBox(new QCheckBox(tr("Re&called in the room"), this))
    , m_sent(new QCheckBox(tr("&Sent ahead on"), this))
    , m_sentOn(new DateField(QDate::currentDate(), this))
    , m_holder(new QComboBox(this))
    , m_files(new QListWidget(this))
    , m_recall(ListTable::make({tr("Paper"), tr("Holder"), tr("Given at")}, 0, this))
    , m_message(new QLabel(this))
    , m_numbers(new PaperNumbersBar(this))
{
    MarkBoxes::fillConfidentiality(m_secrecy);
    m_title->setPlaceholderText(tr("e.g. Dự thảo Nghị quyết về chuyển đổi số"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a40000;"));
    auto *add = new QPushButton(tr("Add the &paper"), this);
    auto *handOut = new QPushButton(tr("&Hand out"), this);
    auto *returned = new QPushButton(tr("&Returned"), this);
    PermissionGate::require(add, office::Permission::PrepareMeetings);
    PermissionGate::require(handOut, office::Permission::PrepareMeetings);
    PermissionGate::require(returned, office::Permission::PrepareMeetings);
    // The new paper's title on its own line; its marks after it, wrapping when narrow.
    auto *form = new QVBoxLayout;
    form->addWidget(m_title);
    auto *marks = new FlowLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_secrecy, m_recallBox, m_sent, m_sentOn, add})
        marks->addWidget(w);
    form->addLayout(marks);
    auto *handOutRow = new QHBoxLayout;
    handOutRow->addStretch();
    handOutRow->addWidget(new QLabel(tr("Copy of the selected paper to:"), this));
    handOutRow->addWidget(m_holder);
    handOutRow->addWidget(handOut);
    auto *attach = new QPushButton(tr("A&ttach a file…"), this);
    PermissionGate::require(attach, office::Permission::PrepareMeetings);
    auto *open = new QPushButton(tr("&Open the file"), this);
    m_files->setMaximumHeight(72);
    auto *fileButtons = new QVBoxLayout;
    fileButtons->addWidget(attach);
    fileButtons->addWidget(open);
    fileButtons->addStretch();
    auto *filesRow = new QHBoxLayout;
    filesRow->addWidget(m_files, 1);
    filesRow->addLayout(fileButtons);
    auto *papersBox = new QGroupBox(tr("Papers of the meeting"), this);
    auto *papersLayout = new QVBoxLayout(papersBox);
    papersLayout->addWidget(m_papers, 1);
    papersLayout->addLayout(filesRow);
    papersLayout->addLayout(form);
    papersLayout->addLayout(handOutRow);
    auto *recallBox = new QGroupBox(tr("Recall list: copies not yet returned"), this);
    auto *recallLayout = new QVBoxLayout(recallBox);
    auto *recallButtons = new QHBoxLayout;
    recallButtons->addStretch();
    recallButtons->addWidget(returned);
    recallLayout->addWidget(m_recall, 1);
    recallLayout->addLayout(recallButtons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The minutes' and the invitation's numbers, taken when they are issued.
    auto *numbersBox = new QGroupBox(tr("Numbers of the invitation and the minutes"), this);
    auto *numbersLayout = new QVBoxLayout(numbersBox);
    numbersLayout->addWidget(m_numbers);
    layout->addWidget(numbersBox);
    layout->addWidget(papersBox, 1);
    layout->addWidget(recallBox, 1);
    layout->addWidget(m_message);

    connect(m_numbers, &PaperNumbersBar::message, this, &PapersTab::say);
    connect(add, &QPushButton::clicked, this, &PapersTab::addPaper);
    connect(m_title, &QLineEdit::returnPressed, this, &PapersTab::addPaper);
    connect(handOut, &QPushButton::clicked, this, &PapersTab::handOut);
    connect(returned, &QPushButton::clicked, this, &PapersTab::markReturned);
    connect(attach, &QPushButton::clicked, this, &PapersTab::chooseFile);
    connect(open, &QPushButton::clicked, this, &PapersTab::openFile);
    connect(m_files, &QListWidget::itemActivated, this, &PapersTab::openFile);
    connect(m_papers, &QTableWidget::currentCellChanged, this, &PapersTab::showFiles);
}

qint64 PapersTab::currentPaper() const
{
    const QTableWidgetItem *item = m_papers->item(m_papers->currentRow(), 0);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void PapersTab::showFiles()
{
    m_files->clear();
    const qint64 paper = currentPaper();
    if (!m_session || !paper)
        return;
    auto files = PaperFiles(m_session->database(), m_session->user(), m_session->actor()).list(paper);
    if (!files)
        return;
    for (const auto &f : files.value()) {
        auto *item = new QListWidgetItem(tr("%1 (%2 KB)").arg(f.fileName).arg((f.size + 1023) / 1024), m_files);
        item->setData(Qt::UserRole, f.id);
        item->setData(Qt::UserRole + 1, f.mimeType);
        item->setData(Qt::UserRole + 2, f.fileName);
    }
}

void PapersTab::chooseFile()
{
    if (!currentPaper()) {
        say(tr("Choose the paper the file belongs to."));
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach a file to the paper"), QString(),
                                                      tr("Documents and scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"));
    if (!path.isEmpty())
        attachFile(path);
}

void PapersTab::attachFile(const QString &path)
{
    const qint64 paper = currentPaper();
    if (!m_session || !paper)
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        say(tr("The file %1 cannot be read.").arg(path));
        return;
    }
    auto added = PaperFiles(m_session->database(), m_session->user(), m_session->actor()).add(paper, path, file.readAll());
    say(added ? QString() : added.error().message);
    showFiles();
}

void PapersTab::openFile()
{
    const QListWidgetItem *item = m_files->currentItem();
    if (!m_session || !item)
        return;
    auto data = PaperFiles(m_session->database(), m_session->user(), m_session->actor()).read(item->data(Qt::UserRole).toLongLong());
    if (!data) {
        say(data.error().message);
        return;
    }
    AttachmentViewer viewer(item->data(Qt::UserRole + 2).toString(), item->data(Qt::UserRole + 1).toString(), data.value(), this);
    data.value().fill('\0');
    viewer.exec();
}

void PapersTab::show(office::OfficeSession *session, qint64 meetingId)
{
    m_session = session;
    m_meetingId = meetingId;
    m_papers->setRowCount(0);
    m_recall->setRowCount(0);
    m_files->clear();
    m_holder->clear();
    setEnabled(session && meetingId);
    m_numbers->show(session, meetingId);
    if (!session || !meetingId)
        return;
    m_holder->addItem(tr("everyone invited"), 0);
    if (auto people = AttendanceBook(session->database(), session->actor()).attendees(meetingId))
        for (const Attendee &a : people.value())
            m_holder->addItem(a.fullName, a.id);
    MeetingDocuments book(session->database(), session->actor());
    if (auto list = book.list(meetingId)) {
        m_papers->setRowCount(int(list->size()));
        for (int r = 0; r < list->size(); ++r) {
            const MeetingDocument &d = list->at(r);
            auto *title = new QTableWidgetItem(d.title);
            title->setData(Qt::UserRole, d.id);
            m_papers->setItem(r, 0, title);
            m_papers->setItem(r, 1, new QTableWidgetItem(documents::DocumentMarks::confidentialityName(d.confidentiality)));
            m_papers->setItem(r, 2, new QTableWidgetItem(d.recall ? tr("yes") : tr("no")));
            m_papers->setItem(r, 3, new QTableWidgetItem(d.sentOn.isValid() ? d.sentOn.toString(QStringLiteral("dd/MM/yyyy")) : QString()));
        }
    }
    if (auto out = book.outstanding(meetingId)) {
        m_recall->setRowCount(int(out->size()));
        for (int r = 0; r < out->size(); ++r) {
            const OutstandingCopy &c = out->at(r);
            auto *paper = new QTableWidgetItem(c.documentTitle);
            paper->setData(Qt::UserRole, c.documentId);
            paper->setData(Qt::UserRole + 1, c.attendeeId);
            m_recall->setItem(r, 0, paper);
            m_recall->setItem(r, 1, new QTableWidgetItem(c.holder));
            m_recall->setItem(r, 2, new QTableWidgetItem(c.givenAt.toString(QStringLiteral("HH:mm dd/MM/yyyy"))));
        }
    }
    m_papers->resizeColumnsToContents();
    m_papers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    showFiles();
}

void PapersTab::say(const QString &message)
{
    m_message->setText(message);
}

void PapersTab::addPaper()
{
    if (!m_session || !m_meetingId)
        return;
    MeetingDocument paper;
    paper.meetingId = m_meetingId;
    paper.title = m_title->text();
    paper.confidentiality = documents::Confidentiality(m_secrecy->currentData().toInt());
    paper.recall = m_recallBox->isChecked();
    if (m_sent->isChecked()) {
        m_sentOn->setRequired(true);
        if (const QString why = DateField::firstProblem({m_sentOn}); !why.isEmpty()) {
            say(why);
            return;
        }
        paper.sentOn = m_sentOn->date();
    }
    auto added = MeetingDocuments(m_session->database(), m_session->actor()).add(paper);
    if (!added) {
        say(added.error().message);
        return;
    }
    say(QString());
    m_title->clear();
    show(m_session, m_meetingId);
    m_papers->selectRow(m_papers->rowCount() - 1);
}

void PapersTab::handOut()
{
    const QTableWidgetItem *item = m_papers->item(m_papers->currentRow(), 0);
    if (!m_session || !item) {
        say(tr("Choose the paper to hand out."));
        return;
    }
    if (auto s = MeetingDocuments(m_session->database(), m_session->actor())
                     .give(item->data(Qt::UserRole).toLongLong(), m_holder->currentData().toLongLong());
        !s) {
        say(s.error().message);
        return;
    }
    say(QString());
    show(m_session, m_meetingId);
}

void PapersTab::markReturned()
{
    const QTableWidgetItem *item = m_recall->item(m_recall->currentRow(), 0);
    if (!m_session || !item)
        return;
    const int row = m_recall->currentRow();
    if (auto s = MeetingDocuments(m_session->database(), m_session->actor())
                     .returned(item->data(Qt::UserRole).toLongLong(), item->data(Qt::UserRole + 1).toLongLong());
        !s) {
        say(s.error().message);
        return;
    }
    show(m_session, m_meetingId);
    m_recall->selectRow(std::min(row, m_recall->rowCount() - 1));
}

} // namespace vanphong::ui
