#pragma once

#include "PagedRenderer.h"
#include "storage/StorageError.h"

#include <QString>

namespace vanphong::storage { class Database; }
namespace vanphong::office { struct OfficeProfile; }
namespace vanphong::meetings { struct Meeting; }

namespace vanphong::reports {

// The names a meeting's papers go by, in Vietnamese whatever the screens'
// language: on the minutes' title, in the outgoing register's excerpt and in
// the PDF's metadata (title, subject), so that a file found on a disk says
// what it is ("Biên bản Hội nghị Ban Thường vụ Đảng ủy ngày 15 tháng 01 năm
// 2026"), never a command's word ("invitation", "signin").
class PaperTitle final
{
public:
    enum class Paper { Minutes, Invitation, SignInSheet, Programme, Dossier };

    // "Hội nghị Ban Thường vụ Đảng ủy": the meeting's own title when it names
    // one ("Hội nghị …", "Họp …"), else the body's name after the word for its kind.
    static QString meetingName(const office::OfficeProfile &profile, const meetings::Meeting &meeting);
    // "Hội nghị Ban Thường vụ Đảng ủy ngày 15 tháng 01 năm 2026": the excerpt
    // of the minutes' and the invitation's lines in the outgoing register.
    static QString meetingOfDay(const office::OfficeProfile &profile, const meetings::Meeting &meeting);
    // The PDF titles: "Biên bản Hội nghị …", "Giấy mời dự Hội nghị …",
    // "Danh sách đại biểu dự Hội nghị …", "Chương trình Hội nghị …",
    // "Mục lục hồ sơ Hội nghị …", each with the meeting's day.
    static QString minutes(const office::OfficeProfile &profile, const meetings::Meeting &meeting);
    static QString invitation(const office::OfficeProfile &profile, const meetings::Meeting &meeting);
    static QString signInSheet(const office::OfficeProfile &profile, const meetings::Meeting &meeting);
    static QString programme(const office::OfficeProfile &profile, const meetings::Meeting &meeting);
    static QString dossier(const office::OfficeProfile &profile, const meetings::Meeting &meeting);
    // The PDF's author: the office that makes the paper ("Văn phòng Đảng ủy
    // xã Tân Phú"), from the committee's name in the profile.
    static QString author(const office::OfficeProfile &profile);
    // The committee as a sentence names it ("Đảng ủy xã Tân Phú"): the author
    // of what it issues, on a dossier's list of documents.
    static QString committee(const office::OfficeProfile &profile);
    // "Công văn về việc chuẩn bị …": a register's and a dossier's column
    // "Tên loại và trích yếu nội dung" (36-HD/VPTW, elements 3 and 5). The
    // excerpt reads on after the type's name ("Công văn về việc …", not "Về
    // việc"); typed with the name already ("Quyết định thành lập …") it is
    // printed as typed, the type named once.
    static QString typeAndExcerpt(const QString &typeName, const QString &excerpt);
    // The PDF's title, subject ("Số 12-BB/ĐU" once the paper holds its
    // number, else the meeting) and author for one of a meeting's papers.
    [[nodiscard]] static storage::Result<PagedRenderer::PdfInfo> pdfInfo(storage::Database &db, qint64 meetingId, Paper paper);
};

} // namespace vanphong::reports
