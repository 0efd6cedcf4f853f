#include "SentenceCase.h"

#include <QStringList>

#include <algorithm>

namespace vanphong::reports {

namespace {
// Names of papers that keep their capital in running text when they name one
// (Quy định 399-QĐ/TW's types), and of the Party and the state.
const QStringList &paperNames()
{
    static const QStringList names{
        QStringLiteral("Nghị quyết"), QStringLiteral("Quyết định"), QStringLiteral("Chỉ thị"), QStringLiteral("Kết luận"),
        QStringLiteral("Quy chế"), QStringLiteral("Quy định"), QStringLiteral("Thông tri"), QStringLiteral("Hướng dẫn"),
        QStringLiteral("Thông báo"), QStringLiteral("Báo cáo"), QStringLiteral("Kế hoạch"), QStringLiteral("Chương trình"),
        QStringLiteral("Đề án"), QStringLiteral("Phương án"), QStringLiteral("Dự án"), QStringLiteral("Tờ trình"),
        QStringLiteral("Công văn"), QStringLiteral("Điều lệ"), QStringLiteral("Hiến pháp"), QStringLiteral("Luật"),
        QStringLiteral("Đảng"), QStringLiteral("Nhà nước"), QStringLiteral("Chính phủ"), QStringLiteral("Quốc hội"),
        QStringLiteral("Trung ương"), QStringLiteral("Bộ Chính trị"), QStringLiteral("Văn phòng"), QStringLiteral("Chi bộ"),
        QStringLiteral("Đảng ủy"), QStringLiteral("Đảng bộ"), QStringLiteral("Thường trực"), QStringLiteral("Mặt trận"),
        QStringLiteral("Ủy ban"), QStringLiteral("Hội đồng"), QStringLiteral("Công an")};
    return names;
}

// First words of a body's name that is a name only with the capitalised
// word after it: "Ban Thường vụ", "Hội Nông dân", "Đoàn Thanh niên".
const QStringList &bodyWords()
{
    static const QStringList words{QStringLiteral("Ban"), QStringLiteral("Hội"), QStringLiteral("Đoàn"), QStringLiteral("Sở"),
                                   QStringLiteral("Phòng"), QStringLiteral("Bộ"), QStringLiteral("Cục"), QStringLiteral("Tổ"),
                                   QStringLiteral("Trường"), QStringLiteral("Liên đoàn"), QStringLiteral("Tỉnh"), QStringLiteral("Huyện"),
                                   QStringLiteral("Xã"), QStringLiteral("Phường"), QStringLiteral("Ấp"), QStringLiteral("Thôn")};
    return words;
}

// The most common family names: a person's name ("Nguyễn Văn An").
const QStringList &familyNames()
{
    static const QStringList names{
        QStringLiteral("Nguyễn"), QStringLiteral("Trần"), QStringLiteral("Lê"), QStringLiteral("Phạm"), QStringLiteral("Hoàng"),
        QStringLiteral("Huỳnh"), QStringLiteral("Phan"), QStringLiteral("Vũ"), QStringLiteral("Võ"), QStringLiteral("Đặng"),
        QStringLiteral("Bùi"), QStringLiteral("Đỗ"), QStringLiteral("Hồ"), QStringLiteral("Ngô"), QStringLiteral("Dương"),
        QStringLiteral("Lý"), QStringLiteral("Đinh"), QStringLiteral("Trịnh"), QStringLiteral("Đào"), QStringLiteral("Mai"),
        QStringLiteral("Lương"), QStringLiteral("Tạ"), QStringLiteral("Cao"), QStringLiteral("Hà"), QStringLiteral("Chu")};
    return names;
}

bool isCapitalised(const QString &word)
{
    return !word.isEmpty() && word.at(0).isUpper();
}

bool startsWithName(const QString &text, const QString &name)
{
    return text.startsWith(name) && (text.size() == name.size() || !text.at(name.size()).isLetter());
}
} // namespace

QString SentenceCase::start(const QString &text)
{
    QString out = text.trimmed();
    if (!out.isEmpty())
        out[0] = out.at(0).toUpper();
    return out;
}

QString SentenceCase::within(const QString &text)
{
    QString out = text.trimmed();
    const QStringList words = out.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty() || !isCapitalised(words.first()))
        return out;
    const QString &first = words.first();
    // An abbreviation or a word with a digit ("UBND", "HĐND", "Covid-19") is a name.
    if (first.size() > 1 && (first == first.toUpper() || std::any_of(first.cbegin(), first.cend(), [](QChar c) { return c.isDigit(); })))
        return out;
    // A body named by its first word and a capitalised one ("Ban Thường vụ"), a person's name.
    const bool nameFollows = words.size() > 1 && isCapitalised(words.at(1));
    if ((nameFollows && (bodyWords().contains(first) || familyNames().contains(first))))
        return out;
    for (const QString &name : paperNames())
        if (startsWithName(out, name))
            return out;
    out[0] = out.at(0).toLower();
    return out;
}

} // namespace vanphong::reports
