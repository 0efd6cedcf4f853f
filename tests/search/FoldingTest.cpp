// Vietnamese text folding: what a search without diacritics must find.
#include "search/VietnameseFolding.h"

#include <catch2/catch.hpp>

using vanphong::search::VietnameseFolding;

TEST_CASE("folding removes tones, vowel marks and the stroke of đ")
{
    struct Case { const char16_t *input; const char16_t *folded; };
    const Case cases[] = {
        {u"Đảng ủy", u"dang uy"},
        {u"ĐẢNG BỘ XÃ TÂN PHÚ", u"dang bo xa tan phu"},
        {u"đảng uỷ", u"dang uy"},
        {u"Nghị quyết số 20-NQ/ĐU", u"nghi quyet so 20-nq/du"},
        {u"Thông   báo\tkết luận", u"thong bao ket luan"},
        {u"Hỏa tốc", u"hoa toc"},
        {u"Quyết định 299-QĐ/TW", u"quyet dinh 299-qd/tw"},
        {u"ươ ư ơ ă â ê ô", u"uo u o a a e o"},
        {u"", u""},
    };
    for (const Case &c : cases) {
        const QString input = QString::fromUtf16(c.input);
        INFO(input.toStdString());
        CHECK(VietnameseFolding::fold(input) == QString::fromUtf16(c.folded));
    }
}

TEST_CASE("decomposed Unicode folds like composed")
{
    const QString composed = QStringLiteral("Văn phòng Đảng ủy");
    const QString decomposed = composed.normalized(QString::NormalizationForm_D);
    REQUIRE(decomposed != composed);
    CHECK(VietnameseFolding::fold(decomposed) == VietnameseFolding::fold(composed));
    CHECK(VietnameseFolding::normalizeMarks(decomposed) == VietnameseFolding::normalizeMarks(composed));
}

TEST_CASE("the old and new tone placements compare equal, other differences do not")
{
    struct Pair { const char16_t *a; const char16_t *b; bool equal; };
    const Pair pairs[] = {
        {u"Đảng ủy", u"Đảng uỷ", true},
        {u"hòa bình", u"hoà bình", true},
        {u"Thủy", u"thuỷ", true},
        {u"khỏe", u"khoẻ", true},
        {u"hoàng", u"hoàng", true},
        {u"quý", u"quý", true},
        {u"hòa", u"hóa", false},   // a different tone is a different word
        {u"ủy", u"uy", false},
        {u"đảng", u"dang", false},
    };
    for (const Pair &p : pairs) {
        const QString a = QString::fromUtf16(p.a);
        const QString b = QString::fromUtf16(p.b);
        INFO(a.toStdString() << " / " << b.toStdString());
        CHECK((VietnameseFolding::normalizeMarks(a) == VietnameseFolding::normalizeMarks(b)) == p.equal);
        CHECK(VietnameseFolding::fold(a) == VietnameseFolding::fold(b)); // all fold alike
    }
}
