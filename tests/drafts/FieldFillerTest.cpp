// The filler of {{field}} markers: split runs of Word and LibreOffice,
// escaping, paragraphs, and the rest of the part left byte for byte.
#include "drafts/DefaultTemplates.h"
#include "drafts/TemplateDocument.h"
#include "drafts/XmlFieldFiller.h"

#include <catch2/catch.hpp>

using namespace vanphong::drafts;
using D = XmlFieldFiller::Dialect;

namespace {
QByteArray u8(const char *text) { return QByteArray(text); }
const QHash<QString, QString> Values{{QStringLiteral("so_ky_hieu"), QStringLiteral("07-CV/ĐU")},
                                     {QStringLiteral("ngay_thang"), QStringLiteral("ngày 05 tháng 01 năm 2026")},
                                     {QStringLiteral("trich_yeu"), QStringLiteral("V/v A & B <C>")},
                                     {QStringLiteral("do_mat"), QString()},
                                     {QStringLiteral("noi_nhan"), QStringLiteral("- Ban Thường vụ Tỉnh ủy,\n- Lưu Văn phòng.")}};
} // namespace

TEST_CASE("a DOCX field split across runs by Word is filled, the runs' look kept")
{
    const QByteArray xml = u8("<w:document><w:body><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
                              "<w:r><w:t xml:space=\"preserve\">Số {{so_</w:t></w:r><w:proofErr w:type=\"spellStart\"/>"
                              "<w:r><w:rPr><w:b/></w:rPr><w:t>ky</w:t></w:r><w:r><w:t>_hieu}} ngày</w:t></w:r></w:p></w:body></w:document>");
    const auto out = XmlFieldFiller::fill(xml, D::Docx, Values);
    CHECK(out.xml == u8("<w:document><w:body><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
                        "<w:r><w:t xml:space=\"preserve\">Số 07-CV/ĐU</w:t></w:r><w:proofErr w:type=\"spellStart\"/>"
                        "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\"></w:t></w:r><w:r><w:t xml:space=\"preserve\"> ngày</w:t></w:r>"
                        "</w:p></w:body></w:document>"));
    CHECK(out.unknown.isEmpty());
    // Braces split too: "{" "{" in two runs.
    const auto braces = XmlFieldFiller::fill(u8("<w:p><w:r><w:t>{</w:t></w:r><w:r><w:t>{ngay_thang}</w:t></w:r><w:r><w:t>}</w:t></w:r></w:p>"),
                                             D::Docx, Values);
    CHECK(braces.xml.contains("ngày 05 tháng 01 năm 2026"));
    CHECK_FALSE(braces.xml.contains("{"));
}

TEST_CASE("an ODT field split by a text:span is filled and the value escaped")
{
    const QByteArray xml = u8("<office:text><text:p text:style-name=\"P1\">{{trich_<text:span text:style-name=\"T1\">yeu</text:span>}}"
                              "</text:p><text:p text:style-name=\"P2\">Không đổi &amp; giữ nguyên</text:p></office:text>");
    const auto out = XmlFieldFiller::fill(xml, D::Odt, Values);
    CHECK(out.xml == u8("<office:text><text:p text:style-name=\"P1\">V/v A &amp; B &lt;C&gt;<text:span text:style-name=\"T1\"></text:span>"
                        "</text:p><text:p text:style-name=\"P2\">Không đổi &amp; giữ nguyên</text:p></office:text>"));
}

TEST_CASE("a value of several lines becomes paragraphs of the same style")
{
    const auto odt = XmlFieldFiller::fill(u8("<text:p text:style-name=\"NoiNhan\" xml:id=\"p1\">{{noi_nhan}}</text:p>"), D::Odt, Values);
    CHECK(odt.xml == u8("<text:p text:style-name=\"NoiNhan\" xml:id=\"p1\">- Ban Thường vụ Tỉnh ủy,</text:p>"
                        "<text:p text:style-name=\"NoiNhan\">- Lưu Văn phòng.</text:p>"));
    const auto docx = XmlFieldFiller::fill(u8("<w:p w14:paraId=\"1A\"><w:pPr><w:pStyle w:val=\"NoiNhan\"/></w:pPr><w:r><w:rPr><w:sz w:val=\"24\"/></w:rPr>"
                                              "<w:t>{{noi_nhan}}</w:t></w:r></w:p>"),
                                           D::Docx, Values);
    CHECK(docx.xml == u8("<w:p w14:paraId=\"1A\"><w:pPr><w:pStyle w:val=\"NoiNhan\"/></w:pPr><w:r><w:rPr><w:sz w:val=\"24\"/></w:rPr>"
                         "<w:t xml:space=\"preserve\">- Ban Thường vụ Tỉnh ủy,</w:t></w:r></w:p>"
                         "<w:p><w:pPr><w:pStyle w:val=\"NoiNhan\"/></w:pPr><w:r><w:rPr><w:sz w:val=\"24\"/></w:rPr>"
                         "<w:t xml:space=\"preserve\">- Lưu Văn phòng.</w:t></w:r></w:p>"));
}

