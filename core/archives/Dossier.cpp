#include "Dossier.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace vanphong::archives {

QString Dossier::location() const
{
    QStringList parts;
    const std::pair<const char *, QString> named[] = {{QT_TRANSLATE_NOOP("Dossier", "room %1"), room},
                                                      {QT_TRANSLATE_NOOP("Dossier", "cabinet %1"), cabinet},
                                                      {QT_TRANSLATE_NOOP("Dossier", "shelf %1"), shelf},
                                                      {QT_TRANSLATE_NOOP("Dossier", "box %1"), box}};
    for (const auto &[label, value] : named)
        if (!value.trimmed().isEmpty())
            parts << QCoreApplication::translate("Dossier", label).arg(value.trimmed());
    return parts.join(QLatin1String(", "));
}

QString Dossier::numberKey(const QString &number)
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    QString key;
    qsizetype from = 0;
    auto it = digits.globalMatch(number);
    while (it.hasNext()) {
        const auto m = it.next();
        key += number.mid(from, m.capturedStart() - from) + m.captured().rightJustified(6, QLatin1Char('0'));
        from = m.capturedEnd();
    }
    return key + number.mid(from);
}

QString Dossier::statusCode(Status status)
{
    switch (status) {
    case Status::Open: return QStringLiteral("open");
    case Status::Closed: return QStringLiteral("closed");
    case Status::HandedOver: return QStringLiteral("handed-over");
    case Status::Destroyed: return QStringLiteral("destroyed");
    }
    return {};
}

std::optional<Dossier::Status> Dossier::statusFromCode(const QString &code)
{
    for (Status s : {Status::Open, Status::Closed, Status::HandedOver, Status::Destroyed})
        if (statusCode(s) == code)
            return s;
    return std::nullopt;
}

} // namespace vanphong::archives
