#include "OutgoingEditor.h"

#include "MarkBoxes.h"
#include "documents/DocumentTypes.h"
#include "documents/IncomingRegister.h"
#include "documents/OutgoingRegister.h"
#include "office/OfficeSession.h"
#include "office/TermStore.h"
#include "office/TermsBox.h"
#include "widgets/DateField.h"
#include "widgets/NameCompleter.h"
#include "widgets/TypeAhead.h"

#include <QCheckBox>
#include <QDataStream>
#include <QMessageBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>

#include <algorithm>

namespace vanphong::ui {

using namespace vanphong::documents;

OutgoingEditor::OutgoingEditor(office::OfficeSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_type(new QComboBox(this))
    , m_date(new DateField(QDate::currentDate(), this))
    , m_excerpt(new QLineEdit(this))
    , m_capacity(new QComboBox(this))
    , m_signer(new QLineEdit(this))
    , m_recipients(new QPlainTextEdit(this))
    , m_addRecipient(new QLineEdit(this))
    , m_recipientNames(new NameCompleter(session.database(), directory::NameKind::Recipient, m_addRecipient))
    , m_copies(new QSpinBox(this))
    , m_secret(new QComboBox(this))
    , m_urgency(new QComboBox(this))
    , m_congress(new QCheckBox(tr("A document of the &congress (its own series)"), this))
    , m_answers(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Number an outgoing document"));
    if (auto types = DocumentTypes(session.database()).all())
        for (const DocumentType &t : types.value())
            if (!t.abbreviation.isEmpty())
                m_type->addItem(QStringLiteral("%1 (%2)").arg(t.name, t.abbreviation), t.code);
    m_capacity->addItem(tr("(signs as head)"), QString());
    for (const QString &c : OutgoingDocument::capacities())
        m_capacity->addItem(c, c);
    TypeAhead::install(m_type); // "Thông báo" typed with its space
    MarkBoxes::fillConfidentiality(m_secret);
    MarkBoxes::fillUrgency(m_urgency);
    m_copies->setRange(0, 999);
    m_date->setRequired(true);
    m_recipients->setTabChangesFocus(true);
    m_recipients->setPlaceholderText(tr("One recipient per line; \"Lưu Văn phòng\" is added last"));
    m_recipients->setMaximumHeight(90);
    m_addRecipient->setPlaceholderText(tr("Add a recipient or a group from the list (Enter)…"));
    m_addRecipient->setToolTip(tr("A group (\"Các chi bộ trực thuộc\") adds each of its members"));
    m_addRecipient->installEventFilter(this);
    connect(m_recipientNames, qOverload<const QString &>(&QCompleter::activated), this, [this] {
        // After the completer has put the chosen text in the field.
        QMetaObject::invokeMethod(this, &OutgoingEditor::addTypedRecipient, Qt::QueuedConnection);
    });
    m_answers->setPlaceholderText(tr("Incoming number it answers, e.g. 12/2026"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a40000;"));

    auto *form = new QFormLayout;
    m_form = form;
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Dated:"), m_date);
    form->addRow(tr("&Excerpt:"), m_excerpt);
    auto *signing = new QHBoxLayout;
    signing->addWidget(m_capacity);
    signing->addWidget(m_signer, 1);
    auto *signerLabel = new QLabel(tr("&Signer:"), this);
    signerLabel->setBuddy(m_capacity);
    form->addRow(signerLabel, signing);
    auto *recipients = new QVBoxLayout;
    recipients->setSpacing(2);
    recipients->addWidget(m_recipients);
    recipients->addWidget(m_addRecipient);
    auto *recipientsLabel = new QLabel(tr("&Recipients:"), this);
    recipientsLabel->setBuddy(m_recipients);
    form->addRow(recipientsLabel, recipients);
    auto *marks = new QHBoxLayout;
    marks->addWidget(m_secret);
    marks->addWidget(new QLabel(tr("urgency:"), this));
    marks->addWidget(m_urgency);
    marks->addWidget(new QLabel(tr("copies:"), this));
    marks->addWidget(m_copies);
    marks->addStretch();
    auto *secretLabel = new QLabel(tr("Se&cret:"), this);
    secretLabel->setBuddy(m_secret);
    form->addRow(secretLabel, marks);
    form->addRow(QString(), m_congress);
    form->addRow(tr("&Answers:"), m_answers);
    m_reason->setPlaceholderText(tr("Why the line is corrected; kept with it"));
    form->addRow(tr("Rea&son:"), m_reason);
    form->setRowVisible(m_reason, false); // shown when correcting

    auto *buttons = new QDialogButtonBox(this);
    m_buttons = buttons;
    QPushButton *reserve = buttons->addButton(tr("&Reserve the number"), QDialogButtonBox::ActionRole);
    QPushButton *issue = buttons->addButton(tr("&Issue"), QDialogButtonBox::AcceptRole);
    reserve->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(reserve, &QPushButton::clicked, this, [this] { save(false); });
    connect(issue, &QPushButton::clicked, this, [this] { save(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
    m_type->setFocus();
    m_baseline = draft();
}

OutgoingEditor::OutgoingEditor(office::OfficeSession &session, const OutgoingDocument &line, QWidget *parent)
    : OutgoingEditor(session, parent)
{
    m_correcting = line.id;
    m_lastId = line.id;
    setWindowTitle(tr("Correct %1").arg(line.symbol));
    // The type and the series make the number: they stay.
    m_type->setCurrentIndex(std::max(0, m_type->findData(line.typeCode)));
    m_type->setEnabled(false);
    m_congress->setChecked(line.congress);
    m_congress->setEnabled(false);
    m_form->setRowVisible(m_answers, false);
    m_date->setDate(line.documentDate);
    m_excerpt->setText(line.excerpt);
    m_capacity->setCurrentIndex(std::max(0, m_capacity->findData(line.capacity)));
    m_signer->setText(line.signer);
    m_recipients->setPlainText(line.recipients.join(QLatin1Char('\n')));
    m_copies->setValue(line.copies);
    m_secret->setCurrentIndex(std::max(0, m_secret->findData(int(line.confidentiality))));
    m_urgency->setCurrentIndex(std::max(0, m_urgency->findData(int(line.urgency))));
    m_form->setRowVisible(m_reason, true);
    m_buttons->clear();
    QPushButton *save = m_buttons->addButton(tr("Save the &correction"), QDialogButtonBox::AcceptRole);
    save->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(save, &QPushButton::clicked, this, &OutgoingEditor::saveCorrection);
    m_excerpt->setFocus();
    m_baseline = draft();
}

QByteArray OutgoingEditor::draft() const
{
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream << m_type->currentData().toString() << m_date->text() << m_excerpt->text() << m_capacity->currentData().toString()
           << m_signer->text() << m_recipients->toPlainText() << m_copies->value() << m_secret->currentData().toInt()
           << m_urgency->currentData().toInt() << m_congress->isChecked() << m_answers->text() << m_reason->text();
    return out;
}

void OutgoingEditor::restoreDraft(const QByteArray &draft)
{
    QDataStream stream(draft);
    QString type, date, excerpt, capacity, signer, recipients, answers, reason;
    int copies = 0, secret = 0, urgency = 0;
    bool congress = false;
    stream >> type >> date >> excerpt >> capacity >> signer >> recipients >> copies >> secret >> urgency >> congress >> answers >> reason;
    if (stream.status() != QDataStream::Ok)
        return;
    if (m_type->isEnabled())
        m_type->setCurrentIndex(std::max(0, m_type->findData(type)));
    m_date->setText(date);
    m_excerpt->setText(excerpt);
    m_capacity->setCurrentIndex(std::max(0, m_capacity->findData(capacity)));
    m_signer->setText(signer);
    m_recipients->setPlainText(recipients);
    m_copies->setValue(copies);
    m_secret->setCurrentIndex(std::max(0, m_secret->findData(secret)));
    m_urgency->setCurrentIndex(std::max(0, m_urgency->findData(urgency)));
    if (m_congress->isEnabled())
        m_congress->setChecked(congress);
    m_answers->setText(answers);
    m_reason->setText(reason);
}

bool OutgoingEditor::hasDraft() const
{
    return draft() != m_baseline;
}

QString OutgoingEditor::draftKind() const
{
    return m_correcting ? QStringLiteral("outgoing:%1").arg(m_correcting) : QStringLiteral("outgoing");
}

void OutgoingEditor::reject()
{
    if (hasDraft()
        && QMessageBox::question(this, windowTitle(), tr("Close the form and lose what you typed?"), QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) != QMessageBox::Yes)
        return;
    QDialog::reject();
}

void OutgoingEditor::saveCorrection()
{
    if (const QString why = DateField::firstProblem({m_date}); !why.isEmpty()) {
        m_message->setText(why);
        return;
    }
    OutgoingRegister reg(m_session.database(), m_session.user(), m_session.actor());
    auto corrected = reg.correct(m_correcting, document(), m_reason->text());
    if (!corrected) {
        m_message->setText(corrected.error().message);
        return;
    }
    accept();
}

OutgoingDocument OutgoingEditor::document() const
{
    OutgoingDocument d;
    d.typeCode = m_type->currentData().toString();
    d.documentDate = m_date->date();
    d.excerpt = m_excerpt->text();
    d.capacity = m_capacity->currentData().toString();
    d.signer = m_signer->text();
    d.recipients = m_recipients->toPlainText().split(QRegularExpression(QStringLiteral("[;\\n]")), Qt::SkipEmptyParts);
    d.copies = m_copies->value();
    d.confidentiality = Confidentiality(m_secret->currentData().toInt());
    d.urgency = Urgency(m_urgency->currentData().toInt());
    d.congress = m_congress->isChecked();
    return d;
}

void OutgoingEditor::save(bool issue)
{
    if (const QString why = DateField::firstProblem({m_date}); !why.isEmpty()) {
        m_message->setText(why);
        return;
    }
    OutgoingDocument d = document();
    if (const QString ref = m_answers->text().trimmed(); !ref.isEmpty()) {
        const QStringList parts = ref.split(QLatin1Char('/'));
        IncomingRegister incoming(m_session.database(), m_session.user(), m_session.actor());
        auto answered = incoming.getByNumber(parts.value(1, QString::number(d.documentDate.year())).toInt(), parts.value(0).toInt());
        if (!answered) {
            m_message->setText(answered.error().message);
            return;
        }
        d.answersIncomingId = answered->id;
    }
    // Numbers run through a term: a missing one is added here, the form kept as typed.
    if (!office::TermStore(m_session.database()).termFor(d.documentDate) && m_session.may(office::Permission::EditProfile)) {
        const auto answer = QMessageBox::question(this, tr("No term yet"),
                                                  tr("No term of the committee covers %1, and outgoing numbers run through a term. "
                                                     "Add the term now? What you typed stays.")
                                                      .arg(d.documentDate.toString(QStringLiteral("dd/MM/yyyy"))),
                                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer != QMessageBox::Yes || !TermsBox::addTerm(m_session, this, QDate(d.documentDate.year(), 1, 1)))
            return;
    }
    OutgoingRegister reg(m_session.database(), m_session.user(), m_session.actor());
    auto added = reg.add(d, issue ? OutgoingRegister::Mode::Issue : OutgoingRegister::Mode::Reserve);
    if (!added) {
        m_message->setText(added.error().message);
        return;
    }
    m_lastId = added->id;
    accept();
}

bool OutgoingEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the field adds what was typed; with nothing typed it is the dialog's Enter.
    if (watched == m_addRecipient && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !m_addRecipient->text().trimmed().isEmpty()) {
            addTypedRecipient();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void OutgoingEditor::addTypedRecipient()
{
    const QString typed = m_addRecipient->text().simplified();
    if (typed.isEmpty())
        return;
    QStringList adding = m_recipientNames->groupMembers(typed);
    if (adding.isEmpty())
        adding << m_recipientNames->preferred(typed);
    QStringList lines = m_recipients->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &name : std::as_const(adding)) {
        const bool listed = std::any_of(lines.cbegin(), lines.cend(), [&name](const QString &line) {
            return directory::NameDirectory::key(line) == directory::NameDirectory::key(name);
        });
        if (!listed)
            lines << name;
    }
    m_recipients->setPlainText(lines.join(QLatin1Char('\n')));
    m_addRecipient->clear();
}

} // namespace vanphong::ui