TEST_CASE("a paragraph of empty marks is left out; unknown and broken markers stay as typed")
{
    const auto out = XmlFieldFiller::fill(u8("<r><text:p>A</text:p><text:p text:style-name=\"DauMat\">{{do_mat}}</text:p>"
                                             "<text:p>{{chua_biet}} {{so_ky</text:p><text:p>_hieu}}</text:p></r>"),
                                          D::Odt, Values);
    CHECK(out.xml == u8("<r><text:p>A</text:p><text:p>{{chua_biet}} {{so_ky</text:p><text:p>_hieu}}</text:p></r>"));
    CHECK(out.unknown == QStringList{QStringLiteral("chua_biet")});
    // A DOCX table cell keeps its only paragraph, emptied.
    const auto cell = XmlFieldFiller::fill(u8("<w:tc><w:p><w:r><w:t>{{do_mat}}</w:t></w:r></w:p></w:tc>"), D::Docx, Values);
    CHECK(cell.xml == u8("<w:tc><w:p><w:r><w:t xml:space=\"preserve\"></w:t></w:r></w:p></w:tc>"));
    CHECK(XmlFieldFiller::fieldsIn(u8("<w:p><w:r><w:t>{{ a }}{{b}}{{a}}</w:t></w:r></w:p>"), D::Docx) == QStringList{QStringLiteral("a"), QStringLiteral("b")});
}

TEST_CASE("the shipped templates are valid ODT and DOCX packages with every frame field")
{
    const QStringList frame = QString::fromLatin1("co_quan_cap_tren co_quan_ban_hanh so_ky_hieu dia_danh ngay_thang trich_yeu "
                                                  "noi_nhan tham_quyen_ky chuc_vu_nguoi_ky nguoi_ky do_mat do_khan").split(QLatin1Char(' '));
    for (const QString &type : {QStringLiteral("CV"), QStringLiteral("NQ"), QStringLiteral("GM"), QStringLiteral("CTr")}) {
        for (const DraftFormat format : {DraftFormat::Odt, DraftFormat::Docx}) {
            INFO(type.toStdString() << " " << formatCode(format).toStdString());
            const QByteArray bytes = DefaultTemplates::build(type, format);
            auto document = TemplateDocument::read(bytes);
            REQUIRE(document);
            CHECK(document->format() == format);
            for (const QString &field : frame)
                CHECK(document->fields().contains(field));
            CHECK(document->fields().contains(QStringLiteral("ten_loai")) == (type != QStringLiteral("CV")));
            CHECK_FALSE(document->fields().contains(QStringLiteral("noi_dung"))); // the skeleton is in place
            if (format == DraftFormat::Odt) {
                // OpenDocument: "mimetype" first, stored, no extra field: its value at byte 38.
                CHECK(bytes.mid(30, 8) == "mimetype");
                CHECK(bytes.mid(38, 39) == "application/vnd.oasis.opendocument.text");
            }
        }
    }
    CHECK(TemplateDocument::read(DefaultTemplates::build(QStringLiteral("NQ"), DraftFormat::Odt))->plainText()
              .contains(QStringLiteral("QUYẾT NGHỊ:")));
}

TEST_CASE("files that are no template are refused in words")
{
    CHECK(TemplateDocument::read("%PDF-1.4").error().message.contains(QStringLiteral(".odt")));
    const QByteArray ott = TemplateDocument::pack(DraftFormat::Docx, {{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text-template"},
                                                                       {QStringLiteral("content.xml"), "<a/>"}});
    CHECK(TemplateDocument::read(ott).error().message.contains(QStringLiteral(".ott")));
    const QByteArray broken = TemplateDocument::pack(DraftFormat::Odt, {{QStringLiteral("content.xml"), "<a><b></a>"}});
    CHECK(TemplateDocument::read(broken).error().message.contains(QStringLiteral("content.xml")));
}
