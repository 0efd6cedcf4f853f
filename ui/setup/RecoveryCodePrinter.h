#pragma once

#include <QCoreApplication>
#include <QString>

class QTextDocument;
class QWidget;

namespace vanphong::ui {

// The printed sheet that holds the recovery code.
class RecoveryCodePrinter final
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryCodePrinter)
public:
    static QTextDocument *buildDocument(const QString &code, const QString &organisation, const QString &filePath, const QString &login,
                                        QWidget *parent);
    static void preview(const QString &code, const QString &organisation, const QString &filePath, const QString &login, QWidget *parent);
};

} // namespace vanphong::ui
