#include "GuideDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace vanphong::ui {

namespace {
const char *const GuidePath = ":/docs/HUONG-DAN.md";
}

GuideDialog::GuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("User guide"));
    // Pictures are named relative to the guide, as on the repository's page.
    m_browser->setSource(QUrl(QStringLiteral("qrc") + QLatin1String(GuidePath)), QTextDocument::MarkdownResource);
    m_browser->setOpenExternalLinks(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(900, 640);
}

QStringList GuideDialog::missingImages() const
{
    QFile guide(QString::fromLatin1(GuidePath));
    if (!guide.open(QIODevice::ReadOnly))
        return {QString::fromLatin1(GuidePath)};
    static const QRegularExpression image(QStringLiteral("!\\[[^\\]]*\\]\\(([^)]+)\\)"));
    QStringList missing;
    auto it = image.globalMatch(QString::fromUtf8(guide.readAll()));
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!QFile::exists(QStringLiteral(":/docs/") + name))
            missing << name;
    }
    return missing;
}

} // namespace vanphong::ui
