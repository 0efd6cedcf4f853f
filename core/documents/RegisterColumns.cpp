#include "RegisterColumns.h"

#include "search/VietnameseFolding.h"

#include <algorithm>

namespace vanphong::documents {

namespace {
// A field and the titles, normalised, that name its column. A field that
// starts with "-" is a column VanPhong knows and reads nothing from: it is
// recognised (to find the header) and keeps its column from the guesses
// (so that "Ngày chuyển" is never taken for the document's date).
struct Hint
{
    const char *field;
    QStringList titles;
};

QStringList words(std::initializer_list<const char *> titles)
{
    QStringList out;
    for (const char *t : titles)
        out << QString::fromLatin1(t);
    return out;
}

// Titles shared by both registers.
Hint typeHint() { return {"type", words({"loai", "loai van ban", "ten loai", "ten loai van ban", "the loai"})}; }
Hint excerptHint()
{
    return {"excerpt", words({"trich yeu", "trich yeu noi dung", "trich yeu noi dung van ban", "noi dung trich yeu", "noi dung",
                              "ten loai va trich yeu", "ten loai va trich yeu noi dung", "ten loai va trich yeu noi dung van ban",
                              "loai va trich yeu"})};
}
Hint copiesHint() { return {"copies", words({"so ban", "so luong ban", "so luong", "so ban phat hanh"})}; }
Hint secretHint() { return {"secret", words({"do mat", "muc do mat", "do mat khan", "muc do mat khan"})}; }
Hint urgencyHint() { return {"urgency", words({"do khan", "muc do khan"})}; }
// The columns of the paper registers that hold what is not imported.
Hint otherHint(std::initializer_list<const char *> titles) { return {"-", words(titles)}; }

const QList<Hint> &hintsFor(RegisterImport::Register which)
{
    // Nghị định 30/2020/NĐ-CP, Phụ lục VI, sổ đăng ký văn bản đến: Ngày đến,
    // Số đến, Tác giả, Số ký hiệu, Ngày tháng, Tên loại và trích yếu nội dung,
    // Đơn vị hoặc người nhận, Ký nhận, Ghi chú; the Party's form and
    // VanPhong's printed book add Ngày chuyển; its export has Năm and Trạng thái.
    static const QList<Hint> incoming = {
        {"number", words({"so den", "stt den", "so thu tu den", "so"})},
        {"received", words({"ngay den", "ngay nhan", "ngay thang den", "ngay nhan van ban", "ngay gio den", "thoi gian den"})},
        {"sender", words({"tac gia", "co quan ban hanh", "co quan to chuc ban hanh", "co quan to chuc ban hanh van ban", "noi gui",
                          "noi gui van ban", "co quan gui", "don vi gui", "noi ban hanh", "don vi ban hanh", "noi phat hanh"})},
        {"symbol", words({"so ky hieu", "so va ky hieu", "so ky hieu van ban", "so va ky hieu van ban", "ky hieu", "ky hieu van ban",
                          "so hieu van ban"})},
        {"date", words({"ngay thang", "ngay thang van ban", "ngay van ban", "ngay ban hanh", "ngay thang nam", "ngay ky", "ngay"})},
        typeHint(),
        excerptHint(),
        {"pages", words({"so trang", "so to", "so luong trang", "so to trang"})},
        copiesHint(),
        secretHint(),
        urgencyHint(),
        {"assignee", words({"don vi hoac nguoi nhan", "don vi hoac ca nhan nhan", "don vi nguoi nhan", "don vi ca nhan nhan",
                            "nguoi nhan", "don vi nhan", "nguoi xu ly", "don vi xu ly", "nguoi giai quyet", "don vi giai quyet",
                            "don vi"})},
        {"deadline", words({"han xu ly", "han giai quyet", "thoi han giai quyet", "thoi han xu ly", "han tra loi", "thoi han", "han"})},
        {"direction", words({"y kien chi dao", "chi dao", "y kien phan phoi", "y kien lanh dao", "y kien cua lanh dao",
                             "y kien xu ly", "but phe"})},
        otherHint({"ngay chuyen", "ky nhan", "ghi chu", "stt", "tt", "so thu tu", "nam", "trang thai"}),
    };
    // Sổ đăng ký văn bản đi: Số, ký hiệu văn bản, Ngày tháng văn bản, Tên loại
    // và trích yếu nội dung văn bản, Người ký, Nơi nhận văn bản, Đơn vị, người
    // nhận bản lưu, Số lượng bản, Ngày chuyển, Ký nhận, Ghi chú.
    static const QList<Hint> outgoing = {
        {"symbol", words({"so ky hieu", "so ky hieu van ban", "so va ky hieu", "so va ky hieu van ban", "ky hieu", "ky hieu van ban",
                          "so hieu van ban", "so"})},
        // A register that keeps the number apart from the symbol ("Số" | "Ký hiệu").
        {"number", words({"so", "so van ban"})},
        {"date", words({"ngay thang", "ngay thang van ban", "ngay van ban", "ngay ban hanh", "ngay thang nam", "ngay ky", "ngay"})},
        typeHint(),
        excerptHint(),
        {"capacity", words({"chuc vu ky", "tham quyen ky", "quyen han ky", "chuc vu nguoi ky"})},
        {"signer", words({"nguoi ky", "nguoi ky van ban", "ho ten nguoi ky", "ho va ten nguoi ky"})},
        {"recipients", words({"noi nhan", "noi nhan van ban", "co quan nhan", "don vi nhan"})},
        copiesHint(),
        secretHint(),
        urgencyHint(),
        otherHint({"don vi nguoi nhan ban luu", "don vi ca nhan nhan ban luu", "noi nhan ban luu", "noi luu", "ban luu",
                   "don vi soan thao", "ngay chuyen", "ky nhan", "ghi chu", "stt", "tt", "so thu tu", "trang thai"}),
    };
    // The asset books offices keep in Excel (sổ tài sản cố định, sổ theo dõi
    // công cụ dụng cụ) and VanPhong's own export (AssetListing).
    static const QList<Hint> assets = {
        {"code", words({"ma tai san", "ma ts", "ma so tai san", "ma"})},
        {"name", words({"ten tai san", "ten tai san co dinh", "ten cong cu dung cu", "ten quy cach tai san", "ten tai san quy cach",
                        "ten"})},
        {"book", words({"loai so"})},
        {"category", words({"ma loai", "loai tai san", "nhom tai san", "loai", "nhom"})},
        {"specification", words({"quy cach dac diem", "quy cach", "dac diem", "thong so ky thuat", "nhan hieu quy cach"})},
        {"serial", words({"so hieu", "so seri", "so serial", "so may", "so khung"})},
        {"acquired", words({"ngay dua vao su dung", "ngay su dung", "ngay mua", "ngay tang", "ngay ghi tang", "ngay thang nam su dung"})},
        {"document", words({"chung tu", "so chung tu", "chung tu ghi tang", "so hieu chung tu"})},
        {"cost", words({"nguyen gia", "nguyen gia dong", "nguyen gia tai san", "gia tri", "thanh tien"})},
        {"funding", words({"nguon kinh phi", "nguon von", "nguon hinh thanh"})},
        {"room", words({"noi su dung", "bo phan su dung", "phong su dung", "vi tri", "phong"})},
        {"custodian", words({"nguoi su dung", "nguoi quan ly", "nguoi giu", "can bo su dung"})},
        {"rate", words({"ty le hao mon", "ty le hao mon nam", "ty le"})},
        {"accumulated", words({"hao mon luy ke", "gia tri hao mon luy ke", "luy ke hao mon", "so hao mon luy ke"})},
        {"accumulated_year", words({"hao mon luy ke den het nam", "nam tinh hao mon luy ke", "luy ke den het nam", "den het nam"})},
        {"status", words({"tinh trang", "trang thai"})},
        {"ended", words({"ngay ghi giam", "ngay thanh ly"})},
        {"note", words({"ghi chu"})},
        otherHint({"stt", "tt", "so thu tu", "gia tri con lai"}),
    };
    switch (which) {
    case RegisterImport::Register::Incoming: return incoming;
    case RegisterImport::Register::Outgoing: return outgoing;
    case RegisterImport::Register::Assets: return assets;
    }
    return incoming;
}

// How well a normalised title matches a hint: the whole title, or its first
// words (for hints of two words or more: "Tác giả (cơ quan ban hành)" is
// "tac gia ..."); longer hints are more specific. 0: no match.
int score(const QString &title, const QString &hint)
{
    if (title == hint)
        return 2000 + int(hint.size());
    if (hint.contains(QLatin1Char(' ')) && title.startsWith(hint + QLatin1Char(' ')))
        return 1000 + int(hint.size());
    return 0;
}

struct Candidate
{
    int score;
    int hint;   // order in the register's list: earlier wins a tie
    int column;
};
} // namespace

QString RegisterColumns::normalise(const QString &text)
{
    QString folded = search::VietnameseFolding::fold(text);
    for (QChar &c : folded)
        if (!c.isLetterOrNumber())
            c = QLatin1Char(' ');
    return folded.simplified();
}

QStringList RegisterColumns::fields(Register which)
{
    QStringList out;
    for (const Hint &h : hintsFor(which))
        if (h.field[0] != '-')
            out << QLatin1String(h.field);
    return out;
}

RegisterImport::Mapping RegisterColumns::guess(Register which, const QStringList &titles)
{
    const QList<Hint> &hints = hintsFor(which);
    QList<Candidate> candidates;
    for (int c = 0; c < titles.size(); ++c) {
        const QString title = normalise(titles.at(c));
        if (title.isEmpty())
            continue;
        for (int h = 0; h < hints.size(); ++h) {
            int best = 0;
            for (const QString &w : hints.at(h).titles)
                best = std::max(best, score(title, w));
            if (best > 0)
                candidates << Candidate{best, h, c};
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.score != b.score ? a.score > b.score : a.hint != b.hint ? a.hint < b.hint : a.column < b.column;
    });
    RegisterImport::Mapping mapping;
    QList<int> usedColumns;
    QList<int> usedHints;
    for (const Candidate &k : candidates) {
        const bool other = hints.at(k.hint).field[0] == '-'; // may keep several columns
        if (usedColumns.contains(k.column) || (!other && usedHints.contains(k.hint)))
            continue;
        usedColumns << k.column;
        usedHints << k.hint;
        if (!other)
            mapping.insert(QLatin1String(hints.at(k.hint).field), titles.at(k.column));
    }
    // "Số" beside "Ký hiệu" in an incoming register is the document's own
    // number, kept apart from its symbol, not the incoming number: left for
    // the clerk to choose rather than read as the wrong number.
    const QString number = normalise(mapping.value(QStringLiteral("number")));
    const QString symbol = normalise(mapping.value(QStringLiteral("symbol")));
    if (which == Register::Incoming && number == QLatin1String("so") && !symbol.isEmpty() && !symbol.startsWith(QLatin1String("so ")))
        mapping.remove(QStringLiteral("number"));
    return mapping;
}

bool RegisterColumns::isKnown(Register which, const QString &title)
{
    const QString t = normalise(title);
    if (t.isEmpty())
        return false;
    for (const Hint &h : hintsFor(which))
        for (const QString &w : h.titles)
            if (score(t, w) > 0)
                return true;
    return false;
}

int RegisterColumns::knownCount(Register which, const QStringList &titles)
{
    return int(std::count_if(titles.begin(), titles.end(), [which](const QString &t) { return isKnown(which, t); }));
}

bool RegisterColumns::holdsTypeAndExcerpt(const QString &title)
{
    const QString t = normalise(title);
    return t.startsWith(QLatin1String("ten loai va trich yeu")) || t.startsWith(QLatin1String("loai va trich yeu"));
}

} // namespace vanphong::documents
