#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>

namespace vanphong::meetings {

// One difference a package brings back, as the user sees it before it is
// written: a field changed on the laptop, a row added or removed there. A
// conflict is a field (or row) changed in both places to different values;
// it waits for the user's choice and is never settled silently.
struct PackageChange
{
    Q_DECLARE_TR_FUNCTIONS(PackageChange)
public:
    enum class Kind {
        Update,  // one field changed on the laptop
        Insert,  // a row added on the laptop
        Delete,  // a row removed on the laptop
        Restore, // a row removed at the office but changed on the laptop
    };
    enum class Choice { Undecided, KeepOffice, TakePackage };

    Kind kind = Kind::Update;
    QString table;
    QString key;      // the row's primary key as text (PackageSnapshot::keyOf)
    QString column;   // Update only
    QVariant office;  // Update: the office's value now
    QVariant package; // Update: the laptop's value
    QString rowLabel; // which row, in words: a name, an agenda item, a speaker
    bool conflict = false;
    Choice choice = Choice::TakePackage;
    // Why the change is never written, when it would weaken a protection
    // (a paper's secrecy lowered, its recall dropped): PackageMerge::refusal.
    QString refused;

    [[nodiscard]] QString tableTitle() const;
    [[nodiscard]] QString columnTitle() const;
    [[nodiscard]] QString officeText() const;
    [[nodiscard]] QString packageText() const;
    // "Điểm danh · Nguyễn Văn An · Có mặt: Chưa điểm danh → Có mặt"
    [[nodiscard]] QString summary() const;

    // A stored value in words: codes translated, ISO times as dd/MM/yyyy HH:mm.
    [[nodiscard]] static QString displayValue(const QString &column, const QVariant &value);
};

} // namespace vanphong::meetings
