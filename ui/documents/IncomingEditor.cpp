#include "IncomingEditor.h"

#include "MarkBoxes.h"
#include "documents/DocumentTypes.h"
#include "documents/IncomingRegister.h"
#include "office/OfficeSession.h"
#include "office/SecretFile.h"
#include "widgets/DateField.h"
#include "widgets/NameCompleter.h"
#include "widgets/TypeAhead.h"
#include "widgets/TimeField.h"

#include <QCheckBox>
#include <QDataStream>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

namespace vanphong::ui {

using namespace vanphong::documents;

IncomingEditor::IncomingEditor(office::OfficeSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_receivedOn(new DateField(QDate::currentDate(), this))
    , m_receivedAt(new TimeField(QTime::currentTime(), this))
    , m_sender(new QLineEdit(this))
    , m_symbol(new QLineEdit(this))
    , m_symbolNote(new QLabel(this))
    , m_date(new DateField(QDate(), this)) // the paper's own date: typed, never assumed
    , m_type(new QComboBox(this))
    , m_excerpt(new QLineEdit(this))
    , m_pages(new QSpinBox(this))
    , m_copies(new QSpinBox(this))
    , m_secret(new QComboBox(this))
    , m_urgency(new QComboBox(this))
    , m_urgencyTime(new QDateTimeEdit(QDateTime::currentDateTime().addSecs(2 * 3600), this))
    , m_hasDeadline(new QCheckBox(tr("Deadline:"), this))
    , m_deadline(new DateField(QDate::currentDate().addDays(7), this))
    , m_recall(new QCheckBox(tr("To be recalled by:"), this))
    , m_recallBy(new DateField(QDate::currentDate().addDays(30), this))
    , m_reason(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Register incoming documents"));
    m_receivedOn->setRequired(true);
    m_date->setRequired(true); // every paper the office registers carries its date
    m_sender->setPlaceholderText(tr("e.g. Văn phòng Tỉnh ủy"));
    m_symbol->setPlaceholderText(tr("e.g. 07-KL/VPTW or 15/2023/TT-BTC"));
    m_excerpt->setPlaceholderText(tr("Type and excerpt, e.g. Kết luận về công tác cán bộ"));
    m_symbolNote->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_symbolNote->setWordWrap(true);
    m_symbolNote->hide();
    m_message->setWordWrap(true);
    m_pages->setRange(0, 9999);
    m_copies->setRange(0, 999);
    m_deadline->setEnabled(false);
    m_recallBy->setEnabled(false);

    m_type->addItem(tr("(from the symbol)"), QString());
    if (auto types = DocumentTypes(session.database()).all())
        for (const DocumentType &t : types.value())
            m_type->addItem(t.abbreviation.isEmpty() ? t.name : QStringLiteral("%1 (%2)").arg(t.name, t.abbreviation), t.code);
    TypeAhead::install(m_type); // "Thông báo" typed with its space
    MarkBoxes::fillConfidentiality(m_secret);
    MarkBoxes::fillUrgency(m_urgency, true);
    // "Hỏa tốc hẹn giờ": the time the document must reach its recipient.
    m_urgencyTime->setDisplayFormat(QStringLiteral("HH:mm dd/MM/yyyy"));
    m_urgencyTime->setCalendarPopup(true);
    m_urgencyTime->setToolTip(tr("The time set by the sender (Hỏa tốc hẹn giờ)"));
    m_urgencyTime->setVisible(false);

    // Senders from the office's list (File → names and groups), offered as one types.
    m_senderNames = new NameCompleter(session.database(), directory::NameKind::Sender, m_sender);

    auto *form = new QFormLayout;
    m_form = form;
    auto *received = new QHBoxLayout;
    received->addWidget(m_receivedOn);
    received->addWidget(m_receivedAt);
    received->addStretch();
    auto *receivedLabel = new QLabel(tr("&Received:"), this);
    receivedLabel->setBuddy(m_receivedOn);
    form->addRow(receivedLabel, received);
    form->addRow(tr("&Sender:"), m_sender);
    auto *symbolBox = new QVBoxLayout;
    symbolBox->setSpacing(2);
    symbolBox->addWidget(m_symbol);
    symbolBox->addWidget(m_symbolNote); // the reading warning, right under what was typed
    auto *symbolLabel = new QLabel(tr("&Number, symbol:"), this);
    symbolLabel->setBuddy(m_symbol);
    form->addRow(symbolLabel, symbolBox);
    form->addRow(tr("&Dated:"), m_date);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Excerpt:"), m_excerpt);
    auto *counts = new QHBoxLayout;
    counts->addWidget(m_pages);
    counts->addWidget(new QLabel(tr("copies:"), this));
    counts->addWidget(m_copies);
    counts->addStretch();
    auto *pagesLabel = new QLabel(tr("Pa&ges:"), this);
    pagesLabel->setBuddy(m_pages);
    form->addRow(pagesLabel, counts);
    auto *marks = new QHBoxLayout;
    marks->addWidget(m_secret);
    marks->addWidget(new QLabel(tr("urgency:"), this));
    marks->addWidget(m_urgency);
    marks->addWidget(m_urgencyTime);
    marks->addStretch();
    auto *secretLabel = new QLabel(tr("Se&cret:"), this);
    secretLabel->setBuddy(m_secret);
    form->addRow(secretLabel, marks);
    form->addRow(m_hasDeadline, m_deadline);
    form->addRow(m_recall, m_recallBy);
    m_reason->setPlaceholderText(tr("Why the line is corrected; kept with it"));
    form->addRow(tr("Rea&son:"), m_reason);
    form->setRowVisible(m_reason, false); // shown when correcting

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save and &next"), QDialogButtonBox::AcceptRole);
    m_save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Close);
    connect(m_save, &QPushButton::clicked, this, [this] { m_correcting ? saveCorrection() : saveAndNext(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_symbol, &QLineEdit::textChanged, this, &IncomingEditor::symbolChanged);
    connect(m_hasDeadline, &QCheckBox::toggled, m_deadline, &QWidget::setEnabled);
    connect(m_urgency, &QComboBox::currentIndexChanged, this, [this] {
        const bool timed = Urgency(m_urgency->currentData().toInt()) == Urgency::ImmediateTimed;
        m_urgencyTime->setVisible(timed);
        if (timed)
            m_urgencyTime->setFocus();
    });
    connect(m_recall, &QCheckBox::toggled, m_recallBy, &QWidget::setEnabled);
    // On the ordinary file a Mật or higher line keeps no excerpt (office::SecretFile): the field says so.
    const bool ordinaryFile = !office::SecretFile::isSecretFile(m_session.database());
    connect(m_secret, &QComboBox::currentIndexChanged, this, [this, ordinaryFile] {
        const bool withheld = ordinaryFile && Confidentiality(m_secret->currentData().toInt()) != Confidentiality::Normal;
        m_excerpt->setEnabled(!withheld);
        if (withheld)
            m_excerpt->clear();
        m_excerpt->setPlaceholderText(withheld ? tr("Kept only in the secret file, on the office's standalone computer")
                                               : tr("Type and excerpt, e.g. Kết luận về công tác cán bộ"));
    });
    // Enter in any field presses the default button: save and start the next one.

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setTabOrder(m_receivedOn, m_receivedAt);
    setTabOrder(m_receivedAt, m_sender);
    setTabOrder(m_sender, m_symbol);
    setTabOrder(m_symbol, m_date);
    setTabOrder(m_date, m_type);
    setTabOrder(m_type, m_excerpt);
    resize(640, sizeHint().height());
    m_sender->setFocus();
    m_baseline = draft();
}

IncomingEditor::IncomingEditor(office::OfficeSession &session, const IncomingDocument &line, QWidget *parent)
    : IncomingEditor(session, parent)
{
    m_correcting = line.id;
    setWindowTitle(tr("Correct incoming number %1/%2").arg(line.number).arg(line.year));
    m_receivedOn->setDate(line.receivedAt.date());
    m_receivedAt->setTime(line.receivedAt.time());
    m_sender->setText(line.sender);
    m_symbol->setText(line.symbol.verbatim);
    m_date->setDate(line.documentDate);
    m_type->setCurrentIndex(std::max(0, m_type->findData(line.typeCode)));
    m_secret->setCurrentIndex(std::max(0, m_secret->findData(int(line.confidentiality))));
    m_excerpt->setText(line.excerpt);
    m_pages->setValue(line.pages);
    m_copies->setValue(line.copies);
    m_urgency->setCurrentIndex(std::max(0, m_urgency->findData(int(line.urgency))));
    if (line.urgencyTime.isValid())
        m_urgencyTime->setDateTime(line.urgencyTime);
    m_recall->setChecked(line.recallBy.isValid());
    if (line.recallBy.isValid())
        m_recallBy->setDate(line.recallBy);
    // The deadline belongs to the hand-over, not to what was copied from the paper.
    m_form->setRowVisible(m_hasDeadline, false);
    m_form->setRowVisible(m_reason, true);
    m_save->setText(tr("Save the &correction"));
    m_sender->setFocus();
    m_baseline = draft();
}

QString IncomingEditor::dateProblem()
{
    return DateField::firstProblem({m_receivedOn, m_date, m_deadline, m_recallBy});
}

void IncomingEditor::sayProblem(const QString &text)
{
    m_message->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_message->setText(text);
}

void IncomingEditor::forgetFixedDateProblem()
{
    // A date refused on saving, put right since: the refusal no longer stands.
    if (!m_message->text().isEmpty() && m_message->styleSheet().contains(QLatin1String("a40000")) && dateProblem().isEmpty())
        m_message->clear();
}

void IncomingEditor::saveCorrection()
{
    if (const QString why = dateProblem(); !why.isEmpty()) {
        sayProblem(why);
        return;
    }
    IncomingRegister reg(m_session.database(), m_session.user(), m_session.actor());
    auto corrected = reg.correct(m_correcting, document(), m_reason->text());
    if (!corrected) {
        m_message->setStyleSheet(QStringLiteral("color: #a40000;"));
        m_message->setText(corrected.error().message);
        return;
    }
    m_saved = 1;
    m_lastId = corrected->id;
    m_baseline = draft();
    accept();
}

IncomingDocument IncomingEditor::document() const
{
    IncomingDocument d;
    d.receivedAt = QDateTime(m_receivedOn->date(), m_receivedAt->time());
    d.sender = m_sender->text();
    d.symbol = DocumentSymbol::parse(m_symbol->text());
    d.documentDate = m_date->date();
    d.typeCode = m_type->currentData().toString();
    d.excerpt = m_excerpt->text();
    d.pages = m_pages->value();
    d.copies = m_copies->value();
    d.confidentiality = Confidentiality(m_secret->currentData().toInt());
    d.urgency = Urgency(m_urgency->currentData().toInt());
    if (d.urgency == Urgency::ImmediateTimed)
        d.urgencyTime = m_urgencyTime->dateTime();
    if (m_hasDeadline->isChecked())
        d.deadline = m_deadline->date();
    if (m_recall->isChecked())
        d.recallBy = m_recallBy->date();
    return d;
}

void IncomingEditor::symbolChanged()
{
    const DocumentSymbol s = DocumentSymbol::parse(m_symbol->text());
    m_symbolNote->setText(m_symbol->text().trimmed().isEmpty() ? QString() : s.warning());
    m_symbolNote->setVisible(!m_symbolNote->text().isEmpty());
    if (s.form == DocumentSymbol::Form::StateWithYear && s.year > 1900 && m_date->date().isValid() && m_date->date().year() != s.year)
        m_date->setDate(QDate(s.year, m_date->date().month(), std::min(m_date->date().day(), 28)));
}

void IncomingEditor::saveAndNext()
{
    if (const QString why = dateProblem(); !why.isEmpty()) {
        sayProblem(why);
        return;
    }
    IncomingRegister reg(m_session.database(), m_session.user(), m_session.actor());
    const IncomingDocument d = document();
    if (const auto other = reg.findDuplicate(d)) {
        // The safe answer is the default: Enter does not register a duplicate.
        const auto answer = QMessageBox::question(
            this, tr("Registered already?"),
            tr("Incoming document %1/%2 has the same sender, symbol and date. Register this one too?").arg(other->number).arg(other->year),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    auto added = reg.add(d);
    if (!added) {
        m_message->setStyleSheet(QStringLiteral("color: #a40000;"));
        m_message->setText(added.error().message);
        return;
    }
    ++m_saved;
    m_lastId = added->id;
    m_message->setStyleSheet(QStringLiteral("color: #1c6b1c;"));
    m_message->setText(tr("Registered as incoming number %1/%2.").arg(added->number).arg(added->year));
    Q_EMIT saved(added->id);
    m_senderNames->remember(added->sender); // offered for the next document of the batch
    startNext();
}

void IncomingEditor::startNext()
{
    // Received time and sender often repeat within a batch: keep them.
    m_symbol->clear();
    m_excerpt->clear();
    m_type->setCurrentIndex(0);
    m_pages->setValue(0);
    m_copies->setValue(0);
    m_secret->setCurrentIndex(0);
    m_urgency->setCurrentIndex(0);
    m_urgencyTime->setDateTime(QDateTime::currentDateTime().addSecs(2 * 3600));
    m_hasDeadline->setChecked(false);
    m_recall->setChecked(false);
    // The document's own date is the next paper's to give: not carried over.
    m_date->clear();
    // The day received stays: a batch is usually received on one day.
    m_sender->setFocus();
    m_sender->selectAll();
    m_baseline = draft();
}

QByteArray IncomingEditor::draft() const
{
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream << m_receivedOn->text() << m_receivedAt->time() << m_sender->text() << m_symbol->text() << m_date->text()
           << m_type->currentData().toString() << m_excerpt->text() << m_pages->value() << m_copies->value()
           << m_secret->currentData().toInt() << m_urgency->currentData().toInt() << m_urgencyTime->dateTime()
           << m_hasDeadline->isChecked() << m_deadline->text() << m_recall->isChecked() << m_recallBy->text() << m_reason->text();
    return out;
}

void IncomingEditor::restoreDraft(const QByteArray &draft)
{
    QDataStream stream(draft);
    QString receivedOn, sender, symbol, date, type, excerpt, deadline, recallBy, reason;
    QTime receivedAt;
    int pages = 0, copies = 0, secret = 0, urgency = 0;
    QDateTime urgencyTime;
    bool hasDeadline = false, recall = false;
    stream >> receivedOn >> receivedAt >> sender >> symbol >> date >> type >> excerpt >> pages >> copies >> secret >> urgency >> urgencyTime
        >> hasDeadline >> deadline >> recall >> recallBy >> reason;
    if (stream.status() != QDataStream::Ok)
        return;
    m_receivedOn->setText(receivedOn);
    m_receivedAt->setTime(receivedAt);
    m_sender->setText(sender);
    m_symbol->setText(symbol);
    m_date->setText(date);
    m_type->setCurrentIndex(std::max(0, m_type->findData(type)));
    m_secret->setCurrentIndex(std::max(0, m_secret->findData(secret)));
    m_excerpt->setText(excerpt);
    m_pages->setValue(pages);
    m_copies->setValue(copies);
    m_urgency->setCurrentIndex(std::max(0, m_urgency->findData(urgency)));
    m_urgencyTime->setDateTime(urgencyTime);
    m_hasDeadline->setChecked(hasDeadline);
    m_deadline->setText(deadline);
    m_recall->setChecked(recall);
    m_recallBy->setText(recallBy);
    m_reason->setText(reason);
}

bool IncomingEditor::hasDraft() const
{
    return draft() != m_baseline;
}

QString IncomingEditor::draftKind() const
{
    return m_correcting ? QStringLiteral("incoming:%1").arg(m_correcting) : QStringLiteral("incoming");
}

void IncomingEditor::reject()
{
    if (hasDraft()
        && QMessageBox::question(this, windowTitle(), tr("Close the form and lose what you typed?"), QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) != QMessageBox::Yes)
        return;
    QDialog::reject();
}

} // namespace vanphong::ui
