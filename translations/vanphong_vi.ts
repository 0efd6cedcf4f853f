<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AccessControl</name>
    <message>
        <source>manage the users</source>
        <translation>quản lý người dùng</translation>
    </message>
    <message>
        <source>change the office profile, terms and document types</source>
        <translation>sửa thông tin văn phòng, nhiệm kỳ và loại văn bản</translation>
    </message>
    <message>
        <source>restore a backup or change the file&apos;s key</source>
        <translation>khôi phục bản sao lưu hoặc đổi khóa của tệp</translation>
    </message>
    <message>
        <source>make a backup copy</source>
        <translation>sao lưu tệp</translation>
    </message>
    <message>
        <source>enter or change documents in the registers</source>
        <translation>vào sổ hoặc sửa văn bản trong sổ</translation>
    </message>
    <message>
        <source>hand documents over with a direction</source>
        <translation>chuyển giao văn bản kèm ý kiến chỉ đạo</translation>
    </message>
    <message>
        <source>copy lists or files out of the office file</source>
        <translation>xuất danh sách hoặc tệp đính kèm ra ngoài tệp dữ liệu</translation>
    </message>
    <message>
        <source>prepare meetings and keep their records</source>
        <translation>chuẩn bị hội nghị và ghi hồ sơ hội nghị</translation>
    </message>
    <message>
        <source>change the committee&apos;s members or the checklist templates</source>
        <translation>sửa danh sách cấp ủy viên hoặc mẫu danh mục chuẩn bị</translation>
    </message>
    <message>
        <source>approve guests or close follow-up tasks</source>
        <translation>duyệt khách mời hoặc đóng việc theo dõi thực hiện</translation>
    </message>
    <message>
        <source>With the recovery code you may only set a new password.</source>
        <translation>Với mã khôi phục, chỉ được đặt mật khẩu mới.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the office chief.</source>
        <translation>Tài khoản này đã bị khóa. Hãy liên hệ Chánh Văn phòng.</translation>
    </message>
    <message>
        <source>Choose your own password first (the office chief set the one you have).</source>
        <translation>Hãy tự đặt mật khẩu của mình trước (mật khẩu hiện tại do Chánh Văn phòng đặt).</translation>
    </message>
    <message>
        <source>Your role (%1) may not %2. Only these may: %3.</source>
        <translation>Vai trò của bạn (%1) không được %2. Chỉ những vai trò sau được phép: %3.</translation>
    </message>
    <message>
        <source>cancel an outgoing document already issued</source>
        <translation>hủy văn bản đi đã phát hành</translation>
    </message>
    <message>
        <source>record the approval of a year&apos;s dossier list</source>
        <translation>ghi việc duyệt danh mục hồ sơ của năm</translation>
    </message>
    <message>
        <source>keep the archive: dossiers, filing, closing, hand-over, lending</source>
        <translation>quản lý lưu trữ: hồ sơ, lập hồ sơ, kết thúc, nộp lưu, cho mượn</translation>
    </message>
    <message>
        <source>destroy dossiers whose retention ran out</source>
        <translation>hủy hồ sơ hết thời hạn bảo quản</translation>
    </message>
    <message>
        <source>keep the asset register: items, movements, depreciation, inventories</source>
        <translation>giữ sổ tài sản: tài sản, biến động, hao mòn, kiểm kê</translation>
    </message>
    <message>
        <source>print the asset papers or export the asset register</source>
        <translation>in giấy tờ tài sản hoặc xuất sổ tài sản</translation>
    </message>
</context>
<context>
    <name>AnnualDepreciation</name>
    <message>
        <source>The depreciation of %1 is locked (its table was signed): a change dated %2 would alter it. Date it in %3 or later.</source>
        <translation>Hao mòn năm %1 đã khóa sổ (bảng tính đã ký): thay đổi ghi ngày %2 sẽ làm thay đổi số liệu đó. Hãy ghi ngày từ năm %3 trở đi.</translation>
    </message>
    <message>
        <source>The depreciation is computed for a year up to this one (%1).</source>
        <translation>Chỉ tính hao mòn cho các năm đến năm nay (%1).</translation>
    </message>
    <message>
        <source>The depreciation of %1 has not been computed: compute it and print its table first.</source>
        <translation>Chưa tính hao mòn năm %1: hãy tính và in bảng tính trước.</translation>
    </message>
    <message>
        <source>The depreciation of %1 is already locked (signed by %2 on %3).</source>
        <translation>Hao mòn năm %1 đã khóa sổ (do %2 ký ngày %3).</translation>
    </message>
    <message>
        <source>Say who signed the depreciation table of %1.</source>
        <translation>Hãy ghi người đã ký bảng tính hao mòn năm %1.</translation>
    </message>
    <message>
        <source>The table of %1 is signed from 1 December %1 to today.</source>
        <translation>Bảng tính năm %1 được ký trong khoảng từ ngày 01/12/%1 đến hôm nay.</translation>
    </message>
    <message>
        <source>Lock %1 first: the years are locked in order.</source>
        <translation>Hãy khóa năm %1 trước: các năm được khóa theo thứ tự.</translation>
    </message>
    <message>
        <source>The register changed after the depreciation of %1 was computed on %2: compute it again and print the new table for signature before locking it.</source>
        <translation>Sổ tài sản đã thay đổi sau khi tính hao mòn năm %1 (ngày %2): hãy tính lại và in bảng tính mới để ký trước khi khóa sổ.</translation>
    </message>
    <message>
        <source>The depreciation of %1 is locked: its table was signed by %2 on %3. A locked year is not computed again.</source>
        <translation>Hao mòn năm %1 đã khóa sổ: bảng tính do %2 ký ngày %3. Năm đã khóa không được tính lại.</translation>
    </message>
    <message>
        <source>The depreciation is locked up to %1: a year before it is not computed again.</source>
        <translation>Hao mòn đã khóa sổ đến năm %1: các năm trước đó không được tính lại.</translation>
    </message>
    <message>
        <source>%1 has not ended: its depreciation is locked from 1 January %2.</source>
        <translation>Năm %1 chưa kết thúc: hao mòn của năm được khóa sổ từ ngày 01/01/%2.</translation>
    </message>
    <message>
        <source>The table of %1 was computed on %2: it was signed that day or after.</source>
        <translation>Bảng tính năm %1 được tính ngày %2: ngày ký phải từ ngày đó trở đi.</translation>
    </message>
</context>
<context>
    <name>ArchiveHold</name>
    <message>
        <source>%1 was kept in dossier %2, which was destroyed: the line stays as it was.</source>
        <translation>%1 thuộc hồ sơ %2 đã hủy: dòng sổ giữ nguyên như cũ.</translation>
    </message>
    <message>
        <source>%1 is kept in dossier %2, handed over to the archive under record %3: it no longer changes.</source>
        <translation>%1 thuộc hồ sơ %2 đã nộp lưu theo biên bản %3: không sửa đổi được nữa.</translation>
    </message>
</context>
<context>
    <name>ArchivePapers</name>
    <message>
        <source>There is no dossier in those years.</source>
        <translation>Không có hồ sơ nào trong những năm đó.</translation>
    </message>
    <message>
        <source>The dossier list of %1 has no dossier yet: add them, or draft it from an earlier year&apos;s.</source>
        <translation>Danh mục hồ sơ năm %1 chưa có hồ sơ nào: thêm hồ sơ, hoặc lập danh mục từ danh mục năm trước.</translation>
    </message>
</context>
<context>
    <name>ArchivePrint</name>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
</context>
<context>
    <name>ArchivePrintout</name>
    <message>
        <source>Choose one dossier.</source>
        <translation>Hãy chọn một hồ sơ.</translation>
    </message>
</context>
<context>
    <name>ArchiveRecords</name>
    <message>
        <source>No dossier was handed over under record %1.</source>
        <translation>Không có hồ sơ nào nộp lưu theo biên bản số %1.</translation>
    </message>
    <message>
        <source>No dossier past its retention is waiting for the council&apos;s decision; a decided destruction&apos;s papers are printed by its number.</source>
        <translation>Không có hồ sơ hết thời hạn bảo quản nào đang chờ hội đồng quyết định; giấy tờ của một đợt hủy đã có quyết định được in theo số của nó.</translation>
    </message>
</context>
<context>
    <name>AssetCategories</name>
    <message>
        <source>%1 (to be checked)</source>
        <translation>%1 (cần đối chiếu)</translation>
    </message>
    <message>
        <source>The table of asset categories has no row %1.</source>
        <translation>Bảng danh mục loại tài sản không có dòng %1.</translation>
    </message>
    <message>
        <source>Each asset category needs its own code and a name.</source>
        <translation>Mỗi loại tài sản cần có mã riêng và tên.</translation>
    </message>
    <message>
        <source>The code prefix of category %1 is one to eight capital letters or digits (MT, NHA).</source>
        <translation>Tiền tố mã của loại %1 gồm một đến tám chữ in hoa hoặc chữ số (MT, NHA).</translation>
    </message>
    <message>
        <source>Category %1: the useful life is 0 to 200 years and the rate 0 to 100 %.</source>
        <translation>Loại %1: thời gian sử dụng từ 0 đến 200 năm, tỷ lệ hao mòn từ 0 đến 100 %.</translation>
    </message>
    <message>
        <source>Category %1 has items in the register and cannot be removed.</source>
        <translation>Loại %1 đang có tài sản trong sổ nên không xóa được.</translation>
    </message>
</context>
<context>
    <name>AssetImport</name>
    <message>
        <source>No category of the table is &quot;%1&quot;.</source>
        <translation>Bảng danh mục không có loại &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the day it was put into use (dd/MM/yyyy).</source>
        <translation>&quot;%1&quot; không phải ngày đưa vào sử dụng (dd/MM/yyyy).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an original cost in whole đồng.</source>
        <translation>&quot;%1&quot; không phải nguyên giá là số đồng chẵn.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an accumulated depreciation in whole đồng.</source>
        <translation>&quot;%1&quot; không phải hao mòn lũy kế là số đồng chẵn.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a yearly rate (20, 6,67).</source>
        <translation>&quot;%1&quot; không phải tỷ lệ hao mòn một năm (20, 6,67).</translation>
    </message>
    <message>
        <source>The code %1 is on another row too.</source>
        <translation>Mã %1 trùng với một dòng khác.</translation>
    </message>
    <message>
        <source>The register already has an item with the code %1.</source>
        <translation>Sổ đã có tài sản mang mã %1.</translation>
    </message>
    <message>
        <source>The depreciation up to %1 is locked: give the accumulated depreciation up to then.</source>
        <translation>Hao mòn đến năm %1 đã khóa sổ: hãy ghi hao mòn lũy kế đến hết năm đó.</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the rows with errors and try again.</source>
        <translation>Chưa nhập dòng nào: hãy sửa các dòng có lỗi rồi thử lại.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Chưa nhập dòng nào: %1</translation>
    </message>
    <message>
        <source>This item left the register (%1): take the row out of the sheet, or enter it and record what became of it.</source>
        <translation>Tài sản này đã ghi giảm (%1): hãy bỏ dòng này khỏi bảng tính, hoặc nhập rồi ghi nghiệp vụ giảm tương ứng.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the year the accumulated depreciation counts to.</source>
        <translation>&quot;%1&quot; không phải năm tính hao mòn lũy kế.</translation>
    </message>
    <message>
        <source>Acquired in %1, it cannot carry depreciation accumulated to the end of %2.</source>
        <translation>Tài sản đưa vào sử dụng năm %1 không thể có hao mòn lũy kế đến hết năm %2.</translation>
    </message>
</context>
<context>
    <name>AssetInventory</name>
    <message>
        <source>There is no inventory %1.</source>
        <translation>Không có đợt kiểm kê số %1.</translation>
    </message>
    <message>
        <source>No inventory is open: start one first.</source>
        <translation>Chưa có đợt kiểm kê nào đang mở: hãy bắt đầu kiểm kê trước.</translation>
    </message>
    <message>
        <source>The inventory&apos;s day is a day up to today.</source>
        <translation>Ngày kiểm kê không được sau ngày hôm nay.</translation>
    </message>
    <message>
        <source>Name the inventory committee: two members at least.</source>
        <translation>Hãy ghi thành phần Tổ kiểm kê: ít nhất hai người.</translation>
    </message>
    <message>
        <source>The inventory of %1 is still open: close it first.</source>
        <translation>Đợt kiểm kê ngày %1 vẫn đang mở: hãy kết thúc đợt đó trước.</translation>
    </message>
    <message>
        <source>An item is marked found, found elsewhere, damaged or missing.</source>
        <translation>Tài sản được đánh dấu có đúng nơi, có ở nơi khác, hư hỏng hoặc không thấy.</translation>
    </message>
    <message>
        <source>Say where %1 was found.</source>
        <translation>Hãy ghi nơi tìm thấy %1.</translation>
    </message>
    <message>
        <source>%1 is not in this inventory: the register has no such item in use. An item found that the register does not hold is added as an extra.</source>
        <translation>%1 không có trong đợt kiểm kê này: sổ không có tài sản đang quản lý mang mã đó. Tài sản phát hiện ngoài sổ được ghi là tài sản thừa.</translation>
    </message>
    <message>
        <source>An extra needs its name and category.</source>
        <translation>Tài sản thừa cần có tên và loại.</translation>
    </message>
    <message>
        <source>The value of an extra is a whole number of đồng from 0 to %1.</source>
        <translation>Giá trị tài sản thừa là số đồng chẵn từ 0 đến %1.</translation>
    </message>
    <message>
        <source>The inventory closes on a day from %1 to today.</source>
        <translation>Ngày kết thúc kiểm kê từ ngày %1 đến hôm nay.</translation>
    </message>
    <message>
        <source>Give the inventory record&apos;s number.</source>
        <translation>Hãy ghi số biên bản kiểm kê.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not checked yet: mark them, or mark the rest missing.</source>
        <translation>
            <numerusform>Còn %n tài sản chưa kiểm: hãy đánh dấu, hoặc ghi các tài sản còn lại là không thấy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) missing: give the decision that writes them off as lost.</source>
        <translation>
            <numerusform>Có %n tài sản không thấy: hãy ghi quyết định xử lý ghi giảm do mất.</numerusform>
        </translation>
    </message>
    <message>
        <source>Inventory of %1</source>
        <translation>Kiểm kê ngày %1</translation>
    </message>
    <message>
        <source>Found in excess by the inventory of %1</source>
        <translation>Phát hiện thừa khi kiểm kê ngày %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Chưa kiểm</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Có đúng nơi</translation>
    </message>
    <message>
        <source>Elsewhere: %1</source>
        <translation>Ở nơi khác: %1</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Hư hỏng</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Không thấy</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>Thừa</translation>
    </message>
    <message>
        <source>%1, record %2</source>
        <translation>%1, biên bản %2</translation>
    </message>
    <message>
        <source>No inventory has been started.</source>
        <translation>Chưa có đợt kiểm kê nào.</translation>
    </message>
</context>
<context>
    <name>AssetLabels</name>
    <message>
        <source>There is no item to label.</source>
        <translation>Không có tài sản nào để in nhãn.</translation>
    </message>
    <message>
        <source>The PDF file %1 cannot be written.</source>
        <translation>Không ghi được tệp PDF %1.</translation>
    </message>
    <message>
        <source>The labels could not be drawn.</source>
        <translation>Không vẽ được nhãn.</translation>
    </message>
</context>
<context>
    <name>AssetListing</name>
    <message>
        <source>Fixed asset</source>
        <translation>Tài sản cố định</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Công cụ, dụng cụ</translation>
    </message>
    <message>
        <source>State budget</source>
        <translation>Ngân sách nhà nước</translation>
    </message>
    <message>
        <source>Other sources</source>
        <translation>Nguồn khác</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Sổ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Ngày sử dụng</translation>
    </message>
    <message>
        <source>Original cost</source>
        <translation>Nguyên giá</translation>
    </message>
    <message>
        <source>Book value</source>
        <translation>Giá trị còn lại</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Nơi sử dụng</translation>
    </message>
    <message>
        <source>Keeper</source>
        <translation>Người sử dụng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Nguồn kinh phí</translation>
    </message>
</context>
<context>
    <name>AssetMovements</name>
    <message>
        <source>Handed over</source>
        <translation>Bàn giao</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>Sửa chữa</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Chuyển tình trạng</translation>
    </message>
    <message>
        <source>Upgraded</source>
        <translation>Nâng cấp</translation>
    </message>
    <message>
        <source>Revalued</source>
        <translation>Đánh giá lại</translation>
    </message>
    <message>
        <source>Disposed of</source>
        <translation>Đã thanh lý</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Đã mất</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>Đã điều chuyển</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Đang sử dụng</translation>
    </message>
    <message>
        <source>Under repair</source>
        <translation>Đang sửa chữa</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Không sử dụng</translation>
    </message>
    <message>
        <source>Give the day it happened.</source>
        <translation>Hãy ghi ngày phát sinh.</translation>
    </message>
    <message>
        <source>The day it happened (%1) is after today.</source>
        <translation>Ngày phát sinh (%1) sau ngày hôm nay.</translation>
    </message>
    <message>
        <source>%1 was acquired on %2: nothing happened to it before.</source>
        <translation>%1 đưa vào sử dụng ngày %2: không có biến động nào trước ngày đó.</translation>
    </message>
    <message>
        <source>%1 left the register (%2 on %3).</source>
        <translation>%1 đã ghi giảm khỏi sổ (%2 ngày %3).</translation>
    </message>
    <message>
        <source>An amount is a whole number of đồng from 0 to %1.</source>
        <translation>Số tiền là số đồng chẵn từ 0 đến %1.</translation>
    </message>
    <message>
        <source>Say the room or the keeper %1 is handed over to.</source>
        <translation>Hãy ghi nơi sử dụng hoặc người nhận bàn giao %1.</translation>
    </message>
    <message>
        <source>Say what was repaired.</source>
        <translation>Hãy ghi nội dung sửa chữa.</translation>
    </message>
    <message>
        <source>An item is put in use, under repair or idle; its disposal, loss or transfer is recorded as such.</source>
        <translation>Tài sản chỉ chuyển sang đang sử dụng, đang sửa chữa hoặc chưa sử dụng; thanh lý, mất, điều chuyển được ghi bằng nghiệp vụ riêng.</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 đã ở tình trạng %2.</translation>
    </message>
    <message>
        <source>Give the cost the upgrade added.</source>
        <translation>Hãy ghi số tiền nâng cấp làm tăng nguyên giá.</translation>
    </message>
    <message>
        <source>Give the decision or invoice of the upgrade.</source>
        <translation>Hãy ghi quyết định hoặc hóa đơn nâng cấp.</translation>
    </message>
    <message>
        <source>The life left is a number of years, up to 100.</source>
        <translation>Thời gian sử dụng còn lại là số năm, tối đa 100.</translation>
    </message>
    <message>
        <source>The cost would exceed %1.</source>
        <translation>Nguyên giá sẽ vượt quá %1.</translation>
    </message>
    <message>
        <source>Give the cost the revaluation set.</source>
        <translation>Hãy ghi nguyên giá sau đánh giá lại.</translation>
    </message>
    <message>
        <source>Give the decision of the revaluation.</source>
        <translation>Hãy ghi quyết định đánh giá lại.</translation>
    </message>
    <message>
        <source>The accumulated depreciation a revaluation sets is from 0 to its new cost.</source>
        <translation>Hao mòn lũy kế sau đánh giá lại từ 0 đến nguyên giá mới.</translation>
    </message>
    <message>
        <source>Give the decision that disposes of %1.</source>
        <translation>Hãy ghi quyết định thanh lý %1.</translation>
    </message>
    <message>
        <source>Give the record that states the loss of %1.</source>
        <translation>Hãy ghi biên bản xác nhận việc mất %1.</translation>
    </message>
    <message>
        <source>Give the decision and the body %1 is transferred to.</source>
        <translation>Hãy ghi quyết định và đơn vị nhận điều chuyển %1.</translation>
    </message>
    <message>
        <source>There is no movement %1.</source>
        <translation>Không có biến động số %1.</translation>
    </message>
    <message>
        <source>The latest movement of %1 is dated %2: movements are recorded in order, from that day on.</source>
        <translation>Biến động gần nhất của %1 ghi ngày %2: các biến động được ghi theo thứ tự thời gian, từ ngày đó trở đi.</translation>
    </message>
    <message>
        <source>The new cost (%1) is below the depreciation accumulated (%2): give the accumulated depreciation the decision sets.</source>
        <translation>Nguyên giá mới (%1) thấp hơn hao mòn lũy kế (%2): hãy ghi hao mòn lũy kế theo quyết định.</translation>
    </message>
    <message>
        <source>Record %1 is already the record of another act (dated %2): one record, one act. Give this one its own number.</source>
        <translation>Biên bản %1 đã là biên bản của một nghiệp vụ khác (ngày %2): mỗi biên bản một nghiệp vụ. Hãy ghi số biên bản riêng.</translation>
    </message>
</context>
<context>
    <name>AssetPapers</name>
    <message>
        <source>The register changed after the depreciation of %1 was computed: compute it again before printing its table.</source>
        <translation>Sổ tài sản đã thay đổi sau khi tính hao mòn năm %1: hãy tính lại trước khi in bảng tính.</translation>
    </message>
    <message>
        <source>The register has no fixed asset.</source>
        <translation>Sổ chưa có tài sản cố định nào.</translation>
    </message>
    <message>
        <source>The register has no tool.</source>
        <translation>Sổ chưa có công cụ, dụng cụ nào.</translation>
    </message>
    <message>
        <source>The register has no item in use.</source>
        <translation>Sổ chưa có tài sản nào đang quản lý.</translation>
    </message>
    <message>
        <source>No item was handed over under record %1.</source>
        <translation>Không có tài sản nào bàn giao theo biên bản %1.</translation>
    </message>
    <message>
        <source>No item was disposed of under record %1.</source>
        <translation>Không có tài sản nào thanh lý theo biên bản %1.</translation>
    </message>
    <message>
        <source>The register changed after the depreciation of %1 was computed: compute it again before printing the book.</source>
        <translation>Sổ tài sản đã thay đổi sau khi tính hao mòn năm %1: hãy tính lại trước khi in sổ.</translation>
    </message>
</context>
<context>
    <name>AssetPrint</name>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Nhãn tài sản</translation>
    </message>
    <message>
        <source>There is no item to label.</source>
        <translation>Không có tài sản nào để in nhãn.</translation>
    </message>
    <message numerus="yes">
        <source>Asset labels (%n)</source>
        <translation>
            <numerusform>Nhãn tài sản (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu PDF</translation>
    </message>
    <message>
        <source>asset-labels.pdf</source>
        <translation>nhan-tai-san.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>AssetRegister</name>
    <message>
        <source>An asset&apos;s code is up to 30 letters, digits, dots, dashes or slashes, without spaces or marks (MT-0003).</source>
        <translation>Mã tài sản gồm tối đa 30 chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch chéo, không có khoảng trắng (MT-0003).</translation>
    </message>
    <message>
        <source>Give the item&apos;s name.</source>
        <translation>Hãy ghi tên tài sản.</translation>
    </message>
    <message>
        <source>Give the day the item was acquired.</source>
        <translation>Hãy ghi ngày đưa tài sản vào sử dụng.</translation>
    </message>
    <message>
        <source>The day the item was acquired (%1) is after today.</source>
        <translation>Ngày đưa vào sử dụng (%1) sau ngày hôm nay.</translation>
    </message>
    <message>
        <source>An item&apos;s own rate is from 0 to 100 % a year.</source>
        <translation>Tỷ lệ hao mòn riêng của tài sản từ 0 đến 100 % một năm.</translation>
    </message>
    <message>
        <source>The year of the opening depreciation is from the year of acquisition to this year.</source>
        <translation>Năm chốt hao mòn chuyển sang phải từ năm đưa vào sử dụng đến năm nay.</translation>
    </message>
    <message>
        <source>The depreciation accumulated before (%1) cannot exceed the original cost (%2).</source>
        <translation>Hao mòn lũy kế chuyển sang (%1) không được lớn hơn nguyên giá (%2).</translation>
    </message>
    <message>
        <source>Say up to which year the accumulated depreciation brought in was counted.</source>
        <translation>Hãy ghi hao mòn lũy kế chuyển sang được tính đến hết năm nào.</translation>
    </message>
    <message>
        <source>The depreciation up to %1 is locked and this item was acquired in %2: give the depreciation it had accumulated up to the end of %1 (from the earlier books).</source>
        <translation>Hao mòn đến năm %1 đã khóa sổ mà tài sản này đưa vào sử dụng năm %2: hãy ghi hao mòn lũy kế của nó đến hết năm %1 (theo sổ sách trước đây).</translation>
    </message>
    <message>
        <source>An item enters the register in use, under repair or idle; its disposal or loss is recorded after.</source>
        <translation>Tài sản ghi vào sổ ở tình trạng đang sử dụng, đang sửa chữa hoặc chưa sử dụng; việc thanh lý, mất được ghi sau.</translation>
    </message>
    <message>
        <source>The register already has an item with the code %1.</source>
        <translation>Sổ đã có tài sản mang mã %1.</translation>
    </message>
    <message>
        <source>Say why the item is corrected: the reason stays in its history.</source>
        <translation>Hãy ghi lý do sửa: lý do được lưu trong lịch sử của tài sản.</translation>
    </message>
    <message>
        <source>An item keeps a code.</source>
        <translation>Tài sản phải có mã.</translation>
    </message>
    <message>
        <source>A locked year&apos;s depreciation table holds this item: its acquisition, original cost and opening values stay. Record an upgrade or a revaluation instead.</source>
        <translation>Tài sản này có trong bảng tính hao mòn của năm đã khóa sổ: ngày sử dụng, nguyên giá và số chuyển sang được giữ nguyên. Hãy ghi nâng cấp hoặc đánh giá lại.</translation>
    </message>
    <message>
        <source>The original cost cannot fall below what a revaluation set.</source>
        <translation>Nguyên giá không thể thấp hơn mức đánh giá lại đã ghi.</translation>
    </message>
    <message>
        <source>The register has no item %1.</source>
        <translation>Sổ không có tài sản số %1.</translation>
    </message>
    <message>
        <source>The register has no item with the code %1.</source>
        <translation>Sổ không có tài sản mang mã %1.</translation>
    </message>
    <message>
        <source>The original cost is a whole number of đồng from 1 to %1.</source>
        <translation>Nguyên giá là số đồng chẵn từ 1 đến %1.</translation>
    </message>
    <message>
        <source>%1 has a movement dated %2: it was acquired by then.</source>
        <translation>%1 có biến động ngày %2: ngày đưa vào sử dụng phải trước ngày đó.</translation>
    </message>
</context>
<context>
    <name>AssetRules</name>
    <message>
        <source>By months in use: the year an item comes in counts from its month, the year it goes up to the month before.</source>
        <translation>Theo số tháng sử dụng: năm tăng tính từ tháng đưa vào sử dụng, năm giảm tính đến tháng trước tháng ghi giảm.</translation>
    </message>
    <message>
        <source>Whole years for the items held on 31 December: an item bought during the year takes the whole year, one disposed of or lost during the year takes nothing that year.</source>
        <translation>Tròn năm cho tài sản hiện có đến ngày 31/12: tài sản tăng trong năm tính hao mòn cả năm, tài sản thanh lý hoặc mất trong năm không tính hao mòn năm đó.</translation>
    </message>
    <message>
        <source>The threshold of a fixed asset is an amount of đồng and a number of years.</source>
        <translation>Tiêu chuẩn tài sản cố định là một số tiền (đồng) và một số năm sử dụng.</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>The document does not exist.</source>
        <translation>Không có văn bản này.</translation>
    </message>
    <message>
        <source>This document&apos;s files are above your clearance.</source>
        <translation>Tệp của văn bản này vượt mức tiếp cận của bạn.</translation>
    </message>
    <message>
        <source>Files belong to incoming or outgoing documents.</source>
        <translation>Tệp đính kèm thuộc văn bản đến hoặc văn bản đi.</translation>
    </message>
    <message>
        <source>A file must be between 1 byte and %1 MB.</source>
        <translation>Tệp phải có dung lượng từ 1 byte đến %1 MB.</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>Không có tệp này.</translation>
    </message>
    <message>
        <source>The stored file does not match its checksum.</source>
        <translation>Tệp đã lưu không khớp mã kiểm tra.</translation>
    </message>
    <message>
        <source>a scan</source>
        <translation>bản quét</translation>
    </message>
    <message>
        <source>Only scans and finished documents are kept: PDF, PNG, JPEG, TIFF, ODT or DOCX files.</source>
        <translation>Chỉ lưu bản quét và văn bản đã hoàn chỉnh: tệp PDF, PNG, JPEG, TIFF, ODT hoặc DOCX.</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>The document of %1</source>
        <translation>Văn bản có tệp %1</translation>
    </message>
</context>
<context>
    <name>AttendanceBook</name>
    <message>
        <source>A guest needs a name.</source>
        <translation>Khách mời cần có họ tên.</translation>
    </message>
    <message>
        <source>Give the reason for the absence; the minutes record it.</source>
        <translation>Hãy ghi lý do vắng mặt; biên bản phải ghi lý do.</translation>
    </message>
    <message>
        <source>There is no such attendee.</source>
        <translation>Không có người dự họp này.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Give the time the member came in.</source>
        <translation>Hãy cho giờ đồng chí đến.</translation>
    </message>
    <message>
        <source>The meeting began at %1: a late arrival comes after that.</source>
        <translation>Cuộc họp bắt đầu lúc %1: giờ đến muộn phải sau giờ đó.</translation>
    </message>
    <message>
        <source>The meeting ended at %1: a member who came in at %2 did not attend it.</source>
        <translation>Cuộc họp kết thúc lúc %1: đồng chí đến lúc %2 không dự cuộc họp này.</translation>
    </message>
    <message>
        <source>%1 is still to come: give the time the member came in.</source>
        <translation>%1 là thời điểm chưa tới: hãy cho giờ đồng chí đã đến.</translation>
    </message>
</context>
<context>
    <name>AuditCrossCheck</name>
    <message>
        <source>Row &quot;%1&quot; of %2 was written without any audit log entry.</source>
        <translation>Dòng &quot;%1&quot; của bảng %2 được ghi mà không có mục nào trong nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>Row &quot;%1&quot; of %2 exists, but the audit log&apos;s entry %3 removed it.</source>
        <translation>Dòng &quot;%1&quot; của bảng %2 vẫn còn, nhưng mục %3 của nhật ký kiểm tra đã xóa nó.</translation>
    </message>
    <message>
        <source>Row &quot;%1&quot; of %2 has %3 = &quot;%4&quot;, but the audit log&apos;s latest entry for it (%5) says &quot;%6&quot;: the row was changed outside the application, or copied back from an older copy of the file.</source>
        <translation>Dòng &quot;%1&quot; của bảng %2 có %3 = &quot;%4&quot;, nhưng mục mới nhất của nhật ký kiểm tra cho dòng này (%5) ghi &quot;%6&quot;: dòng đã bị sửa ngoài phần mềm, hoặc bị chép lại từ một bản cũ hơn của tệp.</translation>
    </message>
    <message>
        <source>Row &quot;%1&quot; of %2 is missing, but the audit log never removed it.</source>
        <translation>Dòng &quot;%1&quot; của bảng %2 bị mất, nhưng nhật ký kiểm tra chưa từng xóa nó.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log cannot be read.</source>
        <translation>Không đọc được nhật ký thay đổi.</translation>
    </message>
    <message>
        <source>Audit log entries before number %1 are missing.</source>
        <translation>Thiếu các mục nhật ký thay đổi trước mục số %1.</translation>
    </message>
    <message>
        <source>Audit log entry number %1 has been altered.</source>
        <translation>Mục nhật ký thay đổi số %1 đã bị sửa đổi.</translation>
    </message>
    <message>
        <source>The newest audit log entries have been removed (expected %1, found %2).</source>
        <translation>Các mục mới nhất của nhật ký thay đổi đã bị xóa (cần có %1, chỉ thấy %2).</translation>
    </message>
    <message>
        <source>Audit log entry number %1 is not signed, though the entries before it are: it was written outside the application.</source>
        <translation>Mục nhật ký thay đổi số %1 không có chữ ký, trong khi các mục trước nó đều có: mục này được ghi từ bên ngoài chương trình.</translation>
    </message>
    <message>
        <source>Audit log entry number %1 has a signature that does not match it.</source>
        <translation>Chữ ký của mục nhật ký thay đổi số %1 không khớp với nội dung của mục.</translation>
    </message>
    <message>
        <source>(recovery code)</source>
        <translation>(mã khôi phục)</translation>
    </message>
    <message>
        <source>Audit log entry number %1 registers a signing key but is not signed: the application always signs these, so the log&apos;s signatures were removed with a tool.</source>
        <translation>Mục nhật ký thay đổi số %1 ghi nhận một khóa ký nhưng không có chữ ký: chương trình luôn ký các mục này, vậy chữ ký của nhật ký đã bị gỡ bằng công cụ.</translation>
    </message>
</context>
<context>
    <name>AuditSignatures</name>
    <message>
        <source>Audit log entry %1 gives %2 a new signing key, but %3 could not do that: someone may be writing entries in another user&apos;s name.</source>
        <translation>Mục nhật ký thay đổi số %1 cấp khóa ký mới cho %2, nhưng %3 không có quyền làm việc đó: có thể có người đang ghi nhật ký dưới tên người dùng khác.</translation>
    </message>
    <message>
        <source>Audit log entry %1 is in the name of %2, but is signed with a key the log never gave %2: someone else wrote it.</source>
        <translation>Mục nhật ký thay đổi số %1 mang tên %2, nhưng được ký bằng một khóa mà nhật ký chưa từng cấp cho %2: người khác đã ghi mục này.</translation>
    </message>
    <message>
        <source>Audit log entry %1 is in the name of %2, but is signed with %3&apos;s key: %3 wrote it.</source>
        <translation>Mục nhật ký thay đổi số %1 mang tên %2, nhưng được ký bằng khóa của %3: %3 đã ghi mục này.</translation>
    </message>
    <message numerus="yes">
        <source>%n more audit log entries signed by someone other than their writer.</source>
        <translation>
            <numerusform>Còn %n mục nhật ký thay đổi khác được ký bởi người không phải người ghi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log entry %1 has a signature that does not match it.</source>
        <translation>Chữ ký của mục nhật ký thay đổi số %1 không khớp với nội dung của mục.</translation>
    </message>
    <message>
        <source>Audit log entry %1 is in the name of %2, who has no account.</source>
        <translation>Mục nhật ký thay đổi số %1 mang tên %2, người không có tài khoản.</translation>
    </message>
    <message>
        <source>Audit log entry %1 changes the account of %2, but %3 was not an office chief then.</source>
        <translation>Mục nhật ký thay đổi số %1 sửa tài khoản của %2, nhưng khi đó %3 không phải là Chánh Văn phòng.</translation>
    </message>
    <message>
        <source>Audit log entry %1 makes a key for %2 content, but %3 was not cleared for it: the key is not used.</source>
        <translation>Mục nhật ký kiểm tra %1 tạo một khóa cho nội dung %2, nhưng %3 không được phép tiếp cận mức đó: khóa này không được dùng.</translation>
    </message>
    <message>
        <source>Audit log entry %1 does not match its MAC: it was rewritten outside the application, and is not believed.</source>
        <translation>Mục nhật ký kiểm tra %1 không khớp với mã xác thực (MAC) của nó: mục này đã bị viết lại ngoài chương trình và không được tin.</translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <source>The backup does not open for %1 with this password (it may be an older password, or you had no account when it was made).</source>
        <translation>Bản sao lưu không mở được cho %1 bằng mật khẩu này (có thể là mật khẩu cũ hơn, hoặc khi sao lưu bạn chưa có tài khoản).</translation>
    </message>
    <message>
        <source>The backup and the office file are the same file.</source>
        <translation>Bản sao lưu và tệp dữ liệu văn phòng là cùng một tệp.</translation>
    </message>
    <message>
        <source>%1 is a meeting package, not a backup: bring it back with Import instead.</source>
        <translation>%1 là gói hội nghị, không phải bản sao lưu: hãy mang về bằng chức năng Nhập gói.</translation>
    </message>
    <message>
        <source>%1 is a backup of another office&apos;s file; it is not restored here.</source>
        <translation>%1 là bản sao lưu của văn phòng khác; không khôi phục vào đây.</translation>
    </message>
    <message>
        <source>The backup failed its check: %1</source>
        <translation>Bản sao lưu không qua được kiểm tra: %1</translation>
    </message>
    <message>
        <source>The backup could not be copied next to %1.</source>
        <translation>Không sao chép được bản sao lưu vào cạnh %1.</translation>
    </message>
    <message>
        <source>restored from %1; users kept as %2</source>
        <translation>khôi phục từ %1; người dùng giữ như %2</translation>
    </message>
    <message>
        <source>in the current file</source>
        <translation>trong tệp hiện tại</translation>
    </message>
    <message>
        <source>in the backup</source>
        <translation>trong bản sao lưu</translation>
    </message>
    <message>
        <source>The file is in use by another program. Close it there and try again.</source>
        <translation>Tệp đang được chương trình khác sử dụng. Hãy đóng ở đó rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplates</name>
    <message>
        <source>Say what the step is.</source>
        <translation>Hãy nói bước việc là gì.</translation>
    </message>
    <message>
        <source>A step is due at most %1 days before or after the meeting.</source>
        <translation>Hạn của một bước việc không quá %1 ngày trước hoặc sau ngày họp.</translation>
    </message>
    <message>
        <source>There is no checklist step %1.</source>
        <translation>Không có bước việc số %1.</translation>
    </message>
</context>
<context>
    <name>ClearanceKeys</name>
    <message>
        <source>You are not cleared for this secrecy level according to the file&apos;s audit log, so nothing can be sealed at it in your name.</source>
        <translation>Theo nhật ký kiểm tra của tệp, bạn không được phép tiếp cận độ mật này, nên không thể niêm phong nội dung ở độ mật đó dưới tên bạn.</translation>
    </message>
    <message>
        <source>This session holds no key for the secrecy level, so the content cannot be kept.</source>
        <translation>Phiên làm việc này không có khóa của độ mật đó, nên không thể lưu nội dung.</translation>
    </message>
    <message>
        <source>(sealed with a key of its secrecy level that has not been given to you yet: it is given at the next sign-in of someone who holds it, such as the office chief)</source>
        <translation>(được niêm phong bằng khóa của độ mật này, khóa chưa được trao cho bạn: khóa sẽ được trao khi người đang giữ khóa, ví dụ Chánh Văn phòng, đăng nhập lần tới)</translation>
    </message>
    <message>
        <source>The file holds a key for %1 content (version %2) that no one cleared for it made: it was put there with a tool, and is not used. Ask the office chief to check the file.</source>
        <translation>Tệp có một khóa cho nội dung %1 (phiên bản %2) không do người được phép tiếp cận mức đó tạo ra: nó đã được đưa vào bằng công cụ ngoài và không được dùng. Hãy báo Chánh Văn phòng kiểm tra tệp.</translation>
    </message>
    <message>
        <source>The key for %1 content (version %2) is sealed to &quot;%3&quot;, who is not cleared for it (or whose key slot is gone): it is withdrawn at the next sign-in of someone cleared for it.</source>
        <translation>Khóa cho nội dung %1 (phiên bản %2) đang được niêm phong cho &quot;%3&quot;, người không được phép tiếp cận mức đó (hoặc khe khóa không còn): khóa sẽ được thu hồi khi người được phép tiếp cận mức đó đăng nhập lần tới.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>Tùy chọn --%1 cần có giá trị.</translation>
    </message>
    <message>
        <source>Name the office file with --db FILE.</source>
        <translation>Hãy chỉ tệp dữ liệu văn phòng bằng --db TỆP.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Lệnh không có: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Lỗi: %1</translation>
    </message>
    <message>
        <source>Run vanphong-cli --help for the commands.</source>
        <translation>Chạy vanphong-cli --help để xem các lệnh.</translation>
    </message>
    <message>
        <source>No password: set VANPHONG_PASSWORD, pass --password-file FILE, or run in a terminal.</source>
        <translation>Chưa có mật khẩu: đặt VANPHONG_PASSWORD, dùng --password-file TỆP, hoặc chạy trong cửa sổ dòng lệnh.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Mật khẩu mới cho %1: </translation>
    </message>
    <message>
        <source>No new password: set VANPHONG_NEW_PASSWORD, pass --new-password-file FILE, or run in a terminal.</source>
        <translation>Chưa có mật khẩu mới: đặt VANPHONG_NEW_PASSWORD, dùng --new-password-file TỆP, hoặc chạy trong cửa sổ dòng lệnh.</translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation>Nhập lại mật khẩu mới: </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không giống nhau.</translation>
    </message>
    <message>
        <source>The file has several users: name yours with --user NAME.</source>
        <translation>Tệp có nhiều người dùng: hãy ghi tên của bạn bằng --user TÊN.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mật khẩu của %1: </translation>
    </message>
    <message>
        <source>Name the office chief&apos;s user with --user NAME.</source>
        <translation>Hãy ghi tên đăng nhập của Chánh Văn phòng bằng --user TÊN.</translation>
    </message>
    <message>
        <source>Created %1 for %2.</source>
        <translation>Đã tạo %1 cho %2.</translation>
    </message>
    <message>
        <source>Recovery code (shown only now; print it or write it down and keep it locked away):</source>
        <translation>Mã khôi phục (chỉ hiện lần này; hãy in hoặc chép lại và cất giữ cẩn mật):</translation>
    </message>
    <message>
        <source>VanPhong office file, format %1</source>
        <translation>Tệp dữ liệu văn phòng VanPhong, định dạng %1</translation>
    </message>
    <message>
        <source>Users with a key: %1</source>
        <translation>Người dùng có khóa: %1</translation>
    </message>
    <message>
        <source>Recovery code slot: %1</source>
        <translation>Có mã khôi phục: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Size: %1 bytes</source>
        <translation>Dung lượng: %1 byte</translation>
    </message>
    <message>
        <source>Warning: one of the two header copies is damaged; run verify.</source>
        <translation>Cảnh báo: một trong hai bản phần đầu tệp bị hỏng; hãy chạy lệnh verify.</translation>
    </message>
    <message>
        <source>Pages checked: %1, audit log entries: %2</source>
        <translation>Đã kiểm tra %1 trang, %2 mục nhật ký thay đổi</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Lỗi phát hiện: %1</translation>
    </message>
    <message>
        <source>The file is intact.</source>
        <translation>Tệp nguyên vẹn.</translation>
    </message>
    <message>
        <source>The file is damaged.</source>
        <translation>Tệp bị hỏng.</translation>
    </message>
    <message>
        <source>With a recovery code, name the user whose password to set with --user NAME.</source>
        <translation>Khi dùng mã khôi phục, hãy ghi người cần đặt lại mật khẩu bằng --user TÊN.</translation>
    </message>
    <message>
        <source>The password has been changed.</source>
        <translation>Đã đổi mật khẩu.</translation>
    </message>
    <message>
        <source>Say what to do: user list|add|remove|disable|reset.</source>
        <translation>Hãy nói việc cần làm: user list|add|remove|disable|reset.</translation>
    </message>
    <message>
        <source>Name the user: user %1 LOGIN.</source>
        <translation>Hãy ghi tên người dùng: user %1 TÊN.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>đã khóa</translation>
    </message>
    <message>
        <source>active</source>
        <translation>đang dùng</translation>
    </message>
    <message>
        <source>Give a role with --role: %1.</source>
        <translation>Hãy ghi vai trò bằng --role: %1.</translation>
    </message>
    <message>
        <source>The clearance is one of thuong, mat, toi-mat, tuyet-mat.</source>
        <translation>Mức được tiếp cận là một trong: thuong, mat, toi-mat, tuyet-mat.</translation>
    </message>
    <message>
        <source>Unknown user action: %1</source>
        <translation>Không có thao tác người dùng: %1</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Xong.</translation>
    </message>
    <message>
        <source>Name the backup file with --to FILE.</source>
        <translation>Hãy ghi tệp sao lưu bằng --to TỆP.</translation>
    </message>
    <message>
        <source>Backup written to %1 (encrypted, same users and passwords).</source>
        <translation>Đã sao lưu vào %1 (đã mã hóa, cùng người dùng và mật khẩu).</translation>
    </message>
    <message>
        <source>Name the backup to restore with --from FILE.</source>
        <translation>Hãy ghi bản sao lưu cần khôi phục bằng --from TỆP.</translation>
    </message>
    <message>
        <source>Every page has been encrypted under a new master key. Passwords are unchanged.</source>
        <translation>Mọi trang đã được mã hóa lại bằng khóa chính mới. Mật khẩu giữ nguyên.</translation>
    </message>
    <message>
        <source>Give KEY VALUE pairs; keys: %1.</source>
        <translation>Hãy ghi các cặp KHÓA GIÁ_TRỊ; các khóa: %1.</translation>
    </message>
    <message>
        <source>Unknown profile key: %1. Keys: %2.</source>
        <translation>Không có mục thông tin: %1. Các mục: %2.</translation>
    </message>
    <message>
        <source>Unknown profile action: %1</source>
        <translation>Không có thao tác: %1</translation>
    </message>
    <message>
        <source>The file given with --%1 cannot be read.</source>
        <translation>Không đọc được tệp ghi ở --%1.</translation>
    </message>
    <message>
        <source>Write dates as YYYY-MM-DD, for example 2026-03-05.</source>
        <translation>Hãy viết ngày theo dạng NNNN-TT-NN, ví dụ 2026-03-05.</translation>
    </message>
    <message>
        <source>--secret is one of mat, toi-mat, tuyet-mat.</source>
        <translation>--secret là một trong: mat, toi-mat, tuyet-mat.</translation>
    </message>
    <message>
        <source>--urgency is one of khan, thuong-khan, hoa-toc.</source>
        <translation>--urgency là một trong: khan, thuong-khan, hoa-toc.</translation>
    </message>
    <message>
        <source>This looks like incoming document %1/%2, registered already (same sender, symbol and date). Add --force to register it again.</source>
        <translation>Văn bản này có vẻ trùng văn bản đến số %1/%2 đã vào sổ (cùng cơ quan gửi, số ký hiệu và ngày). Thêm --force nếu vẫn muốn vào sổ lần nữa.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
    <message>
        <source>Incoming number %1/%2</source>
        <translation>Số đến %1/%2</translation>
    </message>
    <message>
        <source>--status is one of new, in-progress, done, filed, cancelled.</source>
        <translation>--status là một trong: new, in-progress, done, filed, cancelled.</translation>
    </message>
    <message>
        <source>Name the incoming document: incoming %1 NUMBER[/YEAR].</source>
        <translation>Hãy ghi văn bản đến: incoming %1 SỐ[/NĂM].</translation>
    </message>
    <message>
        <source>handed to %1 by %2 on %3 %4</source>
        <translation>chuyển cho %1, người chuyển %2, lúc %3 %4</translation>
    </message>
    <message>
        <source>answered by %1</source>
        <translation>được trả lời bằng văn bản %1</translation>
    </message>
    <message>
        <source>Unknown incoming action: %1</source>
        <translation>Không có thao tác văn bản đến: %1</translation>
    </message>
    <message>
        <source>Give the type of document with --type, for example NQ, QĐ, KL, TB, BC, CV.</source>
        <translation>Hãy ghi loại văn bản bằng --type, ví dụ NQ, QĐ, KL, TB, BC, CV.</translation>
    </message>
    <message>
        <source>--status is one of reserved, issued, released.</source>
        <translation>--status là một trong: reserved, issued, released.</translation>
    </message>
    <message>
        <source>Name the outgoing document by its symbol: outgoing %1 12-NQ/ĐU.</source>
        <translation>Hãy ghi văn bản đi bằng số ký hiệu: outgoing %1 12-NQ/ĐU.</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Thể thức: %1</translation>
    </message>
    <message>
        <source>Unknown outgoing action: %1</source>
        <translation>Không có thao tác văn bản đi: %1</translation>
    </message>
    <message>
        <source>Give the words to search for: search TEXT.</source>
        <translation>Hãy ghi từ cần tìm: search TỪ_KHÓA.</translation>
    </message>
    <message>
        <source>in</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>out</source>
        <translation>đang mượn</translation>
    </message>
    <message>
        <source>Give the day the term started with --starts YYYY-MM-DD.</source>
        <translation>Hãy ghi ngày bắt đầu nhiệm kỳ bằng --starts NNNN-TT-NN.</translation>
    </message>
    <message>
        <source>Say what to do: term add NAME --starts DATE, or term list.</source>
        <translation>Hãy nói việc cần làm: term add TÊN --starts NGÀY, hoặc term list.</translation>
    </message>
    <message>
        <source>Give the period with --from YYYY-MM-DD --to YYYY-MM-DD.</source>
        <translation>Hãy ghi khoảng thời gian bằng --from NNNN-TT-NN --to NNNN-TT-NN.</translation>
    </message>
    <message>
        <source>Name the PDF file to write with --pdf FILE.</source>
        <translation>Hãy ghi tệp PDF cần xuất bằng --pdf TỆP.</translation>
    </message>
    <message>
        <source>The PDF file %1 cannot be written.</source>
        <translation>Không ghi được tệp PDF %1.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 documents on %3 pages.</source>
        <translation>Đã xuất %1: %2 văn bản, %3 trang.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>Không ghi được tệp %1.</translation>
    </message>
    <message>
        <source>Wrote %1 documents to %2.</source>
        <translation>Đã xuất %1 văn bản vào %2.</translation>
    </message>
    <message>
        <source>Name a readable file to attach: incoming attach N FILE.</source>
        <translation>Hãy ghi tệp cần đính kèm: incoming attach SỐ TỆP.</translation>
    </message>
    <message>
        <source>Attached as file %1.</source>
        <translation>Đã đính kèm, tệp số %1.</translation>
    </message>
    <message>
        <source>Say which file and where: incoming extract N --file ID --to PATH.</source>
        <translation>Hãy ghi tệp nào và lưu ra đâu: incoming extract SỐ --file MÃ --to ĐƯỜNG_DẪN.</translation>
    </message>
    <message>
        <source>The mapping file cannot be read.</source>
        <translation>Không đọc được tệp ghép cột.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>All %1 rows can be imported.</source>
        <translation>Cả %1 dòng đều nhập được.</translation>
    </message>
    <message>
        <source>Imported %1 documents.</source>
        <translation>Đã nhập %1 văn bản.</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the rows above and try again.</source>
        <translation>Chưa nhập gì: hãy sửa các dòng trên rồi thử lại.</translation>
    </message>
    <message>
        <source>Name the file to write with --csv FILE, --xlsx FILE or --ods FILE.</source>
        <translation>Hãy nêu tệp cần ghi bằng --csv TỆP, --xlsx TỆP hoặc --ods TỆP.</translation>
    </message>
    <message>
        <source>Name a readable spreadsheet file: import %1 FILE.xlsx.</source>
        <translation>Hãy nêu một tệp bảng tính đọc được: import %1 TỆP.xlsx.</translation>
    </message>
    <message>
        <source>No column is mapped to: %1. Give a mapping with --mapping FILE.json.</source>
        <translation>Chưa có cột nào ứng với: %1. Hãy cho cách ghép cột bằng --mapping TỆP.json.</translation>
    </message>
    <message>
        <source>Hỏa tốc hẹn giờ needs its time: --by &quot;YYYY-MM-DD HH:MM&quot;.</source>
        <translation>Hỏa tốc hẹn giờ cần có giờ: --by &quot;YYYY-MM-DD HH:MM&quot;.</translation>
    </message>
    <message>
        <source>No term of the committee covers %1. Add it first: term add NAME --starts DATE.</source>
        <translation>Chưa có nhiệm kỳ nào bao gồm ngày %1. Hãy thêm trước: term add TÊN --starts NGÀY.</translation>
    </message>
    <message>
        <source>Member %1 added to %2.</source>
        <translation>Đã thêm đồng chí %1 vào %2.</translation>
    </message>
    <message>
        <source>--body is one of committee, standing, standing-members.</source>
        <translation>--body là một trong committee, standing, standing-members.</translation>
    </message>
    <message>
        <source>--kind is one of committee, standing, standing-members, extraordinary, thematic, congress.</source>
        <translation>--kind là một trong committee, standing, standing-members, extraordinary, thematic, congress.</translation>
    </message>
    <message>
        <source>Give the day and time: --date YYYY-MM-DD --time HH:MM.</source>
        <translation>Hãy cho ngày và giờ: --date YYYY-MM-DD --time HH:MM.</translation>
    </message>
    <message>
        <source>Meeting %1: %2, %3.</source>
        <translation>Cuộc họp %1: %2, %3.</translation>
    </message>
    <message>
        <source>Give the meeting&apos;s number: meeting %1 ID.</source>
        <translation>Hãy cho số của cuộc họp: meeting %1 SỐ.</translation>
    </message>
    <message>
        <source>Present %1 of %2 members; %3 needed to meet.</source>
        <translation>Có mặt %1 trên %2 thành viên; cần %3 để họp.</translation>
    </message>
    <message>
        <source> (late)</source>
        <translation> (quá hạn)</translation>
    </message>
    <message>
        <source>Attendance is one of present, absent, late.</source>
        <translation>Tình trạng dự họp là một trong present, absent, late.</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>khách mời</translation>
    </message>
    <message>
        <source>WARNING: not enough members present to hold the meeting.</source>
        <translation>CẢNH BÁO: không đủ số thành viên có mặt để tiến hành cuộc họp.</translation>
    </message>
    <message>
        <source>Guest %1 invited; the guest list needs the standing members&apos; approval.</source>
        <translation>Đã mời %1; danh sách khách mời cần Thường trực duyệt.</translation>
    </message>
    <message>
        <source>The agenda has no item %1.</source>
        <translation>Chương trình không có mục %1.</translation>
    </message>
    <message>
        <source>Say which agenda item the conclusion closes: --item N.</source>
        <translation>Hãy nói kết luận này cho mục nào của chương trình: --item SỐ.</translation>
    </message>
    <message>
        <source>--kind is one of presentation, speech, note.</source>
        <translation>--kind là một trong presentation, speech, note.</translation>
    </message>
    <message>
        <source>Written to the minutes.</source>
        <translation>Đã ghi vào biên bản.</translation>
    </message>
    <message>
        <source>Vote: %1 — for %2, against %3, abstaining %4</source>
        <translation>Biểu quyết: %1 — tán thành %2, không tán thành %3, không biểu quyết %4</translation>
    </message>
    <message>
        <source>Write the time the meeting ended as HH:MM, for example 11:30.</source>
        <translation>Hãy ghi giờ kết thúc cuộc họp theo dạng GIỜ:PHÚT, ví dụ 11:30.</translation>
    </message>
    <message>
        <source>Name the meeting and the file: report minutes --meeting ID --pdf FILE.</source>
        <translation>Hãy nêu cuộc họp và tệp: report minutes --meeting SỐ --pdf TỆP.</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Còn thiếu: %1</translation>
    </message>
    <message>
        <source>Wrote %1: the minutes in two copies, %2 pages.</source>
        <translation>Đã xuất %1: biên bản thành hai bản, %2 trang.</translation>
    </message>
    <message>
        <source>Follow-up task %1 recorded.</source>
        <translation>Đã ghi việc theo dõi số %1.</translation>
    </message>
    <message>
        <source>Name the meeting and the file: report %1 --meeting ID --pdf FILE.</source>
        <translation>Hãy nêu cuộc họp và tệp: report %1 --meeting SỐ --pdf TỆP.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 pages.</source>
        <translation>Đã xuất %1: %2 trang.</translation>
    </message>
    <message>
        <source>Paper %1 added%2.</source>
        <translation>Đã thêm tài liệu số %1%2.</translation>
    </message>
    <message>
        <source>; it is collected back at the end</source>
        <translation>; tài liệu được thu hồi khi kết thúc cuộc họp</translation>
    </message>
    <message>
        <source>Every recalled copy is back.</source>
        <translation>Đã thu hồi đủ mọi bản tài liệu.</translation>
    </message>
    <message>
        <source>Still missing: %1</source>
        <translation>Còn thiếu: %1</translation>
    </message>
    <message>
        <source>Password of the meeting package: </source>
        <translation>Mật khẩu của gói hội nghị: </translation>
    </message>
    <message>
        <source>Repeat the package&apos;s password: </source>
        <translation>Nhập lại mật khẩu của gói: </translation>
    </message>
    <message>
        <source>No package password: set VANPHONG_PACKAGE_PASSWORD, pass --package-password-file FILE, or run in a terminal.</source>
        <translation>Chưa có mật khẩu của gói: đặt VANPHONG_PACKAGE_PASSWORD, dùng --package-password-file TỆP, hoặc chạy trong cửa sổ dòng lệnh.</translation>
    </message>
    <message>
        <source>Name the package file: --package FILE.</source>
        <translation>Hãy nêu tệp gói: --package TỆP.</translation>
    </message>
    <message>
        <source>Say which meeting: meeting export ID --package FILE.</source>
        <translation>Hãy nói cuộc họp nào: meeting export SỐ --package TỆP.</translation>
    </message>
    <message>
        <source>Meeting package written to %1. On the laptop, open it in VanPhong as user %2 with the package&apos;s password.</source>
        <translation>Đã ghi gói hội nghị vào %1. Trên máy xách tay, mở gói trong VanPhong bằng tài khoản %2 với mật khẩu của gói.</translation>
    </message>
    <message>
        <source>--keep is office or package.</source>
        <translation>--keep là office (giữ bản văn phòng) hoặc package (lấy bản trong gói).</translation>
    </message>
    <message>
        <source>--choose takes the numbers of conflicts, like 2=office,5=package.</source>
        <translation>--choose nhận số thứ tự các xung đột, ví dụ 2=office,5=package.</translation>
    </message>
    <message>
        <source>[CONFLICT] </source>
        <translation>[XUNG ĐỘT] </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for a choice: --keep office|package, or --choose N=office|package. Nothing was written.</source>
        <translation>
            <numerusform>Có %n xung đột chờ chọn: --keep office|package, hoặc --choose N=office|package. Chưa ghi gì.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked only (--dry-run); nothing was written.</source>
        <translation>Chỉ kiểm tra (--dry-run); chưa ghi gì.</translation>
    </message>
    <message>
        <source>The package brings no change back.</source>
        <translation>Gói không mang về thay đổi nào.</translation>
    </message>
    <message>
        <source>Meeting %1: %2 change(s) written, %3 kept as in the office.</source>
        <translation>Cuộc họp %1: đã ghi %2 thay đổi, giữ nguyên %3 theo bản văn phòng.</translation>
    </message>
    <message>
        <source>meeting template add --kind KIND --title TEXT --offset DAYS [--owner TEXT]: DAYS before (-5) or after (7) the meeting.</source>
        <translation>meeting template add --kind LOẠI --title TÊN --offset SỐ_NGÀY [--owner NGƯỜI]: SỐ_NGÀY trước (-5) hoặc sau (7) ngày họp.</translation>
    </message>
    <message>
        <source>Step %1 added to the checklist of %2.</source>
        <translation>Đã thêm bước việc %1 vào danh mục chuẩn bị %2.</translation>
    </message>
    <message>
        <source>--offset is a number of days: -5 before the meeting, 7 after.</source>
        <translation>--offset là số ngày: -5 là trước ngày họp, 7 là sau.</translation>
    </message>
    <message>
        <source>There is no checklist step %1; see meeting template list --kind KIND.</source>
        <translation>Không có bước việc số %1; xem meeting template list --kind LOẠI.</translation>
    </message>
    <message>
        <source>meeting template list --kind KIND | add --kind KIND --title TEXT --offset DAYS [--owner TEXT] | set ID [--title TEXT] [--offset DAYS] [--owner TEXT] | remove ID; KIND is committee, standing, standing-members, extraordinary, thematic or congress.</source>
        <translation>meeting template list --kind LOẠI | add --kind LOẠI --title TÊN --offset SỐ_NGÀY [--owner NGƯỜI] | set SỐ [--title TÊN] [--offset SỐ_NGÀY] [--owner NGƯỜI] | remove SỐ; LOẠI là committee, standing, standing-members, extraordinary, thematic hoặc congress.</translation>
    </message>
    <message>
        <source>Name the paper and a readable file: meeting attach ID PAPER FILE.</source>
        <translation>Hãy nêu tài liệu và một tệp đọc được: meeting attach SỐ TÀI_LIỆU TỆP.</translation>
    </message>
    <message>
        <source>Say which file and where: meeting extract ID --file N --to PATH.</source>
        <translation>Hãy nói tệp nào và lưu vào đâu: meeting extract SỐ --file N --to ĐƯỜNG_DẪN.</translation>
    </message>
    <message>
        <source>The meeting has no agenda item %1.</source>
        <translation>Cuộc họp không có mục chương trình %1.</translation>
    </message>
    <message>
        <source>--minutes is the planned time in minutes, e.g. 30.</source>
        <translation>--minutes là thời gian dự kiến tính bằng phút, ví dụ 30.</translation>
    </message>
    <message>
        <source>Agenda item %1 added.</source>
        <translation>Đã thêm mục chương trình %1.</translation>
    </message>
    <message>
        <source>The office chief chose your password: choose your own first with vanphong-cli passwd --db %1 --user %2</source>
        <translation>Mật khẩu của bạn do Chánh Văn phòng đặt: hãy tự đặt mật khẩu trước bằng vanphong-cli passwd --db %1 --user %2</translation>
    </message>
    <message>
        <source>The file has a new key: copies of its old key slots no longer open it. The recovery code is unchanged.</source>
        <translation>Tệp đã được đổi khóa: các bản sao khe khóa cũ không còn mở được tệp. Mã khôi phục giữ nguyên.</translation>
    </message>
    <message>
        <source>The file keeps its key until you run: vanphong-cli rekey --db FILE</source>
        <translation>Tệp giữ khóa cũ cho đến khi bạn chạy: vanphong-cli rekey --db TỆP</translation>
    </message>
    <message>
        <source>Active again as in the backup: %1</source>
        <translation>Hoạt động trở lại như trong bản sao lưu: %1</translation>
    </message>
    <message>
        <source>Removed or disabled since the backup, and kept so: %1</source>
        <translation>Đã bị xóa hoặc khóa sau khi sao lưu, và vẫn giữ như vậy: %1</translation>
    </message>
    <message>
        <source>Not active in the backup, so unable to sign in after it: %1</source>
        <translation>Không hoạt động trong bản sao lưu, nên sẽ không đăng nhập được sau khi khôi phục: %1</translation>
    </message>
    <message>
        <source> [REFUSED: %1]</source>
        <translation> [TỪ CHỐI: %1]</translation>
    </message>
    <message>
        <source>--limit takes a number of lines, 1 or more; --all lists every line.</source>
        <translation>--limit nhận số dòng, từ 1 trở lên; --all liệt kê mọi dòng.</translation>
    </message>
    <message>
        <source>Only the first %1 lines are listed; there are more. Use --limit N or --all.</source>
        <translation>Chỉ liệt kê %1 dòng đầu; còn nữa. Dùng --limit N hoặc --all.</translation>
    </message>
    <message>
        <source>Warning: this is the secret file, and this computer is connected to a network (%1). State secrets may be kept only on the office&apos;s standalone computer.</source>
        <translation>Cảnh báo: đây là tệp mật, và máy tính này đang kết nối mạng (%1). Bí mật nhà nước chỉ được lưu trên máy tính độc lập của văn phòng.</translation>
    </message>
    <message>
        <source>--pages and --copies take a number, 0 or more.</source>
        <translation>--pages và --copies nhận một số, từ 0 trở lên.</translation>
    </message>
    <message>
        <source>Incoming number %1/%2 corrected.</source>
        <translation>Đã sửa văn bản đến số %1/%2.</translation>
    </message>
    <message>
        <source>--copies takes a number, 0 or more.</source>
        <translation>--copies nhận một số, từ 0 trở lên.</translation>
    </message>
    <message>
        <source>%1 corrected.</source>
        <translation>Đã sửa %1.</translation>
    </message>
    <message>
        <source>Say what to do: incoming add|list|show|assign|done|reopen|edit|cancel|history.</source>
        <translation>Hãy nói việc cần làm: incoming add|list|show|assign|done|reopen|edit|cancel|history.</translation>
    </message>
    <message>
        <source>Name the incoming document by its number, as 12 or 12/2026 (M12/2026 in the secret register).</source>
        <translation>Hãy nêu văn bản đến bằng số đến, như 12 hoặc 12/2026 (M12/2026 trong sổ mật).</translation>
    </message>
    <message>
        <source>Password of the transfer file: </source>
        <translation>Mật khẩu của tệp chuyển: </translation>
    </message>
    <message>
        <source>Repeat the transfer file&apos;s password: </source>
        <translation>Nhập lại mật khẩu của tệp chuyển: </translation>
    </message>
    <message>
        <source>No transfer password: set VANPHONG_TRANSFER_PASSWORD, pass --transfer-password-file FILE, or run in a terminal.</source>
        <translation>Chưa có mật khẩu tệp chuyển: đặt VANPHONG_TRANSFER_PASSWORD, dùng --transfer-password-file TỆP, hoặc chạy trong cửa sổ lệnh.</translation>
    </message>
    <message>
        <source>Say what to do: transfer export --to FILE.vpchuyen, or transfer receive FILE.vpchuyen.</source>
        <translation>Hãy nói việc cần làm: transfer export --to TỆP.vpchuyen, hoặc transfer receive TỆP.vpchuyen.</translation>
    </message>
    <message>
        <source>%1 incoming and %2 outgoing lines written to %3. Carry it to the standalone computer and bring it into the secret file with: transfer receive FILE.</source>
        <translation>Đã ghi %1 dòng văn bản đến và %2 dòng văn bản đi vào %3. Hãy mang tệp sang máy tính độc lập và đưa vào tệp mật bằng lệnh: transfer receive TỆP.</translation>
    </message>
    <message>
        <source>Would bring in %1 incoming and %2 outgoing lines (exported by %3); %4 are here already.</source>
        <translation>Sẽ đưa vào %1 dòng văn bản đến và %2 dòng văn bản đi (do %3 xuất); %4 dòng đã có sẵn.</translation>
    </message>
    <message>
        <source>Brought in %1 incoming and %2 outgoing lines (exported by %3); %4 were here already.</source>
        <translation>Đã đưa vào %1 dòng văn bản đến và %2 dòng văn bản đi (do %3 xuất); %4 dòng đã có sẵn.</translation>
    </message>
    <message>
        <source>Fill in the excerpt of: %1</source>
        <translation>Hãy bổ sung trích yếu cho: %1</translation>
    </message>
    <message>
        <source>Restored %1 from %2. The replaced file was kept beside it as .replaced-DATE; the restored file has a new key, opened by today&apos;s passwords and recovery code (a user the backup alone knows keeps the password of then).</source>
        <translation>Đã khôi phục %1 từ %2. Tệp bị thay được giữ bên cạnh với tên .replaced-NGÀY; tệp khôi phục có khóa mới, mở bằng mật khẩu và mã khôi phục hiện nay (người dùng chỉ có trong bản sao lưu giữ mật khẩu lúc đó).</translation>
    </message>
    <message>
        <source>Meeting %1 has no paper %2; see meeting show %1.</source>
        <translation>Cuộc họp %1 không có tài liệu %2; xem meeting show %1.</translation>
    </message>
    <message>
        <source>Say which list: names %1 sender|recipient|assignee.</source>
        <translation>Hãy nói danh sách nào: names %1 sender|recipient|assignee.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n dòng</numerusform>
        </translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>lần cuối %1</translation>
    </message>
    <message>
        <source>also written: %1</source>
        <translation>còn viết là: %1</translation>
    </message>
    <message>
        <source>Give the day with --unused-since YYYY-MM-DD.</source>
        <translation>Hãy cho ngày bằng --unused-since YYYY-MM-DD.</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) removed from the list.</source>
        <translation>
            <numerusform>Đã bỏ %n tên khỏi danh sách.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the entry: names %1 %2 NAME.</source>
        <translation>Hãy nêu tên: names %1 %2 TÊN.</translation>
    </message>
    <message>
        <source>Added to the list: %1</source>
        <translation>Đã thêm vào danh sách: %1</translation>
    </message>
    <message>
        <source>Give the new spelling: names rename %1 OLD NEW.</source>
        <translation>Hãy cho cách viết mới: names rename %1 CŨ MỚI.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now written &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; nay được viết là &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Name the spelling to keep: names merge %1 FROM INTO.</source>
        <translation>Hãy nêu cách viết được giữ: names merge %1 FROM INTO.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; merged into &quot;%2&quot;; lines already registered keep what was written.</source>
        <translation>Đã gộp &quot;%1&quot; vào &quot;%2&quot;; các dòng đã vào sổ giữ nguyên như đã ghi.</translation>
    </message>
    <message>
        <source>Removed from the list: %1</source>
        <translation>Đã bỏ khỏi danh sách: %1</translation>
    </message>
    <message>
        <source>Unknown action: %1</source>
        <translation>Không rõ thao tác: %1</translation>
    </message>
    <message>
        <source>Name the group: group %1 NAME.</source>
        <translation>Hãy nêu tên nhóm: group %1 TÊN.</translation>
    </message>
    <message>
        <source>Give the members with --members &quot;A; B&quot;.</source>
        <translation>Hãy cho các thành viên bằng --members &quot;A; B&quot;.</translation>
    </message>
    <message>
        <source>Group &quot;%1&quot;: %2</source>
        <translation>Nhóm &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>There is no group named &quot;%1&quot;.</source>
        <translation>Không có nhóm nào tên &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Group removed: %1</source>
        <translation>Đã bỏ nhóm: %1</translation>
    </message>
    <message>
        <source>Say what to do: member add NAME | member list | member edit ID --reason TEXT.</source>
        <translation>Hãy nói cần làm gì: member add HỌ_TÊN | member list | member edit SỐ --reason LÝ_DO.</translation>
    </message>
    <message>
        <source>There is no member %1 in %2 (member list shows the numbers).</source>
        <translation>Không có cấp ủy viên số %1 trong %2 (member list cho biết các số).</translation>
    </message>
    <message>
        <source>The mapping file is not a JSON object such as {&quot;received&quot;: &quot;Ngày nhận&quot;}.</source>
        <translation>Tệp ghép cột không phải là một đối tượng JSON, ví dụ {&quot;received&quot;: &quot;Ngày nhận&quot;}.</translation>
    </message>
    <message>
        <source>Column titles on line %1.</source>
        <translation>Tiêu đề cột ở dòng %1.</translation>
    </message>
    <message>
        <source>  %1: column &quot;%2&quot;</source>
        <translation>  %1: cột &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Name a file to keep the new recovery code in with --recovery-file FILE, or run rekey in a terminal to confirm the code; the key was not changed.</source>
        <translation>Hãy chỉ định tệp để lưu mã khôi phục mới bằng --recovery-file TỆP, hoặc chạy rekey trong cửa sổ lệnh để xác nhận mã; khóa của tệp chưa đổi.</translation>
    </message>
    <message>
        <source>The recovery code cannot be written to %1; the key was not changed.</source>
        <translation>Không ghi được mã khôi phục vào %1; khóa của tệp chưa đổi.</translation>
    </message>
    <message>
        <source>New recovery code: write it down and keep it apart from the computer:</source>
        <translation>Mã khôi phục mới: hãy chép lại và cất giữ tách khỏi máy tính:</translation>
    </message>
    <message>
        <source>Type the new recovery code again to confirm: </source>
        <translation>Gõ lại mã khôi phục mới để xác nhận: </translation>
    </message>
    <message>
        <source>The code typed does not match: the file&apos;s key was not changed, and the old recovery code still works.</source>
        <translation>Mã gõ lại không khớp: khóa của tệp chưa đổi, mã khôi phục cũ vẫn dùng được.</translation>
    </message>
    <message>
        <source>The new recovery code is in %1; the old one no longer works.</source>
        <translation>Mã khôi phục mới đã ghi trong %1; mã cũ không còn dùng được.</translation>
    </message>
    <message>
        <source>The new recovery code confirmed above is in use; the old one no longer works.</source>
        <translation>Mã khôi phục mới vừa xác nhận ở trên đã có hiệu lực; mã cũ không còn dùng được.</translation>
    </message>
    <message>
        <source>Of these, %1 were made before entries were signed (an older version): they are chained, not signed.</source>
        <translation>Trong đó có %1 mục được ghi trước khi nhật ký có chữ ký (phiên bản cũ): các mục này được nối chuỗi, không có chữ ký.</translation>
    </message>
    <message>
        <source>%1 is an office chief and may know the recovery code: a new one is made with the new key. Name a file to keep it in with --recovery-file FILE, or run this in a terminal to confirm it. Nothing was changed.</source>
        <translation>%1 là Chánh Văn phòng và có thể biết mã khôi phục: một mã mới được tạo cùng khóa mới. Hãy chỉ tệp để lưu mã bằng --recovery-file TỆP, hoặc chạy lệnh này trong cửa sổ dòng lệnh để xác nhận mã. Chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>The file has a new key and a new recovery code (the old code no longer works): copies of its old key slots no longer open it.</source>
        <translation>Tệp đã có khóa mới và mã khôi phục mới (mã cũ không còn dùng được): các bản sao khe khóa cũ không còn mở được tệp.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
    <message>
        <source>Set the office profile with: vanphong-cli profile set committee-name &quot;ĐẢNG ỦY XÃ ...&quot; place &quot;...&quot; --db FILE</source>
        <translation>Khai báo thông tin văn phòng bằng: vanphong-cli profile set committee-name &quot;ĐẢNG ỦY XÃ ...&quot; place &quot;...&quot; --db TỆP</translation>
    </message>
    <message>
        <source>The file has been altered outside the application.</source>
        <translation>Tệp đã bị sửa đổi ngoài chương trình.</translation>
    </message>
    <message>
        <source>--arrived takes the time the member came in, as HH:MM.</source>
        <translation>--arrived nhận giờ đồng chí đến, dạng GIỜ:PHÚT.</translation>
    </message>
    <message>
        <source>The meeting is not under way: give the time the member came in with --arrived HH:MM.</source>
        <translation>Cuộc họp không đang diễn ra: hãy cho giờ đồng chí đến bằng --arrived GIỜ:PHÚT.</translation>
    </message>
    <message>
        <source>Wrote %1: a DRAFT of the minutes (stamped &quot;DỰ THẢO&quot;) in two copies, %2 pages; it becomes final once nothing is missing.</source>
        <translation>Đã ghi %1: DỰ THẢO biên bản (có dấu &quot;DỰ THẢO&quot;), hai bản, %2 trang; biên bản là bản chính thức khi không còn thiếu gì.</translation>
    </message>
    <message>
        <source>The invitations are dated %1.</source>
        <translation>Giấy mời đề ngày %1.</translation>
    </message>
    <message>
        <source>Say what to do: meeting add|list|show|checklist|attend|minutes|close|move|guest|approve-guests|decide|task|tasks|task-done|item|paper|give|return|recall|attach|files|extract|export|import|template|history|invitation-date|number.</source>
        <translation>Hãy nói việc cần làm: meeting add|list|show|checklist|attend|minutes|close|move|guest|approve-guests|decide|task|tasks|task-done|item|paper|give|return|recall|attach|files|extract|export|import|template|history|invitation-date|number.</translation>
    </message>
    <message>
        <source>Say which paper: meeting number ID minutes|invitation.</source>
        <translation>Hãy nói văn bản nào: meeting number SỐ minutes|invitation.</translation>
    </message>
    <message>
        <source>%1, dated %2, taken in the outgoing register.</source>
        <translation>%1, ngày %2, đã lấy số trong sổ văn bản đi.</translation>
    </message>
    <message>
        <source>%1, dated %2: the paper already holds this number.</source>
        <translation>%1, ngày %2: văn bản đã có số này.</translation>
    </message>
    <message>
        <source>Say what to do: outgoing add|list|show|issue|release|edit|cancel|history|draft|attach|files|extract.</source>
        <translation>Hãy nêu việc cần làm: outgoing add|list|show|issue|release|edit|cancel|history|draft|attach|files|extract.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: check the folder exists and you may write there.</source>
        <translation>Không ghi được tệp %1: hãy kiểm tra thư mục có tồn tại và bạn có quyền ghi vào đó.</translation>
    </message>
    <message>
        <source>Name a readable file to attach: outgoing attach SYMBOL FILE.</source>
        <translation>Hãy nêu một tệp đọc được để đính kèm: outgoing attach SỐ_KÝ_HIỆU TỆP.</translation>
    </message>
    <message>
        <source>Say which file and where: outgoing extract SYMBOL --file ID --to PATH.</source>
        <translation>Hãy nêu tệp nào và lưu vào đâu: outgoing extract SỐ_KÝ_HIỆU --file MÃ --to ĐƯỜNG_DẪN.</translation>
    </message>
    <message>
        <source>Name the draft&apos;s file, .odt or .docx: outgoing draft SYMBOL --out FILE.odt</source>
        <translation>Hãy nêu tệp dự thảo, .odt hoặc .docx: outgoing draft SỐ_KÝ_HIỆU --out TỆP.odt</translation>
    </message>
    <message>
        <source>Draft written to %1 (%2 template). When it is finished: outgoing attach SYMBOL FILE.</source>
        <translation>Đã ghi dự thảo vào %1 (theo %2). Khi hoàn chỉnh: outgoing attach SỐ_KÝ_HIỆU TỆP.</translation>
    </message>
    <message>
        <source>the office&apos;s</source>
        <translation>mẫu của văn phòng</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>mẫu mặc định</translation>
    </message>
    <message>
        <source>Say what to do: template list|fields|export TYPE FILE|import TYPE FILE|reset TYPE [--format odt|docx].</source>
        <translation>Hãy nêu việc cần làm: template list|fields|export LOẠI TỆP|import LOẠI TỆP|reset LOẠI [--format odt|docx].</translation>
    </message>
    <message>
        <source>Every type drafts from the default template.</source>
        <translation>Mọi loại văn bản đều soạn thảo theo mẫu mặc định.</translation>
    </message>
    <message>
        <source>Name the document type: template %1 CV ...</source>
        <translation>Hãy nêu loại văn bản: template %1 CV ...</translation>
    </message>
    <message>
        <source>--format is odt or docx.</source>
        <translation>--format là odt hoặc docx.</translation>
    </message>
    <message>
        <source>Name the file to write, .odt or .docx: template export TYPE FILE.odt</source>
        <translation>Hãy nêu tệp cần ghi, .odt hoặc .docx: template export LOẠI TỆP.odt</translation>
    </message>
    <message>
        <source>Name a readable .odt or .docx file: template import TYPE FILE.</source>
        <translation>Hãy nêu một tệp .odt hoặc .docx đọc được: template import LOẠI TỆP.</translation>
    </message>
    <message>
        <source>The office&apos;s %1 template of %2 is imported.</source>
        <translation>Đã nhập mẫu %1 của văn phòng cho loại %2.</translation>
    </message>
    <message>
        <source>Meeting %1 has no attendee %2; see meeting attend %1.</source>
        <translation>Cuộc họp %1 không có người dự số %2; xem meeting attend %1.</translation>
    </message>
    <message>
        <source>The invitations have no date yet: they take the day they are numbered (issued).</source>
        <translation>Giấy mời chưa có ngày: sẽ lấy ngày được cấp số (phát hành).</translation>
    </message>
    <message>
        <source>Say which document: --incoming N[/YEAR], --outgoing SYMBOL or --meeting ID.</source>
        <translation>Hãy nói văn bản nào: --incoming N[/NĂM], --outgoing SỐ_KÝ_HIỆU hoặc --meeting ID.</translation>
    </message>
    <message>
        <source>--status is one of open, closed, handed-over, destroyed.</source>
        <translation>--status là một trong open, closed, handed-over, destroyed.</translation>
    </message>
    <message>
        <source>Say which year&apos;s list: archive plan YEAR [--from YEAR | --approve --by NAME [--on DATE]].</source>
        <translation>Hãy nói danh mục của năm nào: archive plan NĂM [--from NĂM | --approve --by TÊN [--on NGÀY]].</translation>
    </message>
    <message numerus="yes">
        <source>Drafted the dossier list of %1 with %n dossier(s).</source>
        <translation>
            <numerusform>Đã lập dự thảo danh mục hồ sơ năm %1 gồm %n hồ sơ.</numerusform>
        </translation>
    </message>
    <message>
        <source>The dossier list of %1 was approved by %2 on %3.</source>
        <translation>Danh mục hồ sơ năm %1 đã được %2 duyệt ngày %3.</translation>
    </message>
    <message>
        <source>The dossier list of %1 is a draft, not yet approved.</source>
        <translation>Danh mục hồ sơ năm %1 là dự thảo, chưa được duyệt.</translation>
    </message>
    <message>
        <source>--years is a number of years, 1 or more; --permanent for a dossier kept for ever.</source>
        <translation>--years là số năm, từ 1 trở lên; --permanent cho hồ sơ bảo quản vĩnh viễn.</translation>
    </message>
    <message>
        <source>Dossier %1/%2</source>
        <translation>Hồ sơ %1/%2</translation>
    </message>
    <message>
        <source>Name the dossier by its number: archive %1 03/2026.</source>
        <translation>Hãy nêu số hồ sơ: archive %1 03/2026.</translation>
    </message>
    <message>
        <source>To do: %1</source>
        <translation>Cần làm: %1</translation>
    </message>
    <message>
        <source>Unknown archive action: %1</source>
        <translation>Không có việc lưu trữ: %1</translation>
    </message>
    <message>
        <source>%1	hand over by %2</source>
        <translation>%1	nộp lưu trước ngày %2</translation>
    </message>
    <message>
        <source>Name the dossiers to hand over: archive handover 01/2026 02/2026 --received-by NAME --record NUMBER [--on DATE].</source>
        <translation>Hãy nêu các hồ sơ nộp lưu: archive handover 01/2026 02/2026 --received-by TÊN --record SỐ_BIÊN_BẢN [--on NGÀY].</translation>
    </message>
    <message>
        <source>Say who borrows it: --to LOGIN (a user of the file) or --to-person NAME.</source>
        <translation>Hãy nói ai mượn: --to TÊN_ĐĂNG_NHẬP (người dùng của tệp) hoặc --to-person HỌ_TÊN.</translation>
    </message>
    <message>
        <source>Loan %1: dossier %2 to %3, due back on %4.</source>
        <translation>Phiếu mượn %1: hồ sơ %2 cho %3 mượn, hạn trả ngày %4.</translation>
    </message>
    <message>
        <source>Give the decision&apos;s date with --date YYYY-MM-DD.</source>
        <translation>Hãy ghi ngày quyết định bằng --date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Destruction %1 decided; carry it out with: archive destroy %1 --record NUMBER --confirm NUMBER</source>
        <translation>Đã ghi quyết định hủy %1; tiến hành hủy bằng: archive destroy %1 --record SỐ_BIÊN_BẢN --confirm SỐ_BIÊN_BẢN</translation>
    </message>
    <message>
        <source>%1	kept until %2</source>
        <translation>%1	bảo quản đến hết ngày %2</translation>
    </message>
    <message>
        <source>Name the destruction decided: archive destroy ID --record NUMBER --confirm NUMBER [--on DATE].</source>
        <translation>Hãy nêu lần hủy đã có quyết định: archive destroy ID --record SỐ_BIÊN_BẢN --confirm SỐ_BIÊN_BẢN [--on NGÀY].</translation>
    </message>
    <message>
        <source>Name the hand-over record: report handover --record NUMBER --pdf FILE.</source>
        <translation>Hãy nêu biên bản giao nhận: report handover --record SỐ --pdf TỆP.</translation>
    </message>
    <message>
        <source>Name the dossier: report dossier-contents 03/2026 --pdf FILE.</source>
        <translation>Hãy nêu hồ sơ: report dossier-contents 03/2026 --pdf TỆP.</translation>
    </message>
    <message>
        <source>Wrote %1: %2 lines on %3 pages.</source>
        <translation>Đã ghi %1: %2 dòng trên %3 trang.</translation>
    </message>
    <message>
        <source>Unknown archive paper: %1</source>
        <translation>Không có mẫu lưu trữ nào tên %1</translation>
    </message>
    <message>
        <source>Say which year: report %1 --year YYYY --pdf FILE.</source>
        <translation>Hãy cho biết năm: report %1 --year NĂM --pdf TỆP.</translation>
    </message>
    <message>
        <source>Name the dossiers, or a year for all of its covers: report dossier-cover 03/2026... | --year YYYY --pdf FILE.</source>
        <translation>Hãy nêu các hồ sơ, hoặc một năm để in bìa mọi hồ sơ của năm đó: report dossier-cover 03/2026... | --year NĂM --pdf TỆP.</translation>
    </message>
    <message>
        <source>Say what to do: archive plan|add|list|show|files|extract|file|unfile|unfiled|close|handover|due|lend|return|loans|review|destroy|retention.</source>
        <translation>Hãy cho biết việc cần làm: archive plan|add|list|show|files|extract|file|unfile|unfiled|close|handover|due|lend|return|loans|review|destroy|retention.</translation>
    </message>
    <message>
        <source>Say which file and where: archive extract N/YEAR --file ID --to PATH.</source>
        <translation>Hãy cho biết tệp nào và lưu vào đâu: archive extract SỐ/NĂM --file ID --to ĐƯỜNG_DẪN.</translation>
    </message>
    <message>
        <source>%1	hand over by %2 (late)</source>
        <translation>%1	nộp lưu trước ngày %2 (quá hạn)</translation>
    </message>
    <message>
        <source>filed in %1</source>
        <translation>Nằm trong %1</translation>
    </message>
    <message>
        <source>The retention table has no row %1.</source>
        <translation>Bảng thời hạn bảo quản không có dòng %1.</translation>
    </message>
    <message>
        <source>--years takes a number of years, or vinh-vien for permanent.</source>
        <translation>--years nhận một số năm, hoặc vinh-vien cho bảo quản vĩnh viễn.</translation>
    </message>
    <message>
        <source>A new row of the retention table needs --name and --years.</source>
        <translation>Dòng mới của bảng thời hạn bảo quản cần --name và --years.</translation>
    </message>
    <message>
        <source>--year is a year in four digits, for example %1.</source>
        <translation>--year là năm viết đủ bốn chữ số, ví dụ %1.</translation>
    </message>
    <message>
        <source>%1 does not take %2.</source>
        <translation>%1 không nhận %2.</translation>
    </message>
    <message>
        <source>A dossier&apos;s retention is given once: --retention CODE from the table, --years N or --permanent.</source>
        <translation>Thời hạn bảo quản của hồ sơ chỉ ghi một lần: --retention MÃ trong bảng, --years N hoặc --permanent.</translation>
    </message>
    <message>
        <source>Give the index&apos;s years either as --year YYYY or as --from YYYY --to YYYY.</source>
        <translation>Ghi năm của mục lục bằng --year NĂM hoặc bằng --from NĂM --to NĂM, không dùng cả hai.</translation>
    </message>
    <message>
        <source>Every document of %1 is in a dossier.</source>
        <translation>Mọi văn bản năm %1 đã ở trong hồ sơ.</translation>
    </message>
    <message>
        <source>No loan is overdue.</source>
        <translation>Không có lượt mượn nào quá hạn.</translation>
    </message>
    <message>
        <source>No dossier has been lent.</source>
        <translation>Chưa có hồ sơ nào được cho mượn.</translation>
    </message>
    <message>
        <source>No closed dossier is due to the archive within 30 days.</source>
        <translation>Không có hồ sơ đã kết thúc nào đến hạn nộp lưu trong 30 ngày tới.</translation>
    </message>
    <message>
        <source>No dossier&apos;s retention has run out.</source>
        <translation>Không có hồ sơ nào hết thời hạn bảo quản.</translation>
    </message>
    <message>
        <source>Say what to do: asset add|list|show|edit|move|repair|status|upgrade|revalue|dispose|lose|transfer|depreciate|lock|years|categories|rules.</source>
        <translation>Hãy nói việc cần làm: asset add|list|show|edit|move|repair|status|upgrade|revalue|dispose|lose|transfer|depreciate|lock|years|categories|rules.</translation>
    </message>
    <message>
        <source>Unknown asset action: %1</source>
        <translation>Không có thao tác tài sản: %1</translation>
    </message>
    <message>
        <source>--%1 is a whole number of đồng, such as 12.500.000 or 12500000.</source>
        <translation>--%1 là số đồng chẵn, ví dụ 12.500.000 hoặc 12500000.</translation>
    </message>
    <message>
        <source>--%1 is a whole number.</source>
        <translation>--%1 là một số nguyên.</translation>
    </message>
    <message>
        <source>--rate is a yearly percentage such as 20 or 6,67.</source>
        <translation>--rate là tỷ lệ phần trăm một năm, ví dụ 20 hoặc 6,67.</translation>
    </message>
    <message>
        <source>--on is a date written YYYY-MM-DD.</source>
        <translation>--on là ngày viết dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--book is tscd (fixed assets) or ccdc (tools).</source>
        <translation>--book là tscd (tài sản cố định) hoặc ccdc (công cụ, dụng cụ).</translation>
    </message>
    <message>
        <source>--status is one of in-use, under-repair, idle, transferred, disposed, lost.</source>
        <translation>--status là một trong in-use, under-repair, idle, transferred, disposed, lost.</translation>
    </message>
    <message>
        <source>Say which year: asset depreciate --year YYYY [--dry-run].</source>
        <translation>Hãy nói năm nào: asset depreciate --year NĂM [--dry-run].</translation>
    </message>
    <message numerus="yes">
        <source>Depreciation of %1 (not saved): %2 đồng over %n item(s).</source>
        <translation>
            <numerusform>Hao mòn năm %1 (chưa lưu): %2 đồng, %n tài sản.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Depreciation of %1: %2 đồng over %n item(s).</source>
        <translation>
            <numerusform>Hao mòn năm %1: %2 đồng, %n tài sản.</numerusform>
        </translation>
    </message>
    <message>
        <source>Years computed: %1.</source>
        <translation>Các năm đã tính: %1.</translation>
    </message>
    <message>
        <source>Say which year and who signed its table: asset lock --year YYYY --signed-by NAME [--on DATE].</source>
        <translation>Hãy nói năm nào và ai đã ký bảng tính: asset lock --year NĂM --signed-by HỌ_TÊN [--on NGÀY].</translation>
    </message>
    <message>
        <source>locked, signed by %1 on %2</source>
        <translation>đã khóa sổ, %1 ký ngày %2</translation>
    </message>
    <message>
        <source>not locked</source>
        <translation>chưa khóa sổ</translation>
    </message>
    <message>
        <source>computed %1</source>
        <translation>tính lúc %1</translation>
    </message>
    <message>
        <source>No year has been computed.</source>
        <translation>Chưa tính hao mòn năm nào.</translation>
    </message>
    <message>
        <source>--in-year is 31-12 (whole years for what is held on 31 December) or thang (by months in use).</source>
        <translation>--in-year là 31-12 (tròn năm cho tài sản hiện có đến 31/12) hoặc thang (theo số tháng sử dụng).</translation>
    </message>
    <message numerus="yes">
        <source>A fixed asset: from %1 đồng and %n year(s) of use.</source>
        <translation>
            <numerusform>Tài sản cố định: nguyên giá từ %1 đồng và thời gian sử dụng từ %n năm.</numerusform>
        </translation>
    </message>
    <message>
        <source>An item needs --name, --category, --cost and --acquired: asset add --name TEXT --category CODE --cost 12.500.000 --acquired YYYY-MM-DD.</source>
        <translation>Tài sản cần --name, --category, --cost và --acquired: asset add --name TÊN --category MÃ_LOẠI --cost 12.500.000 --acquired YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--acquired is a date written YYYY-MM-DD.</source>
        <translation>--acquired là ngày viết dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--funding is ngan-sach (state budget) or khac (other sources).</source>
        <translation>--funding là ngan-sach (ngân sách nhà nước) hoặc khac (nguồn khác).</translation>
    </message>
    <message>
        <source>Entered %1 in the %2 book.</source>
        <translation>Đã ghi %1 vào sổ %2.</translation>
    </message>
    <message>
        <source>Name the item by its code: asset %1 CODE ...</source>
        <translation>Hãy ghi mã tài sản: asset %1 MÃ ...</translation>
    </message>
    <message>
        <source>Give the repair&apos;s cost: asset repair CODE --cost AMOUNT --what TEXT.</source>
        <translation>Hãy ghi chi phí sửa chữa: asset repair MÃ --cost SỐ_TIỀN --what NỘI_DUNG.</translation>
    </message>
    <message>
        <source>Say the status: asset status CODE in-use|under-repair|idle.</source>
        <translation>Hãy ghi tình trạng: asset status MÃ in-use|under-repair|idle.</translation>
    </message>
    <message>
        <source>Give the cost the upgrade added: asset upgrade CODE --cost AMOUNT --document TEXT [--years N].</source>
        <translation>Hãy ghi số tiền nâng cấp: asset upgrade MÃ --cost SỐ_TIỀN --document CHỨNG_TỪ [--years N].</translation>
    </message>
    <message>
        <source>Give the new cost: asset revalue CODE --cost AMOUNT --decision TEXT [--accumulated AMOUNT] [--years N].</source>
        <translation>Hãy ghi nguyên giá mới: asset revalue MÃ --cost SỐ_TIỀN --decision QUYẾT_ĐỊNH [--accumulated SỐ_TIỀN] [--years N].</translation>
    </message>
    <message>
        <source>The table of asset categories has no row %1.</source>
        <translation>Bảng danh mục loại tài sản không có dòng %1.</translation>
    </message>
    <message>
        <source>--checked is yes (compared with the Thông tư) or no.</source>
        <translation>--checked là yes (đã đối chiếu với Thông tư) hoặc no.</translation>
    </message>
    <message>
        <source>A new category needs --name, --prefix, --life and --rate.</source>
        <translation>Loại mới cần --name, --prefix, --life và --rate.</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n năm</numerusform>
        </translation>
    </message>
    <message>
        <source>Say which year: report depreciation --year YYYY --pdf FILE.</source>
        <translation>Hãy nói năm nào: report depreciation --year NĂM --pdf TỆP.</translation>
    </message>
    <message>
        <source>Name the record: report %1 --record NUMBER --pdf FILE.</source>
        <translation>Hãy ghi số biên bản: report %1 --record SỐ --pdf TỆP.</translation>
    </message>
    <message>
        <source>Name the item: report asset-card CODE --pdf FILE.</source>
        <translation>Hãy ghi mã tài sản: report asset-card MÃ --pdf TỆP.</translation>
    </message>
    <message>
        <source>Say which report: report incoming-register|outgoing-register|minutes|invitation|signin|programme|dossier|dossier-cover|dossier-list|archive-index|dossier-contents|box-labels|handover|lending|destruction|depreciation|asset-book|tools-book|assets-by-room|assets-by-custodian|asset-card|asset-handover|asset-disposal|inventory|inventory-reconciliation|labels.</source>
        <translation>Hãy nói báo cáo nào: report incoming-register|outgoing-register|minutes|invitation|signin|programme|dossier|dossier-cover|dossier-list|archive-index|dossier-contents|box-labels|handover|lending|destruction|depreciation|asset-book|tools-book|assets-by-room|assets-by-custodian|asset-card|asset-handover|asset-disposal|inventory|inventory-reconciliation|labels.</translation>
    </message>
    <message>
        <source>Say what to do: inventory start|mark|extra|import|list|rest-missing|close.</source>
        <translation>Hãy nói việc cần làm: inventory start|mark|extra|import|list|rest-missing|close.</translation>
    </message>
    <message>
        <source>Unknown inventory action: %1</source>
        <translation>Không có thao tác kiểm kê: %1</translation>
    </message>
    <message>
        <source>--state is one of found, elsewhere, damaged, missing (and, in a list, pending, extra).</source>
        <translation>--state là một trong found, elsewhere, damaged, missing (khi liệt kê còn có pending, extra).</translation>
    </message>
    <message>
        <source>Name the list of codes to import: inventory import FILE (CSV or text, a code a line).</source>
        <translation>Hãy ghi tệp danh sách mã: inventory import TỆP (CSV hoặc văn bản, mỗi dòng một mã).</translation>
    </message>
    <message numerus="yes">
        <source>Inventory of %1 started: %n item(s) to check.</source>
        <translation>
            <numerusform>Đã bắt đầu kiểm kê ngày %1: %n tài sản cần kiểm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the items: inventory mark CODE... [--state found|elsewhere|damaged|missing] [--room ROOM].</source>
        <translation>Hãy ghi mã tài sản: inventory mark MÃ... [--state found|elsewhere|damaged|missing] [--room NƠI].</translation>
    </message>
    <message>
        <source>%1 is not an item of the register in use.</source>
        <translation>%1 không phải tài sản đang quản lý trong sổ.</translation>
    </message>
    <message>
        <source>An extra needs --name, --category and --cost (whole đồng).</source>
        <translation>Tài sản thừa cần --name, --category và --cost (số đồng chẵn).</translation>
    </message>
    <message>
        <source>Extra %1 added to the inventory.</source>
        <translation>Đã ghi tài sản thừa %1 vào đợt kiểm kê.</translation>
    </message>
    <message>
        <source>Marked found: %1; already marked: %2; unknown codes: %3.</source>
        <translation>Đã đánh dấu có: %1; đã đánh dấu trước: %2; mã không có trong sổ: %3.</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>Không có trong sổ: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) marked missing.</source>
        <translation>
            <numerusform>Đã ghi %n tài sản là không thấy.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 item(s): %2 found, %3 elsewhere, %4 damaged, %5 missing, %6 not checked; %7 extra(s).</source>
        <translation>%1 tài sản: %2 có đúng nơi, %3 ở nơi khác, %4 hư hỏng, %5 không thấy, %6 chưa kiểm; %7 tài sản thừa.</translation>
    </message>
    <message>
        <source>Say which year: export depreciation --year YYYY --xlsx FILE.</source>
        <translation>Hãy nói năm nào: export depreciation --year NĂM --xlsx TỆP.</translation>
    </message>
    <message>
        <source>Wrote %1 lines to %2.</source>
        <translation>Đã ghi %1 dòng vào %2.</translation>
    </message>
    <message>
        <source>Say what to import: import incoming|outgoing|assets FILE (.csv, .xlsx or .ods).</source>
        <translation>Hãy nói nhập sổ nào: import incoming|outgoing|assets TỆP (.csv, .xlsx hoặc .ods).</translation>
    </message>
    <message>
        <source>Imported %1 items.</source>
        <translation>Đã nhập %1 tài sản.</translation>
    </message>
    <message>
        <source>already marked: %1</source>
        <translation>đã đánh dấu trước: %1</translation>
    </message>
    <message>
        <source>Usage: vanphong-cli COMMAND --db FILE [options]

Commands:
  init --db FILE --user NAME [--full-name TEXT] [--office-name TEXT] [--organisation TEXT] [--parent-org TEXT]
       [--issuer-abbrev TEXT] [--place TEXT] [--chief TEXT] [--secret-file]
                         --office-name: the committee that issues (&quot;ĐẢNG ỦY XÃ TÂN PHÚ&quot;); --organisation:
                         the party organisation (&quot;ĐẢNG BỘ XÃ TÂN PHÚ&quot;), taken from the committee if not given
                         create an office file; prints the recovery code once. --secret-file: the file
                         for state secrets, kept on the office&apos;s standalone computer; an ordinary file
                         keeps only the register line of a Mật or higher document
  info --db FILE         facts from the file header (no password needed)
  verify --db FILE       check every page, the database and the audit log
  passwd --db FILE [--user NAME]
                         change your password (with VANPHONG_RECOVERY_CODE: set a new one)
  user list|add LOGIN --role ROLE [--full-name TEXT] [--clearance LEVEL]
       |remove LOGIN|disable LOGIN [--no-rekey] [--recovery-file CODE_FILE]|reset LOGIN --db FILE
                         removing or disabling gives the file a new key unless --no-rekey; for an
                         office chief also a new recovery code, kept as with rekey
  backup --db FILE --to BACKUP [--read-only]
                         --read-only: nothing is written to FILE, not even its log (to save the last good
                         state of a file reported damaged); list, show and export take it too
  restore --db FILE --from BACKUP [--keep-backup-users]
                         office chief only; users removed since the backup stay removed unless
                         --keep-backup-users; the backup&apos;s password: VANPHONG_BACKUP_PASSWORD
                         or --backup-password-file FILE (default: yours)
  rekey --db FILE [--recovery-file CODE_FILE]
                         new master key, every page rewritten; a new recovery code, written to CODE_FILE
                         (or shown and typed back in a terminal) before the file changes key
  profile show|set KEY VALUE [KEY VALUE...] --db FILE
                         keys: parent-organisation, committee-name (printed in bold), organisation-name,
                         issuer-abbrev, place, chief, deputies, body-committee, body-standing, body-standing-members
  term add NAME --starts DATE | term list --db FILE   the committee&apos;s terms (numbering of outgoing documents)
  incoming add --from TEXT --symbol TEXT --date DATE --type CODE --excerpt TEXT [--received DATE]
       [--secret mat|toi-mat|tuyet-mat] [--urgency khan|thuong-khan|hoa-toc|hoa-toc-hen-gio --by &quot;DATE HH:MM&quot;]
       [--deadline DATE] [--force]
  incoming list [--year Y] [--status S] [--overdue] [--limit N|--all] | show N[/YEAR] | assign N --to WHO [--direction TEXT] [--on DATE]
       [--deadline DATE] | done N | reopen N --db FILE
  incoming edit N[/YEAR] --reason TEXT [--from TEXT] [--symbol TEXT] [--date DATE] [--received DATE] [--type CODE]
       [--excerpt TEXT] [--pages N] [--copies N] [--secret LEVEL] [--urgency LEVEL] [--recall-by DATE|--no-recall]
                         corrects a line (sửa vào sổ): only what is given changes; number and year stay
  incoming cancel N[/YEAR] --reason TEXT | history N[/YEAR] --db FILE   hủy vào sổ; who changed what, when
  outgoing add --type CODE --date DATE --excerpt TEXT --signer TEXT [--capacity T/M|K/T|T/L]
       [--recipients &quot;A; B&quot;] [--secret LEVEL] [--urgency LEVEL] [--congress] [--answers N/YEAR] [--issue]
  outgoing list [--year Y] [--status S] [--limit N|--all] | show SYMBOL | issue SYMBOL | release SYMBOL --db FILE
  outgoing edit SYMBOL --reason TEXT [--date DATE] [--excerpt TEXT] [--signer TEXT] [--capacity C] [--recipients &quot;A; B&quot;]
       [--copies N] [--secret LEVEL] [--urgency LEVEL] | cancel SYMBOL --reason TEXT | history SYMBOL --db FILE
                         cancelling an issued document: office chief only
  outgoing draft SYMBOL --out FILE.odt|FILE.docx --db FILE   the draft from its type&apos;s template, the frame
                         filled in (heading, number, date, excerpt, signing block, recipients); a plain file
  outgoing attach SYMBOL FILE | files SYMBOL | extract SYMBOL --file ID --to PATH --db FILE   the finished
                         document (.odt, .docx, .pdf) and scans kept in the file
  template list | fields | export TYPE FILE.odt|.docx | import TYPE FILE | reset TYPE [--format odt|docx] --db FILE
                         the office&apos;s templates of drafts (import, reset: office chief only)
  incoming attach N FILE | files N | extract N --file ID --to PATH --db FILE   scans kept in the file
                         N: 12 or 12/2026 in the ordinary register, M12/2026 in the secret one
  transfer export --to FILE.vpchuyen --db ORDINARY   the Mật and higher lines not moved yet, to carry on
                         removable media to the standalone computer (password: VANPHONG_TRANSFER_PASSWORD)
  transfer receive FILE.vpchuyen [--dry-run] --db SECRET   brings them into the secret file, numbers kept
  names list|prune [--unused-since DATE] sender|recipient|assignee --db FILE   the lists the forms offer
  names add|remove KIND NAME | rename KIND OLD NEW | merge KIND FROM INTO --db FILE
                         merging keeps FROM as another spelling of INTO; registered lines stay as written
  group list | set NAME --members &quot;A; B&quot; [--rename NEW] | remove NAME --db FILE   recipient groups;
                         a recipient named as a group is replaced by its members in outgoing add|edit
  search TEXT --db FILE      both registers, with or without diacritics
  archive plan YEAR [--from YEAR | --approve --by NAME [--on DATE]] --db FILE
                         the year&apos;s dossier list: drafted from an earlier year&apos;s, approved (who, when)
  archive add --year Y --number N --title TEXT (--retention CODE|--years N|--permanent) [--symbol S]
       [--keeper LOGIN] [--room R] [--cabinet C] [--shelf S] [--box B] [--opened DATE] [--note TEXT]
  archive list [--year Y] [--status open|closed|handed-over|destroyed] | show N/YEAR | retention --db FILE
  archive retention [--set CODE [--name TEXT] [--years N|vinh-vien] [--source TEXT] | --remove CODE] --db FILE
  archive files N/YEAR | extract N/YEAR --file ID --to PATH --db FILE   a filed meeting&apos;s minutes and
                         invitations, kept as printed (PDF) inside the file when it was filed
  archive file N/YEAR --incoming N[/YEAR]|--outgoing SYMBOL|--meeting ID | unfile --incoming ...
       | unfiled [--year Y] | close N/YEAR --sheets N [--on DATE] --db FILE
                         a document is in one dossier at most; unfiled: what the year has left to file
  archive handover N/YEAR... --received-by NAME --record NUMBER [--on DATE] | due --db FILE
                         closed dossiers to the archive in one record; due: those whose year is nearly up
  archive lend N/YEAR (--to LOGIN|--to-person NAME) --purpose TEXT --due DATE [--approved-by LOGIN] [--on DATE]
       | return N/YEAR [--on DATE] | loans [--overdue] --db FILE   Mật and above: a cleared user, a leader&apos;s approval
  archive review [N/YEAR... --decision NUMBER --date DATE [--council TEXT]] --db FILE
                         dossiers whose retention ran out; with --decision: the council&apos;s decision recorded
  archive destroy ID --record NUMBER --confirm NUMBER [--on DATE] --db FILE   office chief; the files of their
                         documents removed from the file, the lines kept; all or nothing
  asset add --name TEXT --category CODE --cost AMOUNT --acquired DATE [--code C] [--spec TEXT] [--serial S]
       [--document TEXT] [--funding ngan-sach|khac] [--room R] [--custodian WHO] [--rate 20] [--book tscd|ccdc]
       [--opening-year Y --opening-accumulated AMOUNT] [--note TEXT] --db FILE
                         the book (fixed asset or tool) follows the thresholds (asset rules); money in whole đồng
  asset list [--book tscd|ccdc] [--status S] [--current] [--category C] [--room R] [--custodian WHO] [--search TEXT]
       | show CODE | edit CODE --reason TEXT [fields of add] --db FILE
  asset move CODE [--room R] [--custodian WHO] [--record NUMBER] | repair CODE --cost AMOUNT --what TEXT
       [--still-under-repair] | status CODE in-use|under-repair|idle | upgrade CODE --cost AMOUNT --document TEXT
       [--years N] | revalue CODE --cost AMOUNT --decision TEXT [--accumulated AMOUNT] [--years N]
       | dispose CODE --decision TEXT [--record NUMBER] [--proceeds AMOUNT] | lose CODE --record NUMBER
       | transfer CODE --to BODY --decision TEXT   each with [--on DATE] [--note TEXT] --db FILE
  asset depreciate --year YYYY [--dry-run] | lock --year YYYY --signed-by NAME [--on DATE] | years --db FILE
                         the year&apos;s depreciation of the fixed assets; a year locked once its table is signed
  asset categories [--set CODE [--name TEXT] [--prefix MT] [--group TEXT] [--life N] [--rate 20] [--source TEXT]
       [--checked yes|no] | --remove CODE] | rules [--min-cost AMOUNT] [--min-life N] [--in-year 31-12|thang] --db FILE
  inventory start --committee &quot;A; B; C&quot; [--decision TEXT] [--on DATE] | mark CODE... [--state found|elsewhere
       |damaged|missing] [--room R] [--note TEXT] | extra --name TEXT --category CODE --cost AMOUNT [--room R]
       | import FILE | list [--state S] [--id N] | rest-missing | close --record NUMBER [--decision TEXT] [--on DATE] --db FILE
                         the annual inventory: a line for each item in use; mark CODE as a scanner does (found);
                         import: a phone&apos;s list of codes; closing moves, writes off (--decision) and adds the extras
  report labels [CODE...] --pdf FILE --db FILE   the QR labels, 3 x 8 on A4 (every item in use when no code)
  report inventory | inventory-reconciliation [--id N] --pdf FILE --db FILE   the inventory record, the reconciliation
  report depreciation --year Y | asset-book | tools-book | assets-by-room | assets-by-custodian | asset-card CODE
       | asset-handover --record NUMBER | asset-disposal --record NUMBER --pdf FILE --db FILE
                         the asset papers: the year&apos;s depreciation table (dated once locked), the books, the lists
                         by room or keeper, an item&apos;s card with its history, the hand-over and disposal records
  report incoming-register|outgoing-register --from DATE --to DATE --pdf FILE [--secret-book] --db FILE
  report dossier-list --year Y | dossier-contents N/YEAR | dossier-cover N/YEAR...|--year Y | box-labels --year Y
       | archive-index [--year Y | --from Y --to Y] | handover --record NUMBER | lending | destruction [--id ID] --pdf FILE --db FILE
                         the archive&apos;s forms: the year&apos;s dossier list, a dossier&apos;s documents, covers, box labels,
                         the index of every dossier, the hand-over record and list (two copies each), the lending
                         register, the list of expired records (with --id: the decision&apos;s list and the record)
  export incoming|outgoing --csv|--xlsx|--ods FILE [--year Y] [--from DATE] [--to DATE] --db FILE
  export assets | depreciation --year Y | inventory [--id N] --csv|--xlsx|--ods FILE --db FILE   the asset register;
                         a year&apos;s depreciation table; an inventory&apos;s lines (the open one or the last)
  import incoming|outgoing|assets FILE.xlsx|.ods|.csv [--mapping FILE.json] [--dry-run] --db FILE   all rows or none;
                         assets: last year&apos;s asset book, its accumulated depreciation counted to the end of last year
  member add NAME [--position TEXT] [--standing] [--standing-member] [--on DATE] | member list [--body B] --db FILE
  member edit ID [--name TEXT] [--position TEXT] --reason TEXT --db FILE   corrects a member&apos;s entry; meetings not
                         closed yet invite the corrected name
  meeting add --kind committee|standing|standing-members|extraordinary|thematic|congress --date DATE --time HH:MM
       [--title TEXT] [--place TEXT] [--chair NAME] [--secretary NAME] [--body B] [--agenda &quot;Item 1; Item 2&quot;]
       [--secret LEVEL]     a secret meeting: its minutes and papers need that clearance
  meeting list [--from DATE] [--to DATE] | show ID | close ID [--ended HH:MM] | move ID --date DATE --time HH:MM --db FILE
  meeting item ID [N] [--title TEXT] [--presenter TEXT] [--documents &quot;A; B&quot;] [--minutes M] [--secret LEVEL] --db FILE
                         adds an agenda item, or changes item N
  meeting checklist ID [--done ITEM|--open ITEM|--skip ITEM] --db FILE   due days from the meeting day
  meeting template list --kind KIND | add --kind KIND --title TEXT --offset DAYS [--owner TEXT]
       | set ID [--title TEXT] [--offset DAYS] [--owner TEXT] | remove ID --db FILE   the office&apos;s checklists
  meeting guest ID NAME [--position TEXT] | approve-guests ID --by NAME --db FILE
  meeting attend ID [ATTENDEE present|absent|late [--reason TEXT] [--arrived HH:MM]] --db FILE   prints the quorum
  report minutes --meeting ID --pdf FILE --db FILE   the minutes in two copies; what is missing is said
  report invitation|signin --meeting ID --pdf FILE --db FILE   one invitation per person; the sheet to sign
  report programme|dossier --meeting ID --pdf FILE --db FILE   the programme; the dossier&apos;s contents, what is missing said
  meeting invitation-date ID [--date DATE] --db FILE   the invitations&apos; own date, shown or set (before their number)
  meeting number ID minutes|invitation --db FILE   takes the paper&apos;s number in the outgoing register when it is issued
                         (e.g. 12-BB/ĐU, 05-GM/ĐU; minutes only when complete); every print after shows it
  meeting paper ID --title TEXT [--secret LEVEL] [--recall] [--sent DATE] | give ID PAPER [ATTENDEE]
       | return ID PAPER ATTENDEE | recall ID --db FILE   papers handed out and collected back
  meeting attach ID PAPER FILE | files ID PAPER | extract ID --file N --to PATH --db FILE   the papers&apos; files
  meeting decide ID --type CODE --excerpt TEXT [--item N] --db FILE   prints the number reserved, e.g. 03-NQ/ĐU
  meeting task ID --title TEXT [--owner NAME] [--due DATE] [--decision N] | tasks [ID] | task-done TASK --db FILE
  meeting minutes ID [--item N] [--speaker NAME --text TEXT [--kind presentation|speech|note]
       | --vote TEXT --for N --against N --abstain N | --conclusion TEXT] --db FILE
  meeting history ID --db FILE   corrections of a closed meeting&apos;s record: who, when, why, before and after
                         (after meeting close, attend/guest/minutes/item need --correction TEXT, the reason)
  meeting export ID --package FILE.vphop --db FILE   the meeting as its own encrypted file for a laptop
  meeting import --package FILE.vphop [--dry-run] [--keep office|package] [--choose N=office|package,...] --db FILE
                         merges it back; conflicts are listed and wait for a choice

Passwords: VANPHONG_PASSWORD or --password-file FILE or a prompt; new passwords:
VANPHONG_NEW_PASSWORD or --new-password-file FILE or a prompt; a package&apos;s: VANPHONG_PACKAGE_PASSWORD
or --package-password-file FILE or a prompt. --json for machine output.
Roles: admin, clerk, leader, accountant, viewer. Clearance: thuong, mat, toi-mat, tuyet-mat.
Exit codes: 0 ok, 1 usage, 2 wrong credentials, 3 not a VanPhong file or damaged, 4 other errors,
5 not allowed for your role (or choose your own password first).
</source>
        <translation>Cách dùng: vanphong-cli LỆNH --db TỆP [tùy chọn]

Các lệnh:
  init --db TỆP --user TÊN [--full-name CHỮ] [--office-name CHỮ] [--organisation CHỮ] [--parent-org CHỮ]
       [--issuer-abbrev CHỮ] [--place CHỮ] [--chief CHỮ] [--secret-file]
                         --office-name: cấp ủy ban hành văn bản (&quot;ĐẢNG ỦY XÃ TÂN PHÚ&quot;); --organisation:
                         tổ chức đảng (&quot;ĐẢNG BỘ XÃ TÂN PHÚ&quot;), suy ra từ tên cấp ủy nếu không nêu
                         tạo tệp dữ liệu văn phòng; in mã khôi phục một lần duy nhất. --secret-file: tệp
                         dùng cho bí mật nhà nước, đặt trên máy tính độc lập của văn phòng; tệp thường
                         chỉ giữ dòng vào sổ của văn bản Mật trở lên
  info --db TỆP          thông tin phần đầu tệp (không cần mật khẩu)
  verify --db TỆP        kiểm tra mọi trang, cơ sở dữ liệu và nhật ký thay đổi
  passwd --db TỆP [--user TÊN]
                         đổi mật khẩu (có VANPHONG_RECOVERY_CODE: đặt mật khẩu mới)
  user list|add TÊN --role VAI_TRÒ [--full-name CHỮ] [--clearance MỨC]
       |remove TÊN|disable TÊN [--no-rekey] [--recovery-file TỆP_MÃ]|reset TÊN --db TỆP
                         xóa hoặc khóa người dùng thì tệp được đổi khóa, trừ khi có --no-rekey; với
                         Chánh Văn phòng thì có cả mã khôi phục mới, được lưu như với rekey
  backup --db TỆP --to BẢN_SAO_LƯU [--read-only]
                         --read-only: không ghi gì vào TỆP, kể cả nhật ký ghi trước (để lưu trạng thái tốt cuối
                         cùng của một tệp bị báo hỏng); list, show và export cũng nhận tùy chọn này
  restore --db TỆP --from BẢN_SAO_LƯU [--keep-backup-users]
                         chỉ Chánh Văn phòng; người dùng đã bị xóa sau bản sao lưu vẫn bị xóa, trừ khi có
                         --keep-backup-users; mật khẩu của bản sao lưu: VANPHONG_BACKUP_PASSWORD
                         hoặc --backup-password-file TỆP (mặc định: mật khẩu của bạn)
  rekey --db TỆP [--recovery-file TỆP_MÃ]
                         khóa chính mới, mã hóa lại mọi trang; mã khôi phục mới được ghi vào TỆP_MÃ
                         (hoặc hiện ra và gõ lại trong cửa sổ lệnh) trước khi tệp đổi khóa
  profile show|set KHÓA GIÁ_TRỊ [KHÓA GIÁ_TRỊ...] --db TỆP
                         khóa: parent-organisation, committee-name (in đậm), organisation-name,
                         issuer-abbrev, place, chief, deputies, body-committee, body-standing, body-standing-members
  term add TÊN --starts NGÀY | term list --db TỆP   nhiệm kỳ của cấp ủy (đánh số văn bản đi)
  incoming add --from CHỮ --symbol CHỮ --date NGÀY --type MÃ --excerpt CHỮ [--received NGÀY]
       [--secret mat|toi-mat|tuyet-mat] [--urgency khan|thuong-khan|hoa-toc|hoa-toc-hen-gio --by &quot;NGÀY GIỜ:PHÚT&quot;]
       [--deadline NGÀY] [--force]
  incoming list [--year NĂM] [--status TT] [--overdue] [--limit N|--all] | show SỐ[/NĂM] | assign SỐ --to AI [--direction CHỮ] [--on NGÀY]
       [--deadline NGÀY] | done SỐ | reopen SỐ --db TỆP
  incoming edit SỐ[/NĂM] --reason CHỮ [--from CHỮ] [--symbol CHỮ] [--date NGÀY] [--received NGÀY] [--type MÃ]
       [--excerpt CHỮ] [--pages N] [--copies N] [--secret MỨC] [--urgency MỨC] [--recall-by NGÀY|--no-recall]
                         sửa vào sổ: chỉ sửa những gì được nêu; số đến và năm giữ nguyên
  incoming cancel SỐ[/NĂM] --reason CHỮ | history SỐ[/NĂM] --db TỆP   hủy vào sổ; ai đã sửa gì, khi nào
  outgoing add --type MÃ --date NGÀY --excerpt CHỮ --signer CHỮ [--capacity T/M|K/T|T/L]
       [--recipients &quot;A; B&quot;] [--secret MỨC] [--urgency MỨC] [--congress] [--answers SỐ/NĂM] [--issue]
  outgoing list [--year NĂM] [--status TT] [--limit N|--all] | show SỐ_KÝ_HIỆU | issue SỐ_KÝ_HIỆU | release SỐ_KÝ_HIỆU --db TỆP
  outgoing edit SỐ_KÝ_HIỆU --reason CHỮ [--date NGÀY] [--excerpt CHỮ] [--signer CHỮ] [--capacity C] [--recipients &quot;A; B&quot;]
       [--copies N] [--secret MỨC] [--urgency MỨC] | cancel SỐ_KÝ_HIỆU --reason CHỮ | history SỐ_KÝ_HIỆU --db TỆP
                         hủy văn bản đã phát hành: chỉ chánh văn phòng
  outgoing draft SỐ_KÝ_HIỆU --out TỆP.odt|TỆP.docx --db TỆP   dự thảo theo mẫu của loại văn bản, phần thể thức
                         đã điền sẵn (tiêu đề, số, ngày tháng, trích yếu, chữ ký, nơi nhận); là tệp thường
  outgoing attach SỐ_KÝ_HIỆU TỆP | files SỐ_KÝ_HIỆU | extract SỐ_KÝ_HIỆU --file MÃ --to ĐƯỜNG_DẪN --db TỆP   văn bản
                         hoàn chỉnh (.odt, .docx, .pdf) và bản quét lưu trong tệp
  template list | fields | export LOẠI TỆP.odt|.docx | import LOẠI TỆP | reset LOẠI [--format odt|docx] --db TỆP
                         mẫu soạn thảo của văn phòng (import, reset: chỉ chánh văn phòng)
  incoming attach SỐ TỆP | files SỐ | extract SỐ --file MÃ --to ĐƯỜNG_DẪN --db TỆP   bản quét lưu trong tệp
                         SỐ: 12 hoặc 12/2026 trong sổ thường, M12/2026 trong sổ mật
  transfer export --to TỆP.vpchuyen --db TỆP_THƯỜNG   các dòng Mật trở lên chưa chuyển, để mang bằng thiết bị
                         lưu trữ ngoài sang máy tính độc lập (mật khẩu: VANPHONG_TRANSFER_PASSWORD)
  transfer receive TỆP.vpchuyen [--dry-run] --db TỆP_MẬT   đưa các dòng vào tệp mật, giữ nguyên số
  names list|prune [--unused-since NGÀY] sender|recipient|assignee --db TỆP   các danh sách biểu mẫu gợi ý
  names add|remove LOẠI TÊN | rename LOẠI CŨ MỚI | merge LOẠI TỪ VÀO --db TỆP
                         gộp: TỪ thành một cách viết khác của VÀO; các dòng đã vào sổ giữ nguyên như đã ghi
  group list | set TÊN --members &quot;A; B&quot; [--rename TÊN_MỚI] | remove TÊN --db TỆP   nhóm nơi nhận;
                         nơi nhận trùng tên một nhóm được thay bằng các thành viên trong outgoing add|edit
  search TỪ_KHÓA --db TỆP    tìm trong cả hai sổ, có dấu hay không dấu
  archive plan NĂM [--from NĂM | --approve --by TÊN [--on NGÀY]] --db TỆP
                         danh mục hồ sơ của năm: lập từ danh mục năm trước, ghi người duyệt và ngày duyệt
  archive add --year NĂM --number SỐ --title TIÊU_ĐỀ (--retention MÃ|--years N|--permanent) [--symbol KH]
       [--keeper TÊN_ĐĂNG_NHẬP] [--room P] [--cabinet T] [--shelf N] [--box H] [--opened NGÀY] [--note GHI_CHÚ]
  archive list [--year NĂM] [--status open|closed|handed-over|destroyed] | show SỐ/NĂM | retention --db TỆP
  archive retention [--set MÃ [--name TÊN] [--years N|vinh-vien] [--source NGUỒN] | --remove MÃ] --db TỆP
  archive files SỐ/NĂM | extract SỐ/NĂM --file ID --to ĐƯỜNG_DẪN --db TỆP   biên bản và giấy mời của một cuộc họp
                         đã lập hồ sơ, giữ trong tệp dưới dạng bản in (PDF) từ khi lập hồ sơ
  archive file SỐ/NĂM --incoming N[/NĂM]|--outgoing SỐ_KÝ_HIỆU|--meeting ID | unfile --incoming ...
       | unfiled [--year NĂM] | close SỐ/NĂM --sheets N [--on NGÀY] --db TỆP
                         mỗi văn bản chỉ ở một hồ sơ; unfiled: văn bản của năm chưa lập hồ sơ
  archive handover SỐ/NĂM... --received-by TÊN --record SỐ_BIÊN_BẢN [--on NGÀY] | due --db TỆP
                         nộp lưu các hồ sơ đã kết thúc theo một biên bản; due: hồ sơ sắp hết hạn nộp lưu
  archive lend SỐ/NĂM (--to TÊN_ĐĂNG_NHẬP|--to-person HỌ_TÊN) --purpose MỤC_ĐÍCH --due NGÀY [--approved-by TÊN_ĐĂNG_NHẬP] [--on NGÀY]
       | return SỐ/NĂM [--on NGÀY] | loans [--overdue] --db TỆP   hồ sơ Mật trở lên: người dùng đủ mức tiếp cận, lãnh đạo duyệt
  archive review [SỐ/NĂM... --decision SỐ_QUYẾT_ĐỊNH --date NGÀY [--council TÊN_HỘI_ĐỒNG]] --db TỆP
                         hồ sơ hết thời hạn bảo quản; với --decision: ghi quyết định của hội đồng
  archive destroy ID --record SỐ_BIÊN_BẢN --confirm SỐ_BIÊN_BẢN [--on NGÀY] --db TỆP   Chánh Văn phòng; tệp đính kèm
                         của các văn bản bị xóa khỏi tệp, dòng sổ được giữ; làm trọn hoặc không làm gì
  asset add --name TÊN --category MÃ_LOẠI --cost SỐ_TIỀN --acquired NGÀY [--code MÃ] [--spec QUY_CÁCH] [--serial SỐ_HIỆU]
       [--document CHỨNG_TỪ] [--funding ngan-sach|khac] [--room NƠI] [--custodian NGƯỜI] [--rate 20] [--book tscd|ccdc]
       [--opening-year NĂM --opening-accumulated SỐ_TIỀN] [--note GHI_CHÚ] --db TỆP
                         sổ (tài sản cố định hay công cụ, dụng cụ) theo tiêu chuẩn (asset rules); tiền ghi số đồng chẵn
  asset list [--book tscd|ccdc] [--status S] [--current] [--category MÃ] [--room NƠI] [--custodian NGƯỜI] [--search CHỮ]
       | show MÃ | edit MÃ --reason LÝ_DO [các trường như add] --db TỆP
  asset move MÃ [--room NƠI] [--custodian NGƯỜI] [--record SỐ] | repair MÃ --cost SỐ_TIỀN --what NỘI_DUNG
       [--still-under-repair] | status MÃ in-use|under-repair|idle | upgrade MÃ --cost SỐ_TIỀN --document CHỨNG_TỪ
       [--years N] | revalue MÃ --cost SỐ_TIỀN --decision QUYẾT_ĐỊNH [--accumulated SỐ_TIỀN] [--years N]
       | dispose MÃ --decision QUYẾT_ĐỊNH [--record SỐ] [--proceeds SỐ_TIỀN] | lose MÃ --record SỐ
       | transfer MÃ --to ĐƠN_VỊ --decision QUYẾT_ĐỊNH   mỗi lệnh nhận thêm [--on NGÀY] [--note GHI_CHÚ] --db TỆP
  asset depreciate --year NĂM [--dry-run] | lock --year NĂM --signed-by HỌ_TÊN [--on NGÀY] | years --db TỆP
                         hao mòn tài sản cố định của năm; năm được khóa sổ khi bảng tính đã ký
  asset categories [--set MÃ [--name TÊN] [--prefix MT] [--group NHÓM] [--life N] [--rate 20] [--source NGUỒN]
       [--checked yes|no] | --remove MÃ] | rules [--min-cost SỐ_TIỀN] [--min-life N] [--in-year 31-12|thang] --db TỆP
  inventory start --committee &quot;A; B; C&quot; [--decision QUYẾT_ĐỊNH] [--on NGÀY] | mark MÃ... [--state found|elsewhere
       |damaged|missing] [--room NƠI] [--note GHI_CHÚ] | extra --name TÊN --category MÃ_LOẠI --cost SỐ_TIỀN [--room NƠI]
       | import TỆP | list [--state S] [--id N] | rest-missing | close --record SỐ [--decision QUYẾT_ĐỊNH] [--on NGÀY] --db TỆP
                         kiểm kê hằng năm: mỗi tài sản đang quản lý một dòng; mark MÃ như khi quét nhãn (có);
                         import: danh sách mã từ điện thoại; kết thúc thì bàn giao, ghi giảm (--decision) và ghi tài sản thừa
  report labels [MÃ...] --pdf TỆP --db TỆP   nhãn QR, 3 x 8 trên khổ A4 (mọi tài sản đang quản lý khi không ghi mã)
  report inventory | inventory-reconciliation [--id N] --pdf TỆP --db TỆP   biên bản kiểm kê, bảng đối chiếu
  report depreciation --year NĂM | asset-book | tools-book | assets-by-room | assets-by-custodian | asset-card MÃ
       | asset-handover --record SỐ | asset-disposal --record SỐ --pdf TỆP --db TỆP
                         giấy tờ tài sản: bảng tính hao mòn của năm (ghi ngày khi đã khóa sổ), các sổ, danh sách
                         theo nơi hoặc người sử dụng, thẻ tài sản và lịch sử, biên bản bàn giao, biên bản thanh lý
  report incoming-register|outgoing-register --from NGÀY --to NGÀY --pdf TỆP [--secret-book] --db TỆP
  report dossier-list --year NĂM | dossier-contents SỐ/NĂM | dossier-cover SỐ/NĂM...|--year NĂM | box-labels --year NĂM
       | archive-index [--year NĂM | --from NĂM --to NĂM] | handover --record SỐ_BIÊN_BẢN | lending | destruction [--id ID] --pdf TỆP --db TỆP
                         các mẫu của lưu trữ: danh mục hồ sơ của năm, mục lục văn bản của một hồ sơ, bìa hồ sơ, nhãn hộp,
                         mục lục hồ sơ của mọi năm, biên bản giao nhận và mục lục hồ sơ nộp lưu (mỗi thứ hai bản), sổ theo
                         dõi khai thác, danh mục tài liệu hết giá trị (với --id: danh mục theo quyết định và biên bản hủy)
  export incoming|outgoing --csv|--xlsx|--ods TỆP [--year NĂM] [--from NGÀY] [--to NGÀY] --db TỆP
  export assets | depreciation --year NĂM | inventory [--id N] --csv|--xlsx|--ods TỆP --db TỆP   sổ tài sản;
                         bảng tính hao mòn của một năm; các dòng của đợt kiểm kê (đợt đang mở hoặc đợt gần nhất)
  import incoming|outgoing|assets TỆP.xlsx|.ods|.csv [--mapping TỆP.json] [--dry-run] --db TỆP   nhập tất cả các dòng hoặc không dòng nào;
                         assets: sổ tài sản năm trước, hao mòn lũy kế tính đến hết năm trước
  member add HỌ_TÊN [--position CHỨC_VỤ] [--standing] [--standing-member] [--on NGÀY] | member list [--body B] --db TỆP
  member edit SỐ [--name HỌ_TÊN] [--position CHỨC_VỤ] --reason LÝ_DO --db TỆP   sửa thông tin một cấp ủy viên;
                         các cuộc họp chưa kết thúc mời theo tên đã sửa
  meeting add --kind committee|standing|standing-members|extraordinary|thematic|congress --date NGÀY --time GIỜ:PHÚT
       [--title TÊN] [--place ĐỊA_ĐIỂM] [--chair HỌ_TÊN] [--secretary HỌ_TÊN] [--body B] [--agenda &quot;Mục 1; Mục 2&quot;]
       [--secret MỨC]       cuộc họp mật: biên bản và tài liệu chỉ người đủ mức tiếp cận được xem
  meeting list [--from NGÀY] [--to NGÀY] | show SỐ | close SỐ [--ended GIỜ:PHÚT] | move SỐ --date NGÀY --time GIỜ:PHÚT --db TỆP
  meeting item SỐ [N] [--title TÊN] [--presenter NGƯỜI_TRÌNH_BÀY] [--documents &quot;A; B&quot;] [--minutes PHÚT] [--secret MỨC] --db TỆP
                         thêm một mục vào chương trình, hoặc sửa mục N
  meeting checklist SỐ [--done VIỆC|--open VIỆC|--skip VIỆC] --db TỆP   hạn tính từ ngày họp
  meeting template list --kind LOẠI | add --kind LOẠI --title TÊN --offset SỐ_NGÀY [--owner NGƯỜI]
       | set SỐ [--title TÊN] [--offset SỐ_NGÀY] [--owner NGƯỜI] | remove SỐ --db TỆP   danh mục việc chuẩn bị của văn phòng
  meeting guest SỐ HỌ_TÊN [--position CHỨC_VỤ] | approve-guests SỐ --by HỌ_TÊN --db TỆP
  meeting attend SỐ [NGƯỜI_DỰ present|absent|late [--reason LÝ_DO] [--arrived GIỜ:PHÚT]] --db TỆP   in ra số lượng cần để họp
  report minutes --meeting SỐ --pdf TỆP --db TỆP   biên bản thành hai bản; nêu những gì còn thiếu
  report invitation|signin --meeting SỐ --pdf TỆP --db TỆP   giấy mời cho từng người; danh sách ký tên
  report programme|dossier --meeting SỐ --pdf TỆP --db TỆP   chương trình; mục lục hồ sơ, nêu những gì còn thiếu
  meeting invitation-date SỐ [--date NGÀY] --db TỆP   ngày của giấy mời: xem, hoặc đặt (trước khi lấy số)
  meeting number SỐ minutes|invitation --db TỆP   lấy số của văn bản trong sổ văn bản đi khi ban hành
                         (ví dụ 12-BB/ĐU, 05-GM/ĐU; biên bản chỉ khi đã đủ); mọi lần in sau đều in số đó
  meeting paper SỐ --title TÊN [--secret MỨC] [--recall] [--sent NGÀY] | give SỐ TÀI_LIỆU [NGƯỜI_DỰ]
       | return SỐ TÀI_LIỆU NGƯỜI_DỰ | recall SỐ --db TỆP   tài liệu phát ra và thu hồi
  meeting attach SỐ TÀI_LIỆU TỆP | files SỐ TÀI_LIỆU | extract SỐ --file N --to ĐƯỜNG_DẪN --db TỆP   tệp của tài liệu họp
  meeting decide SỐ --type MÃ --excerpt TRÍCH_YẾU [--item N] --db TỆP   in ra số đã giữ, ví dụ 03-NQ/ĐU
  meeting task SỐ --title VIỆC [--owner NGƯỜI] [--due NGÀY] [--decision N] | tasks [SỐ] | task-done VIỆC --db TỆP
  meeting minutes SỐ [--item N] [--speaker HỌ_TÊN --text NỘI_DUNG [--kind presentation|speech|note]
       | --vote NỘI_DUNG --for N --against N --abstain N | --conclusion KẾT_LUẬN] --db TỆP
  meeting history SỐ --db TỆP   các lần sửa biên bản cuộc họp đã kết thúc: ai, lúc nào, vì sao, trước và sau
                         (sau meeting close, attend/guest/minutes/item cần --correction LÝ_DO)
  meeting export SỐ --package TỆP.vphop --db TỆP   cuộc họp thành tệp mã hóa riêng để mang sang máy xách tay
  meeting import --package TỆP.vphop [--dry-run] [--keep office|package] [--choose N=office|package,...] --db TỆP
                         hợp nhất gói trở lại; các xung đột được liệt kê và chờ chọn

Mật khẩu: VANPHONG_PASSWORD hoặc --password-file TỆP hoặc nhập khi được hỏi; mật khẩu mới:
VANPHONG_NEW_PASSWORD hoặc --new-password-file TỆP hoặc nhập khi được hỏi; mật khẩu của gói hội nghị:
VANPHONG_PACKAGE_PASSWORD hoặc --package-password-file TỆP hoặc nhập khi được hỏi. --json để xuất cho máy đọc.
Vai trò: admin, clerk, leader, accountant, viewer. Mức tiếp cận: thuong, mat, toi-mat, tuyet-mat.
Mã thoát: 0 thành công, 1 sai cách dùng, 2 sai thông tin đăng nhập, 3 không phải tệp VanPhong hoặc tệp hỏng, 4 lỗi khác,
5 vai trò của bạn không được phép (hoặc cần tự đặt mật khẩu trước).
</translation>
    </message>
    <message>
        <source>Say which register: export incoming|outgoing|assets|depreciation|inventory --csv|--xlsx|--ods FILE.</source>
        <translation>Hãy nói sổ nào: export incoming|outgoing|assets|depreciation|inventory --csv|--xlsx|--ods TỆP.</translation>
    </message>
    <message>
        <source>not locked; the register changed since: compute it again</source>
        <translation>chưa khóa sổ; sổ đã thay đổi từ lần tính: hãy tính lại</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n label(s) on %2 page(s).</source>
        <translation>
            <numerusform>Đã ghi %1: %n nhãn trên %2 trang.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClosedRecord</name>
    <message>
        <source>There is no meeting %1.</source>
        <translation>Không có cuộc họp %1.</translation>
    </message>
    <message>
        <source>The meeting is closed: its record is corrected only with a reason, which is kept in its history.</source>
        <translation>Cuộc họp đã kết thúc: biên bản, thành phần chỉ được sửa khi nêu lý do; lý do được lưu trong lịch sử sửa.</translation>
    </message>
    <message>
        <source>present</source>
        <translation>có mặt</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>vắng mặt</translation>
    </message>
    <message>
        <source>late</source>
        <translation>đến muộn</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>chưa điểm danh</translation>
    </message>
    <message>
        <source>presence</source>
        <translation>dự họp</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>lý do</translation>
    </message>
    <message>
        <source>arrived at</source>
        <translation>đến lúc</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>người phát biểu</translation>
    </message>
    <message>
        <source>text</source>
        <translation>nội dung</translation>
    </message>
    <message>
        <source>for</source>
        <translation>tán thành</translation>
    </message>
    <message>
        <source>against</source>
        <translation>không tán thành</translation>
    </message>
    <message>
        <source>abstaining</source>
        <translation>không biểu quyết</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>đã xóa</translation>
    </message>
    <message>
        <source>conclusion</source>
        <translation>kết luận</translation>
    </message>
    <message>
        <source>guest added</source>
        <translation>thêm khách mời</translation>
    </message>
    <message>
        <source>title</source>
        <translation>tên cuộc họp</translation>
    </message>
    <message>
        <source>place</source>
        <translation>địa điểm</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>chủ trì</translation>
    </message>
    <message>
        <source>recorder</source>
        <translation>thư ký</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>The meeting&apos;s record</source>
        <translation>Biên bản cuộc họp</translation>
    </message>
</context>
<context>
    <name>CommitteeMembers</name>
    <message>
        <source>A member needs a full name.</source>
        <translation>Cấp ủy viên cần có họ tên.</translation>
    </message>
    <message>
        <source>Say which term (nhiệm kỳ) the member belongs to.</source>
        <translation>Hãy nói đồng chí thuộc nhiệm kỳ nào.</translation>
    </message>
    <message>
        <source>There is no such member.</source>
        <translation>Không có cấp ủy viên này.</translation>
    </message>
    <message>
        <source>Say why the member&apos;s entry is corrected; the reason is kept with it.</source>
        <translation>Hãy nêu lý do sửa thông tin cấp ủy viên; lý do được lưu kèm.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Không có gì thay đổi.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file&apos;s journal is damaged or has been altered (record at byte %1); the file was left as it is.</source>
        <translation>Tệp nhật ký giao dịch bị hỏng hoặc đã bị sửa đổi (bản ghi tại byte %1); tệp dữ liệu được giữ nguyên.</translation>
    </message>
    <message>
        <source>Page %1 of the file is damaged or has been altered.</source>
        <translation>Trang %1 của tệp bị hỏng hoặc đã bị sửa đổi.</translation>
    </message>
    <message>
        <source>The file is in use by another program. Close it there and try again.</source>
        <translation>Tệp đang được chương trình khác sử dụng. Hãy đóng ở đó rồi thử lại.</translation>
    </message>
    <message>
        <source>The file or its folder cannot be written. Choose a location you may write to.</source>
        <translation>Không ghi được vào tệp hoặc thư mục chứa tệp. Hãy chọn nơi có quyền ghi.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space; nothing has been changed.</source>
        <translation>Ổ đĩa đã đầy. Hãy giải phóng dung lượng; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>This is not a VanPhong office file.</source>
        <translation>Đây không phải tệp dữ liệu văn phòng VanPhong.</translation>
    </message>
    <message>
        <source>The database inside the file is damaged (%1).</source>
        <translation>Cơ sở dữ liệu trong tệp bị hỏng (%1).</translation>
    </message>
    <message>
        <source>The file cannot be opened (%1).</source>
        <translation>Không mở được tệp (%1).</translation>
    </message>
    <message>
        <source>A read or write error occurred (%1).</source>
        <translation>Lỗi đọc hoặc ghi (%1).</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Lỗi cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Không có tệp %1.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Không đọc được tệp %1.</translation>
    </message>
    <message>
        <source>The file is cut short: its header is incomplete.</source>
        <translation>Tệp bị cắt ngắn: phần đầu tệp không đầy đủ.</translation>
    </message>
    <message>
        <source>The encryption layer could not be registered with SQLite.</source>
        <translation>Không đăng ký được lớp mã hóa với SQLite.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver is missing.</source>
        <translation>Thiếu trình điều khiển SQLite của Qt.</translation>
    </message>
    <message>
        <source>This build&apos;s SQLite cannot use VanPhong&apos;s encryption layer; the file was not opened.</source>
        <translation>SQLite của bản cài đặt này không dùng được lớp mã hóa của VanPhong; tệp không được mở.</translation>
    </message>
    <message>
        <source>The SQLite handle is not available.</source>
        <translation>Không truy cập được SQLite.</translation>
    </message>
    <message>
        <source>The file was not opened through the encryption layer; refusing to use it.</source>
        <translation>Tệp không được mở qua lớp mã hóa; từ chối sử dụng.</translation>
    </message>
    <message>
        <source>The recovery code is not correct.</source>
        <translation>Mã khôi phục không đúng.</translation>
    </message>
    <message>
        <source>The user name or password is not correct.</source>
        <translation>Tên đăng nhập hoặc mật khẩu không đúng.</translation>
    </message>
    <message>
        <source>The file header has been altered: its key slots do not match.</source>
        <translation>Phần đầu tệp đã bị sửa đổi: các khe khóa không khớp.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Hãy nhập tên đăng nhập.</translation>
    </message>
    <message>
        <source>The file %1 already exists; choose another name.</source>
        <translation>Tệp %1 đã có; hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>A user name and a password are required.</source>
        <translation>Cần có tên đăng nhập và mật khẩu.</translation>
    </message>
    <message>
        <source>The user name is too long.</source>
        <translation>Tên đăng nhập quá dài.</translation>
    </message>
    <message>
        <source>This file was made by a newer version of VanPhong (schema %1; this version knows %2). Please update the application.</source>
        <translation>Tệp được tạo bởi phiên bản VanPhong mới hơn (lược đồ %1; phiên bản này chỉ biết đến %2). Hãy cập nhật chương trình.</translation>
    </message>
    <message>
        <source>Upgrading the file to schema %1 failed: %2</source>
        <translation>Nâng cấp tệp lên lược đồ %1 không thành công: %2</translation>
    </message>
    <message>
        <source>writing the file header</source>
        <translation>ghi phần đầu tệp</translation>
    </message>
    <message>
        <source>A recovery session has no password of its own to change.</source>
        <translation>Phiên dùng mã khôi phục không có mật khẩu riêng để đổi.</translation>
    </message>
    <message>
        <source>The new password must not be empty.</source>
        <translation>Mật khẩu mới không được để trống.</translation>
    </message>
    <message>
        <source>This user has no key slot in the file.</source>
        <translation>Người dùng này không có khe khóa trong tệp.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>Mật khẩu hiện tại không đúng.</translation>
    </message>
    <message>
        <source>The file has no room for another user (at most %1 key slots).</source>
        <translation>Tệp không còn chỗ cho người dùng mới (tối đa %1 khe khóa).</translation>
    </message>
    <message>
        <source>The user %1 has no key slot.</source>
        <translation>Người dùng %1 không có khe khóa.</translation>
    </message>
    <message>
        <source>The last user cannot be removed.</source>
        <translation>Không thể xóa người dùng cuối cùng.</translation>
    </message>
    <message>
        <source>The restored file could not be put in place.</source>
        <translation>Không đặt được tệp khôi phục vào chỗ.</translation>
    </message>
    <message>
        <source>Sealing the new key failed.</source>
        <translation>Không niêm phong được khóa mới.</translation>
    </message>
    <message>
        <source>The re-encrypted file could not replace the old one; the old key stays in use.</source>
        <translation>Tệp đã mã hóa lại không thay được tệp cũ; khóa cũ vẫn được dùng.</translation>
    </message>
    <message>
        <source>Header copy %1 is damaged (the other copy is intact).</source>
        <translation>Bản %1 của phần đầu tệp bị hỏng (bản còn lại nguyên vẹn).</translation>
    </message>
    <message>
        <source>The file ends in the middle of a page (%1 bytes too many).</source>
        <translation>Tệp kết thúc giữa một trang (thừa %1 byte).</translation>
    </message>
    <message>
        <source>The file cannot be read from page %1 on.</source>
        <translation>Không đọc được tệp từ trang %1 trở đi.</translation>
    </message>
    <message>
        <source>Integrity check: %1</source>
        <translation>Kiểm tra toàn vẹn: %1</translation>
    </message>
    <message>
        <source>The restored file could not be written to disk.</source>
        <translation>Không ghi được tệp khôi phục xuống đĩa.</translation>
    </message>
    <message>
        <source>The current file could not be kept aside; nothing was restored.</source>
        <translation>Không cất giữ được tệp hiện tại; chưa khôi phục gì.</translation>
    </message>
    <message>
        <source>The new key must stay open to the user who changes it.</source>
        <translation>Khóa mới phải mở được cho chính người đổi khóa.</translation>
    </message>
    <message>
        <source>The header of the file&apos;s write-ahead log (%1) is damaged, while the log holds saved changes.</source>
        <translation>Phần đầu nhật ký ghi trước của tệp (%1) bị hỏng, trong khi nhật ký còn giữ các thay đổi đã lưu.</translation>
    </message>
    <message>
        <source>The file&apos;s write-ahead log (%1) is damaged at frame %2, and changes saved after that frame would be lost.</source>
        <translation>Nhật ký ghi trước của tệp (%1) bị hỏng ở khung %2, các thay đổi đã lưu sau khung đó sẽ bị mất.</translation>
    </message>
    <message>
        <source>The file was left as it is. Open it read-only (vanphong-cli backup --read-only) to save its last good state, and keep both files for whoever repairs it.</source>
        <translation>Tệp được giữ nguyên. Hãy mở ở chế độ chỉ đọc (vanphong-cli backup --read-only) để lưu trạng thái tốt cuối cùng, và giữ lại cả hai tệp cho người sửa chữa.</translation>
    </message>
    <message>
        <source>The copy could not be written to disk.</source>
        <translation>Không ghi được bản sao xuống đĩa.</translation>
    </message>
    <message>
        <source>The file&apos;s key slots are older than its contents (header change %1, the file has seen %2): an old copy of the header was put back, which may bring back a password that was reset or a user who was disabled. Ask the office chief to restore the file from a backup.</source>
        <translation>Các khe khóa của tệp cũ hơn nội dung của tệp (phần đầu ở lần thay đổi %1, tệp đã ghi nhận lần %2): một bản cũ của phần đầu tệp đã bị chép trở lại, có thể làm sống lại một mật khẩu đã được đặt lại hoặc một người dùng đã bị khóa. Hãy báo Chánh Văn phòng khôi phục tệp từ bản sao lưu.</translation>
    </message>
    <message>
        <source>The new signing key could not be made.</source>
        <translation>Không tạo được khóa ký mới.</translation>
    </message>
</context>
<context>
    <name>DecisionBook</name>
    <message>
        <source>Say what the decision is about (its excerpt).</source>
        <translation>Hãy ghi quyết định về việc gì (trích yếu).</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Hãy ghi việc cần làm.</translation>
    </message>
    <message>
        <source>There is no open task %1.</source>
        <translation>Không có việc đang mở số %1.</translation>
    </message>
    <message>
        <source>Decisions are recorded in the office file, where their numbers are reserved in the outgoing register; record this one after the package is brought back.</source>
        <translation>Quyết định của hội nghị được ghi ở tệp của văn phòng, nơi giữ số trong sổ văn bản đi; hãy ghi quyết định này sau khi mang gói về.</translation>
    </message>
    <message>
        <source>(%1: not shown at your clearance)</source>
        <translation>(%1: không hiển thị ở mức bạn được tiếp cận)</translation>
    </message>
    <message>
        <source>There is no decision %1 in this meeting.</source>
        <translation>Hội nghị này không có quyết định số %1.</translation>
    </message>
</context>
<context>
    <name>DepreciationTable</name>
    <message>
        <source>The depreciation of %1 has not been computed yet.</source>
        <translation>Chưa tính hao mòn năm %1.</translation>
    </message>
    <message>
        <source>The register changed after the depreciation of %1 was computed: compute it again before exporting its table.</source>
        <translation>Sổ tài sản đã thay đổi sau khi tính hao mòn năm %1: hãy tính lại trước khi xuất bảng tính.</translation>
    </message>
</context>
<context>
    <name>DocumentMarks</name>
    <message>
        <source>(%1: its content is kept in the secret file)</source>
        <translation>(%1: nội dung lưu ở tệp mật)</translation>
    </message>
    <message>
        <source>(%1: not shown at your clearance)</source>
        <translation>(%1: không hiển thị với mức tiếp cận của bạn)</translation>
    </message>
</context>
<context>
    <name>DocumentSymbol</name>
    <message>
        <source>The number and symbol are empty.</source>
        <translation>Chưa có số, ký hiệu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in a known form (such as 07-KL/VPTW or 15/2023/TT-BTC); it is kept as typed.</source>
        <translation>&quot;%1&quot; không theo dạng đã biết (như 07-KL/VPTW hoặc 15/2023/TT-BTC); được giữ nguyên như đã nhập.</translation>
    </message>
</context>
<context>
    <name>DocumentTypes</name>
    <message>
        <source>A type&apos;s code is 1 to 12 letters or digits, e.g. &quot;NQ&quot; or &quot;QĐi&quot;.</source>
        <translation>Mã loại văn bản gồm 1 đến 12 chữ cái hoặc chữ số, ví dụ &quot;NQ&quot; hoặc &quot;QĐi&quot;.</translation>
    </message>
    <message>
        <source>A type needs a name, e.g. &quot;Nghị quyết&quot;.</source>
        <translation>Loại văn bản cần có tên, ví dụ &quot;Nghị quyết&quot;.</translation>
    </message>
    <message>
        <source>The abbreviation &quot;%1&quot; is printed in symbols (12-NQ/ĐU): letters and digits only.</source>
        <translation>Chữ viết tắt &quot;%1&quot; được in trong ký hiệu (12-NQ/ĐU): chỉ gồm chữ cái và chữ số.</translation>
    </message>
    <message>
        <source>The type %1 already exists; a code differing only in marks or case would be confused with it.</source>
        <translation>Đã có loại %1; mã chỉ khác dấu hoặc chữ hoa, chữ thường sẽ bị nhầm với nó.</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>room %1</source>
        <translation>phòng %1</translation>
    </message>
    <message>
        <source>cabinet %1</source>
        <translation>tủ %1</translation>
    </message>
    <message>
        <source>shelf %1</source>
        <translation>ngăn %1</translation>
    </message>
    <message>
        <source>box %1</source>
        <translation>hộp %1</translation>
    </message>
</context>
<context>
    <name>DossierFiling</name>
    <message>
        <source>Incoming %1/%2</source>
        <translation>Văn bản đến số %1/%2</translation>
    </message>
    <message>
        <source>Meeting dossier: %1</source>
        <translation>Hồ sơ hội nghị: %1</translation>
    </message>
    <message>
        <source>Dossier of the meeting &quot;%1&quot; of %2</source>
        <translation>Hồ sơ hội nghị &quot;%1&quot; ngày %2</translation>
    </message>
    <message>
        <source>Only incoming and outgoing documents and meetings are filed into dossiers.</source>
        <translation>Chỉ văn bản đến, văn bản đi và hội nghị được đưa vào hồ sơ.</translation>
    </message>
    <message>
        <source>%1 was cancelled: there is no document to file.</source>
        <translation>%1 đã hủy: không có văn bản để lập hồ sơ.</translation>
    </message>
    <message>
        <source>%1 is not issued yet: a document is filed once it is issued.</source>
        <translation>%1 chưa phát hành: văn bản được lập hồ sơ khi đã phát hành.</translation>
    </message>
    <message>
        <source>Dossier %1/%2 is closed: documents are filed into open dossiers.</source>
        <translation>Hồ sơ %1/%2 đã kết thúc: chỉ đưa văn bản vào hồ sơ đang mở.</translation>
    </message>
    <message>
        <source>%1 is already filed in dossier %2/%3 (%4).</source>
        <translation>%1 đã ở trong hồ sơ %2/%3 (%4).</translation>
    </message>
    <message>
        <source>%1 was just filed in another dossier.</source>
        <translation>%1 vừa được đưa vào một hồ sơ khác.</translation>
    </message>
    <message>
        <source>This document is not filed in any dossier.</source>
        <translation>Văn bản này chưa ở hồ sơ nào.</translation>
    </message>
    <message>
        <source>Dossier %1/%2 is closed: nothing is taken out of it.</source>
        <translation>Hồ sơ %1/%2 đã kết thúc: không rút văn bản ra được.</translation>
    </message>
    <message>
        <source>taken out of the dossier</source>
        <translation>rút khỏi hồ sơ</translation>
    </message>
    <message>
        <source>The meeting is still marked as planned: close it, its minutes done, before filing its dossier.</source>
        <translation>Cuộc họp vẫn đang ở trạng thái dự kiến: hãy kết thúc cuộc họp, hoàn chỉnh biên bản, rồi mới lập hồ sơ.</translation>
    </message>
    <message>
        <source>A meeting is filed with its minutes and invitations as printed, which this program does not make.</source>
        <translation>Cuộc họp được lập hồ sơ cùng bản in biên bản và giấy mời, mà chương trình này không tạo được.</translation>
    </message>
    <message>
        <source>Dossier %1/%2: %3</source>
        <translation>Hồ sơ %1/%2: %3</translation>
    </message>
    <message>
        <source>%1 (destroyed on %2, record %3)</source>
        <translation>%1 (đã hủy ngày %2, biên bản số %3)</translation>
    </message>
    <message>
        <source>The meeting&apos;s minutes or invitation are filed on their own in dossier %1/%2: take them out first, the meeting&apos;s dossier holds them.</source>
        <translation>Biên bản hoặc giấy mời của cuộc họp đã được lập riêng vào hồ sơ %1/%2: hãy rút ra trước, hồ sơ cuộc họp sẽ giữ chúng.</translation>
    </message>
    <message>
        <source>%1 is a meeting&apos;s minutes or invitation, filed with its meeting in dossier %2/%3.</source>
        <translation>%1 là biên bản hoặc giấy mời của một cuộc họp, đã lập hồ sơ cùng cuộc họp trong hồ sơ %2/%3.</translation>
    </message>
</context>
<context>
    <name>DossierItemFiles</name>
    <message>
        <source>The meeting is above your clearance: its papers are filed by someone cleared to it.</source>
        <translation>Cuộc họp có độ mật cao hơn quyền của bạn: tài liệu của nó do người có đủ độ mật lập hồ sơ.</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>Không có tệp này.</translation>
    </message>
    <message>
        <source>This meeting&apos;s papers are above your clearance.</source>
        <translation>Tài liệu của cuộc họp này có độ mật cao hơn quyền của bạn.</translation>
    </message>
</context>
<context>
    <name>DossierLabels</name>
    <message>
        <source>Choose the dossiers whose covers to print.</source>
        <translation>Hãy chọn các hồ sơ cần in bìa.</translation>
    </message>
    <message>
        <source>No dossier of %1 has a box: give each dossier its box (Edit…, place) before printing the labels.</source>
        <translation>Chưa hồ sơ nào của năm %1 có số hộp: hãy ghi hộp cho từng hồ sơ (Sửa…, nơi bảo quản) trước khi in nhãn hộp.</translation>
    </message>
</context>
<context>
    <name>DossierLending</name>
    <message>
        <source>Dossier %1 is lent once it is closed; an open dossier is still being made up.</source>
        <translation>Hồ sơ %1 chỉ cho mượn khi đã kết thúc; hồ sơ đang mở còn đang lập.</translation>
    </message>
    <message>
        <source>Say who borrows the dossier and for what.</source>
        <translation>Hãy ghi người mượn và mục đích mượn.</translation>
    </message>
    <message>
        <source>Give the day it is lent (not one still to come) and the day it is due back, on or after it.</source>
        <translation>Hãy ghi ngày cho mượn (không phải ngày chưa tới) và hạn trả, từ ngày mượn trở đi.</translation>
    </message>
    <message>
        <source>%1 is not an active user of this file.</source>
        <translation>%1 không phải người dùng đang hoạt động của tệp này.</translation>
    </message>
    <message>
        <source>Dossier %1 is marked %2: it is lent only to a user of this file cleared to that level.</source>
        <translation>Hồ sơ %1 có độ mật %2: chỉ cho người dùng của tệp có mức tiếp cận tương ứng mượn.</translation>
    </message>
    <message>
        <source>%1&apos;s clearance is below dossier %2&apos;s mark (%3).</source>
        <translation>Mức tiếp cận của %1 thấp hơn độ mật của hồ sơ %2 (%3).</translation>
    </message>
    <message>
        <source>Dossier %1 is marked %2: name the leader who approved the loan (a leader&apos;s or the office chief&apos;s login).</source>
        <translation>Hồ sơ %1 có độ mật %2: hãy ghi lãnh đạo duyệt cho mượn (tên đăng nhập của lãnh đạo hoặc Chánh Văn phòng).</translation>
    </message>
    <message>
        <source>Dossier %1 is out on loan already; it is lent again once it is back.</source>
        <translation>Hồ sơ %1 đang được mượn; chỉ cho mượn lại khi đã trả.</translation>
    </message>
    <message>
        <source>There is no loan %1.</source>
        <translation>Không có phiếu mượn %1.</translation>
    </message>
    <message>
        <source>Dossier %1 came back on %2 already.</source>
        <translation>Hồ sơ %1 đã được trả ngày %2.</translation>
    </message>
    <message>
        <source>Give the day it came back: not before it was lent, not a day still to come.</source>
        <translation>Hãy ghi ngày trả: không trước ngày mượn, không phải ngày chưa tới.</translation>
    </message>
    <message>
        <source>The dossier is not out on loan.</source>
        <translation>Hồ sơ không đang được mượn.</translation>
    </message>
    <message>
        <source>Dossier %1 was destroyed: there is nothing to lend.</source>
        <translation>Hồ sơ %1 đã hủy: không còn gì để cho mượn.</translation>
    </message>
    <message>
        <source>Dossier %1 is named in a destruction decision: it is not lent.</source>
        <translation>Hồ sơ %1 đã có tên trong quyết định hủy: không cho mượn.</translation>
    </message>
    <message>
        <source>Dossier %1 was closed on %2: it cannot have been lent before.</source>
        <translation>Hồ sơ %1 kết thúc ngày %2: không thể cho mượn trước ngày đó.</translation>
    </message>
    <message>
        <source>The borrower does not approve his own loan of dossier %1: name another leader.</source>
        <translation>Người mượn không tự duyệt việc mượn hồ sơ %1: ghi tên một lãnh đạo khác.</translation>
    </message>
</context>
<context>
    <name>DossierListing</name>
    <message>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Đã nộp lưu</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số hồ sơ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề hồ sơ</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Keeper</source>
        <translation>Người lập</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Nơi để</translation>
    </message>
    <message>
        <source>Retention table row</source>
        <translation>Mã thời hạn bảo quản</translation>
    </message>
    <message>
        <source>Lent out</source>
        <translation>Đang cho mượn</translation>
    </message>
</context>
<context>
    <name>DossierRegister</name>
    <message>
        <source>There is no dossier %1.</source>
        <translation>Không có hồ sơ %1.</translation>
    </message>
    <message>
        <source>The dossier list of %1 has no dossier %2.</source>
        <translation>Danh mục hồ sơ năm %1 không có hồ sơ %2.</translation>
    </message>
    <message>
        <source>Give the dossier&apos;s number in the list.</source>
        <translation>Hãy ghi số hồ sơ trong danh mục.</translation>
    </message>
    <message>
        <source>Give the dossier&apos;s title.</source>
        <translation>Hãy ghi tiêu đề hồ sơ.</translation>
    </message>
    <message>
        <source>Give how long the dossier is kept: a row of the retention table, or permanent, or a number of years.</source>
        <translation>Hãy ghi thời hạn bảo quản: một dòng của bảng thời hạn, hoặc vĩnh viễn, hoặc số năm.</translation>
    </message>
    <message>
        <source>%1 is not a user of this file: the keeper is one of the office&apos;s users.</source>
        <translation>%1 không phải người dùng của tệp này: người lập hồ sơ phải là người dùng của văn phòng.</translation>
    </message>
    <message>
        <source>The dossier list of %1 already has a dossier %2.</source>
        <translation>Danh mục hồ sơ năm %1 đã có hồ sơ số %2.</translation>
    </message>
    <message>
        <source>A dossier of %1 is opened in %1, not on %2.</source>
        <translation>Hồ sơ năm %1 được mở trong năm %1, không phải ngày %2.</translation>
    </message>
    <message>
        <source>Dossier %1/%2 was handed over to the archive or destroyed: it no longer changes.</source>
        <translation>Hồ sơ %1/%2 đã nộp lưu hoặc đã hủy: không sửa được nữa.</translation>
    </message>
    <message>
        <source>A year&apos;s dossier list is drafted from an earlier year&apos;s.</source>
        <translation>Danh mục hồ sơ của một năm được lập từ danh mục của năm trước đó.</translation>
    </message>
    <message>
        <source>The dossier list of %1 has dossiers already: it is not drafted again.</source>
        <translation>Danh mục hồ sơ năm %1 đã có hồ sơ: không lập lại.</translation>
    </message>
    <message>
        <source>The dossier list of %1 is empty: there is nothing to draft from.</source>
        <translation>Danh mục hồ sơ năm %1 trống: không có gì để lập theo.</translation>
    </message>
    <message>
        <source>Say who approved the dossier list and on which day.</source>
        <translation>Hãy ghi người duyệt danh mục hồ sơ và ngày duyệt.</translation>
    </message>
    <message>
        <source>The list cannot be approved on a day still to come.</source>
        <translation>Không ghi ngày duyệt là một ngày chưa tới.</translation>
    </message>
    <message>
        <source>The dossier list of %1 is approved at the end of %2 or in %1.</source>
        <translation>Danh mục hồ sơ năm %1 được duyệt vào cuối năm %2 hoặc trong năm %1.</translation>
    </message>
    <message>
        <source>The dossier list of %1 is empty: there is nothing to approve.</source>
        <translation>Danh mục hồ sơ năm %1 trống: không có gì để duyệt.</translation>
    </message>
    <message>
        <source>Dossier %1/%2 is not open.</source>
        <translation>Hồ sơ %1/%2 không còn mở.</translation>
    </message>
    <message>
        <source>Count the dossier&apos;s sheets: a closed dossier says how many it holds.</source>
        <translation>Hãy đếm số tờ: hồ sơ kết thúc phải ghi số tờ.</translation>
    </message>
    <message>
        <source>Give the day the dossier is closed.</source>
        <translation>Hãy ghi ngày kết thúc hồ sơ.</translation>
    </message>
    <message>
        <source>A dossier is not closed on a day still to come.</source>
        <translation>Không kết thúc hồ sơ vào một ngày chưa tới.</translation>
    </message>
    <message>
        <source>A dossier is closed after it was opened (%1).</source>
        <translation>Hồ sơ kết thúc sau ngày mở (%1).</translation>
    </message>
    <message>
        <source>Name the dossier&apos;s keeper: who made it up answers for it.</source>
        <translation>Hãy ghi người lập hồ sơ: người lập chịu trách nhiệm về hồ sơ.</translation>
    </message>
    <message numerus="yes">
        <source>Number its %n sheet(s) in the top right corner.</source>
        <translation>
            <numerusform>Đánh số %n tờ ở góc phải phía trên.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the list of its documents (mục lục văn bản) and put it at the front.</source>
        <translation>In mục lục văn bản và để ở đầu hồ sơ.</translation>
    </message>
    <message>
        <source>Choose the dossiers to hand over.</source>
        <translation>Hãy chọn các hồ sơ nộp lưu.</translation>
    </message>
    <message>
        <source>Give the day of the hand-over; not a day still to come.</source>
        <translation>Hãy ghi ngày nộp lưu, không phải ngày chưa tới.</translation>
    </message>
    <message>
        <source>Say who received the dossiers for the archive and the hand-over record&apos;s number.</source>
        <translation>Hãy ghi người nhận hồ sơ cho lưu trữ và số biên bản giao nhận.</translation>
    </message>
    <message>
        <source>Dossier %1/%2 is not closed: a dossier is handed over once its work is done.</source>
        <translation>Hồ sơ %1/%2 chưa kết thúc: chỉ nộp lưu hồ sơ đã kết thúc.</translation>
    </message>
    <message>
        <source>Dossier %1/%2 was closed on %3: it is handed over after.</source>
        <translation>Hồ sơ %1/%2 kết thúc ngày %3: ngày nộp lưu phải sau đó.</translation>
    </message>
    <message>
        <source>Nothing registered is filed in it: list its paper documents by hand at the front.</source>
        <translation>Chưa có văn bản đăng ký nào trong hồ sơ: hãy viết tay mục lục các văn bản giấy và đặt ở đầu hồ sơ.</translation>
    </message>
    <message>
        <source>Hand-over record %1 was made on %2 and signed for what it lists: give this hand-over a record of its own.</source>
        <translation>Biên bản giao nhận %1 đã lập ngày %2 và đã ký cho những hồ sơ ghi trong đó: hãy lập biên bản mới cho lần nộp lưu này.</translation>
    </message>
    <message>
        <source>Dossier %1/%2 is lent to %3: it is handed over once it is back.</source>
        <translation>Hồ sơ %1/%2 đang cho %3 mượn: chỉ nộp lưu khi đã trả lại.</translation>
    </message>
    <message>
        <source>Dossier %1/%2 is closed and kept %3: that is not shortened now.</source>
        <translation>Hồ sơ %1/%2 đã kết thúc, thời hạn bảo quản %3: không rút ngắn được nữa.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) are filed in it: it holds at least as many sheets.</source>
        <translation>
            <numerusform>Hồ sơ có %n văn bản: số tờ ít nhất bằng số văn bản.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its latest document is dated %1: the dossier is closed on that day or later.</source>
        <translation>Văn bản mới nhất của hồ sơ đề ngày %1: hồ sơ được kết thúc từ ngày đó trở về sau.</translation>
    </message>
    <message>
        <source>The dossier list of %1 is not drafted yet: a dossier belongs to this year&apos;s list or next year&apos;s (%2) at the latest.</source>
        <translation>Danh mục hồ sơ năm %1 chưa được lập: hồ sơ thuộc danh mục năm nay, muộn nhất là năm sau (%2).</translation>
    </message>
    <message>
        <source>A dossier&apos;s number is written with digits, and letters, dots or dashes if the office&apos;s scheme uses them (05, 1.2, II-03), not &quot;%1&quot;.</source>
        <translation>Số hồ sơ được viết bằng chữ số, có thể kèm chữ cái, dấu chấm, gạch ngang nếu cách đánh số của văn phòng dùng (05, 1.2, II-03), không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The dossier list of %1 is drafted at the end of %2 at the earliest.</source>
        <translation>Danh mục hồ sơ năm %1 được lập sớm nhất vào cuối năm %2.</translation>
    </message>
    <message>
        <source>Dossier %1/%2 was handed over to the archive on %3 under record %4.</source>
        <translation>Hồ sơ %1/%2 đã nộp lưu ngày %3 theo biên bản %4.</translation>
    </message>
    <message>
        <source>Dossier %1/%2 was destroyed: there is nothing to hand over.</source>
        <translation>Hồ sơ %1/%2 đã bị hủy: không còn gì để nộp lưu.</translation>
    </message>
    <message>
        <source>The dossier list of %1 was approved on %2: approving it again records a later signature, the supplemented list&apos;s.</source>
        <translation>Danh mục hồ sơ năm %1 đã được duyệt ngày %2: duyệt lại là duyệt danh mục bổ sung, nên ngày ký phải sau ngày đó.</translation>
    </message>
    <message>
        <source>A dossier&apos;s year is from 1945 to %1, for example %2.</source>
        <translation>Năm của hồ sơ từ 1945 đến %1, ví dụ %2.</translation>
    </message>
</context>
<context>
    <name>DraftFields</name>
    <message>
        <source>the body one level up, in capitals (profile)</source>
        <translation>cơ quan cấp trên trực tiếp, chữ in hoa (hồ sơ văn phòng)</translation>
    </message>
    <message>
        <source>the committee that issues, in capitals (profile)</source>
        <translation>cơ quan ban hành (đảng ủy), chữ in hoa (hồ sơ văn phòng)</translation>
    </message>
    <message>
        <source>the number and symbol, e.g. 07-CV/ĐU</source>
        <translation>số và ký hiệu, ví dụ 07-CV/ĐU</translation>
    </message>
    <message>
        <source>the place on the date line (profile)</source>
        <translation>địa danh ở dòng ngày tháng (hồ sơ văn phòng)</translation>
    </message>
    <message>
        <source>the date in words, e.g. ngày 05 tháng 01 năm 2026</source>
        <translation>ngày tháng bằng chữ, ví dụ ngày 05 tháng 01 năm 2026</translation>
    </message>
    <message>
        <source>the type&apos;s name in capitals, e.g. NGHỊ QUYẾT</source>
        <translation>tên loại văn bản in hoa, ví dụ NGHỊ QUYẾT</translation>
    </message>
    <message>
        <source>the excerpt (a Công văn&apos;s begins with V/v)</source>
        <translation>trích yếu (của công văn bắt đầu bằng V/v)</translation>
    </message>
    <message>
        <source>the recipients a Công văn is addressed to, without the office&apos;s copy</source>
        <translation>nơi công văn kính gửi, không kể bản lưu Văn phòng</translation>
    </message>
    <message>
        <source>the recipients, one a line, ending with Lưu Văn phòng</source>
        <translation>nơi nhận, mỗi nơi một dòng, cuối cùng là Lưu Văn phòng</translation>
    </message>
    <message>
        <source>the signing capacity, e.g. T/M BAN THƯỜNG VỤ</source>
        <translation>thẩm quyền ký, ví dụ T/M BAN THƯỜNG VỤ</translation>
    </message>
    <message>
        <source>the signer&apos;s title, e.g. BÍ THƯ</source>
        <translation>chức vụ người ký, ví dụ BÍ THƯ</translation>
    </message>
    <message>
        <source>the signer&apos;s name</source>
        <translation>họ tên người ký</translation>
    </message>
    <message>
        <source>the secrecy mark (MẬT, TỐI MẬT, TUYỆT MẬT), or nothing</source>
        <translation>dấu mức độ mật (MẬT, TỐI MẬT, TUYỆT MẬT), hoặc để trống</translation>
    </message>
    <message>
        <source>the urgency mark (KHẨN, THƯỢNG KHẨN, HỎA TỐC), or nothing</source>
        <translation>dấu mức độ khẩn (KHẨN, THƯỢNG KHẨN, HỎA TỐC), hoặc để trống</translation>
    </message>
    <message>
        <source>the collective that decides, as the text names it, e.g. Ban Thường vụ Đảng ủy</source>
        <translation>tập thể quyết định, như văn bản gọi tên, ví dụ Ban Thường vụ Đảng ủy</translation>
    </message>
    <message>
        <source>the collective that decides, in capitals, e.g. BAN THƯỜNG VỤ ĐẢNG ỦY</source>
        <translation>tập thể quyết định, viết in hoa, ví dụ BAN THƯỜNG VỤ ĐẢNG ỦY</translation>
    </message>
</context>
<context>
    <name>DraftSaver</name>
    <message>
        <source>Draft from template</source>
        <translation>Soạn thảo từ mẫu</translation>
    </message>
    <message>
        <source>Write the draft?</source>
        <translation>Ghi tệp dự thảo?</translation>
    </message>
    <message>
        <source>OpenDocument text, LibreOffice (*.odt)</source>
        <translation>Văn bản OpenDocument, LibreOffice (*.odt)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Văn bản Word (*.docx)</translation>
    </message>
    <message>
        <source>Save the draft of %1</source>
        <translation>Lưu dự thảo văn bản %1</translation>
    </message>
    <message>
        <source>The draft cannot be written to %1: choose a folder where you may save files.</source>
        <translation>Không ghi được dự thảo vào %1: hãy chọn thư mục bạn có quyền lưu tệp.</translation>
    </message>
    <message>
        <source>No word processor opened the draft: open %1 yourself.</source>
        <translation>Không có trình soạn thảo văn bản nào mở được dự thảo: hãy tự mở tệp %1.</translation>
    </message>
    <message>
        <source>When the document is finished, attach it to the line with Attach…</source>
        <translation>Khi văn bản hoàn chỉnh, hãy đính kèm vào dòng sổ bằng nút Đính kèm…</translation>
    </message>
</context>
<context>
    <name>FileHeader</name>
    <message>
        <source>This is not a VanPhong office file.</source>
        <translation>Đây không phải tệp dữ liệu văn phòng VanPhong.</translation>
    </message>
    <message>
        <source>The file header is damaged: neither of its two copies is intact.</source>
        <translation>Phần đầu tệp bị hỏng: cả hai bản đều không nguyên vẹn.</translation>
    </message>
    <message>
        <source>This file was made by a newer version of VanPhong (file format %1). Please update the application.</source>
        <translation>Tệp được tạo bởi phiên bản VanPhong mới hơn (định dạng tệp %1). Hãy cập nhật chương trình.</translation>
    </message>
</context>
<context>
    <name>FileKindCheck</name>
    <message>
        <source>the secret file</source>
        <translation>tệp mật</translation>
    </message>
    <message>
        <source>an ordinary file</source>
        <translation>tệp thường</translation>
    </message>
    <message>
        <source>The file is marked as %1 (meta file.kind), but the audit log&apos;s entry %2 says it is %3: the mark was changed outside the application. Secret content must not be entered in it until the office chief has checked which file this is.</source>
        <translation>Tệp đang được đánh dấu là %1 (meta file.kind), nhưng mục %2 của nhật ký kiểm tra ghi đây là %3: dấu này đã bị sửa ngoài phần mềm. Không được nhập nội dung mật vào tệp cho đến khi chánh văn phòng kiểm tra xem đây là tệp nào.</translation>
    </message>
    <message>
        <source>The file is marked as %1 (meta file.kind), but the audit log&apos;s entry %2 was written by %3: the mark was changed outside the application. Secret content must not be entered in it until the office chief has checked which file this is.</source>
        <translation>Tệp đang được đánh dấu là %1 (meta file.kind), nhưng mục %2 của nhật ký kiểm tra do %3 ghi: dấu này đã bị sửa ngoài phần mềm. Không được nhập nội dung mật vào tệp cho đến khi chánh văn phòng kiểm tra xem đây là tệp nào.</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
</context>
<context>
    <name>IncomingListing</name>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã xử lý</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Đã lập hồ sơ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số đến</translation>
    </message>
    <message>
        <source> (secret)</source>
        <translation> (mật)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày đến</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Number, symbol</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Ngày văn bản</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Handed to</source>
        <translation>Người nhận xử lý</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Secret register</source>
        <translation>Sổ mật</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
</context>
<context>
    <name>IncomingRegister</name>
    <message>
        <source>The sender (issuing body) is required.</source>
        <translation>Cần có cơ quan ban hành.</translation>
    </message>
    <message>
        <source>The number and symbol are required.</source>
        <translation>Cần có số, ký hiệu.</translation>
    </message>
    <message>
        <source>The excerpt (trích yếu) is required.</source>
        <translation>Cần có trích yếu.</translation>
    </message>
    <message>
        <source>The document&apos;s date is after the day it was received.</source>
        <translation>Ngày văn bản sau ngày nhận.</translation>
    </message>
    <message>
        <source>&quot;Hỏa tốc hẹn giờ&quot; needs the time set.</source>
        <translation>&quot;Hỏa tốc hẹn giờ&quot; cần ghi giờ hẹn.</translation>
    </message>
    <message>
        <source>There is no document type %1.</source>
        <translation>Không có loại văn bản %1.</translation>
    </message>
    <message>
        <source>There is no incoming document with that number.</source>
        <translation>Không có văn bản đến số đó.</translation>
    </message>
    <message>
        <source>There is no incoming document number %1 of %2.</source>
        <translation>Không có văn bản đến số %1 năm %2.</translation>
    </message>
    <message>
        <source>Say to whom the document is handed.</source>
        <translation>Hãy ghi người hoặc đơn vị nhận văn bản.</translation>
    </message>
    <message>
        <source>Incoming number %1/%2 appears twice in the file.</source>
        <translation>Số đến %1/%2 xuất hiện hai lần trong tệp.</translation>
    </message>
    <message>
        <source>Incoming number %1/%2 is in the register already.</source>
        <translation>Số đến %1/%2 đã có trong sổ.</translation>
    </message>
    <message>
        <source>Nothing was imported: some rows have errors.</source>
        <translation>Chưa nhập gì: có dòng bị lỗi.</translation>
    </message>
    <message>
        <source>The day received is missing.</source>
        <translation>Thiếu ngày đến.</translation>
    </message>
    <message>
        <source>the excerpt</source>
        <translation>trích yếu</translation>
    </message>
    <message>
        <source>the leader&apos;s direction</source>
        <translation>ý kiến chỉ đạo của lãnh đạo</translation>
    </message>
    <message>
        <source>Cancel a line with its reason (incoming cancel).</source>
        <translation>Hủy một dòng phải kèm lý do (incoming cancel).</translation>
    </message>
    <message>
        <source>Incoming number %1/%2 was cancelled; it stays so.</source>
        <translation>Văn bản đến số %1/%2 đã bị hủy; dòng này giữ nguyên như vậy.</translation>
    </message>
    <message>
        <source>Only a done or filed document can be taken back to work.</source>
        <translation>Chỉ văn bản đã xử lý xong hoặc đã lưu hồ sơ mới có thể mở lại để xử lý tiếp.</translation>
    </message>
    <message>
        <source>Say why the line is cancelled; the reason stays in the book with it.</source>
        <translation>Hãy ghi lý do hủy; lý do được giữ cùng dòng trong sổ.</translation>
    </message>
    <message>
        <source>Incoming number %1/%2 is marked %3, above your clearance: only someone cleared for it may change it.</source>
        <translation>Văn bản đến số %1/%2 có độ mật %3, cao hơn mức bạn được tiếp cận: chỉ người được tiếp cận mức đó mới được sửa.</translation>
    </message>
    <message>
        <source>Say why the line is corrected; the reason is kept with it.</source>
        <translation>Hãy ghi lý do sửa; lý do được giữ cùng dòng.</translation>
    </message>
    <message>
        <source>The day received must stay in %1: number %2/%1 belongs to that year&apos;s register. Cancel this line and register the document again.</source>
        <translation>Ngày đến phải giữ trong năm %1: số %2/%1 thuộc sổ của năm đó. Hãy hủy dòng này và vào sổ lại văn bản.</translation>
    </message>
    <message>
        <source>Marking a line secret, or no longer secret, moves it to the other register, with other numbers: cancel this line and register the document again.</source>
        <translation>Đánh dấu mật hoặc bỏ dấu mật sẽ chuyển dòng sang sổ khác, với dãy số khác: hãy hủy dòng này và vào sổ lại văn bản.</translation>
    </message>
    <message>
        <source>You may not mark a line above your own clearance.</source>
        <translation>Bạn không được đánh độ mật cao hơn mức mình được tiếp cận.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>Incoming number %1/%2 is sealed with a key of its secrecy level that has not been given to you yet; it is given at the next sign-in of someone who holds it, such as the office chief.</source>
        <translation>Văn bản đến số %1/%2 được niêm phong bằng khóa của độ mật của nó, khóa chưa được trao cho bạn; khóa sẽ được trao khi người đang giữ khóa, ví dụ Chánh Văn phòng, đăng nhập lần tới.</translation>
    </message>
    <message>
        <source>%1 is still to come: give the day the document was handed over.</source>
        <translation>%1 là ngày chưa tới: hãy cho ngày văn bản được chuyển giao.</translation>
    </message>
    <message>
        <source>The document was received on %1: it cannot have been handed over on %2.</source>
        <translation>Văn bản được nhận ngày %1: không thể đã chuyển giao ngày %2.</translation>
    </message>
</context>
<context>
    <name>InvitationDate</name>
    <message>
        <source>The invitation&apos;s date is not a valid date.</source>
        <translation>Ngày của giấy mời không phải là ngày hợp lệ.</translation>
    </message>
    <message>
        <source>The invitation is dated %1, on or after the meeting&apos;s day (%2): it reaches nobody in time.</source>
        <translation>Giấy mời đề ngày %1, trùng hoặc sau ngày họp (%2): không đến tay ai kịp.</translation>
    </message>
    <message>
        <source>The invitation was issued as %1, dated %2 in the outgoing register; its date is corrected there.</source>
        <translation>Giấy mời đã ban hành với số %1, ngày %2 trong sổ văn bản đi; muốn sửa ngày thì sửa vào sổ.</translation>
    </message>
</context>
<context>
    <name>LineHistory</name>
    <message>
        <source>Received</source>
        <translation>Ngày đến</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Number, symbol</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Ngày văn bản</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại văn bản</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Số bản</translation>
    </message>
    <message>
        <source>Secrecy</source>
        <translation>Độ mật</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Độ khẩn</translation>
    </message>
    <message>
        <source>Time set</source>
        <translation>Giờ hẹn</translation>
    </message>
    <message>
        <source>To be recalled by</source>
        <translation>Thu hồi trước ngày</translation>
    </message>
    <message>
        <source>Handed to</source>
        <translation>Người nhận xử lý</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Thẩm quyền ký</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>Cancelled on</source>
        <translation>Ngày hủy</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>đang xử lý</translation>
    </message>
    <message>
        <source>done</source>
        <translation>đã xử lý</translation>
    </message>
    <message>
        <source>filed</source>
        <translation>đã lưu hồ sơ</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>number reserved</source>
        <translation>giữ số</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>đã phát hành</translation>
    </message>
    <message>
        <source>number given up</source>
        <translation>bỏ số</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Vào sổ</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Nhập từ bảng tính</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Chuyển giao</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Đổi trạng thái</translation>
    </message>
    <message>
        <source>Taken back to work</source>
        <translation>Mở lại để xử lý tiếp</translation>
    </message>
    <message>
        <source>Number reserved</source>
        <translation>Giữ số</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Phát hành</translation>
    </message>
    <message>
        <source>Number given up</source>
        <translation>Bỏ số</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sealed with its secrecy level&apos;s key</source>
        <translation>Niêm phong bằng khóa của độ mật</translation>
    </message>
</context>
<context>
    <name>ListExporter</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Sổ tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>LibreOffice spreadsheet (*.ods)</source>
        <translation>Bảng tính LibreOffice (*.ods)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Xuất danh sách</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Không xuất được</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>Không ghi được tệp %1: %2</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Đã xuất</translation>
    </message>
    <message>
        <source>%1 lines were written to %2.</source>
        <translation>Đã ghi %1 dòng vào %2.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất danh sách</translation>
    </message>
</context>
<context>
    <name>MarkBoxes</name>
    <message>
        <source>None</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Any mark</source>
        <translation>Mọi độ mật, độ khẩn</translation>
    </message>
    <message>
        <source>Secret (Mật and above)</source>
        <translation>Có độ mật (Mật trở lên)</translation>
    </message>
    <message>
        <source>Urgent (Khẩn and above)</source>
        <translation>Có độ khẩn (Khẩn trở lên)</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>planned</source>
        <translation>dự kiến</translation>
    </message>
    <message>
        <source>held</source>
        <translation>đang họp</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>đã kết thúc</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
</context>
<context>
    <name>MeetingArchiveCopies</name>
    <message>
        <source>The meeting&apos;s papers cannot be made here: this program does not lay out printed papers.</source>
        <translation>Không tạo được bản in tài liệu cuộc họp ở đây: chương trình này không dàn trang bản in.</translation>
    </message>
    <message>
        <source>The meeting&apos;s minutes are not finished (%1): a meeting is filed with its minutes as signed.</source>
        <translation>Biên bản cuộc họp chưa hoàn chỉnh (%1): cuộc họp được lập hồ sơ cùng biên bản đã ký.</translation>
    </message>
    <message>
        <source>The PDF of &quot;%1&quot; could not be made.</source>
        <translation>Không tạo được tệp PDF &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The minutes have no number yet: take it in the outgoing register (meeting number ID minutes) before filing the meeting.</source>
        <translation>Biên bản chưa có số: hãy lấy số trong sổ văn bản đi (Cuộc họp › Lấy số biên bản; meeting number ID minutes) trước khi lập hồ sơ cuộc họp.</translation>
    </message>
    <message>
        <source>The invitations have no number yet: take it in the outgoing register (meeting number ID invitation) before filing the meeting.</source>
        <translation>Giấy mời chưa có số: hãy lấy số trong sổ văn bản đi (Cuộc họp › Lấy số giấy mời; meeting number ID invitation) trước khi lập hồ sơ cuộc họp.</translation>
    </message>
</context>
<context>
    <name>MeetingDocuments</name>
    <message>
        <source>A meeting paper needs a title.</source>
        <translation>Tài liệu cuộc họp cần có tên.</translation>
    </message>
    <message>
        <source>That attendee holds no copy of this paper to return.</source>
        <translation>Người dự họp này không giữ bản nào của tài liệu này để trả lại.</translation>
    </message>
</context>
<context>
    <name>MeetingDossier</name>
    <message>
        <source>nobody is invited yet</source>
        <translation>chưa mời ai</translation>
    </message>
    <message>
        <source>the guest list is not yet approved by the standing members</source>
        <translation>danh sách khách mời chưa được Thường trực duyệt</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) not yet marked present or absent</source>
        <translation>
            <numerusform>còn %n đồng chí chưa ghi có mặt hay vắng mặt</numerusform>
        </translation>
    </message>
    <message>
        <source>the agenda is empty</source>
        <translation>chương trình chưa có nội dung</translation>
    </message>
    <message>
        <source>no document is listed under the agenda or among the papers</source>
        <translation>chưa có tài liệu nào trong chương trình hay danh sách tài liệu</translation>
    </message>
    <message>
        <source>no speech is recorded in the minutes</source>
        <translation>biên bản chưa ghi ý kiến phát biểu nào</translation>
    </message>
    <message>
        <source>no decision is recorded</source>
        <translation>chưa ghi quyết định nào</translation>
    </message>
    <message>
        <source>number reserved, the document is not yet issued</source>
        <translation>đã giữ số, văn bản chưa ban hành</translation>
    </message>
    <message>
        <source>named under the agenda item, not yet among the meeting&apos;s papers</source>
        <translation>có tên trong mục chương trình, chưa có trong tài liệu của hội nghị</translation>
    </message>
    <message>
        <source>the invitations are not yet issued (numbered in the outgoing register)</source>
        <translation>giấy mời chưa phát hành (chưa lấy số trong sổ văn bản đi)</translation>
    </message>
    <message>
        <source>the minutes are complete but not yet issued (numbered in the outgoing register)</source>
        <translation>biên bản đã đủ nội dung nhưng chưa phát hành (chưa lấy số trong sổ văn bản đi)</translation>
    </message>
</context>
<context>
    <name>MeetingPackage</name>
    <message>
        <source>This file is itself a meeting package; export meetings from the office file.</source>
        <translation>Tệp này chính là một gói hội nghị; hãy xuất cuộc họp từ tệp của văn phòng.</translation>
    </message>
    <message>
        <source>%1 is not a meeting package.</source>
        <translation>%1 không phải là gói hội nghị.</translation>
    </message>
    <message>
        <source>Wrong password for the meeting package.</source>
        <translation>Sai mật khẩu của gói hội nghị.</translation>
    </message>
    <message>
        <source>The package was written by another version of VanPhong; open it with this version on the laptop first, or update VanPhong here.</source>
        <translation>Gói được ghi bởi phiên bản VanPhong khác; hãy mở gói bằng phiên bản này trên máy xách tay trước, hoặc cập nhật VanPhong ở đây.</translation>
    </message>
    <message>
        <source>The package is damaged or has been altered, so it is refused: %1</source>
        <translation>Gói bị hỏng hoặc đã bị sửa đổi nên không được nhận: %1</translation>
    </message>
    <message>
        <source>This is an office file, not a meeting package.</source>
        <translation>Đây là tệp của văn phòng, không phải gói hội nghị.</translation>
    </message>
    <message>
        <source>This package was not exported from this office file (or its meeting was deleted since).</source>
        <translation>Gói này không được xuất từ tệp văn phòng này (hoặc cuộc họp của gói đã bị xóa).</translation>
    </message>
    <message>
        <source>This is not the file that was exported under this package&apos;s name; it is refused.</source>
        <translation>Đây không phải là tệp đã được xuất với tên của gói này; không được nhận.</translation>
    </message>
    <message>
        <source>This package was already imported on %1 by %2; a package is imported only once.</source>
        <translation>Gói này đã được nhập lúc %1 bởi %2; mỗi gói chỉ được nhập một lần.</translation>
    </message>
    <message>
        <source>The office&apos;s copy of the exported meeting cannot be read.</source>
        <translation>Không đọc được bản lưu của cuộc họp khi xuất ở văn phòng.</translation>
    </message>
    <message>
        <source>The meeting was deleted from the package; there is nothing to bring back.</source>
        <translation>Cuộc họp đã bị xóa khỏi gói; không có gì để mang về.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) still wait for a choice: keep the office&apos;s value or take the laptop&apos;s.</source>
        <translation>
            <numerusform>Còn %n xung đột chờ chọn: giữ giá trị của văn phòng hay lấy giá trị từ máy xách tay.</numerusform>
        </translation>
    </message>
    <message>
        <source>This package was already imported; a package is imported only once.</source>
        <translation>Gói này đã được nhập; mỗi gói chỉ được nhập một lần.</translation>
    </message>
    <message>
        <source>The meeting changed in the office file after the package was read; read the package again.</source>
        <translation>Cuộc họp đã thay đổi trong tệp văn phòng sau khi đọc gói; hãy đọc lại gói.</translation>
    </message>
    <message>
        <source>%1 change(s) written, %2 kept as in the office</source>
        <translation>đã ghi %1 thay đổi, giữ nguyên %2 theo bản văn phòng</translation>
    </message>
    <message>
        <source>A row of the package went missing while it was merged.</source>
        <translation>Một dòng của gói bị thiếu khi hợp nhất.</translation>
    </message>
    <message>
        <source>This meeting holds parts marked above your clearance; only someone cleared for them may take it to a laptop.</source>
        <translation>Cuộc họp này có phần mang độ mật vượt mức tiếp cận của bạn; chỉ người đủ mức tiếp cận mới được mang ra máy xách tay.</translation>
    </message>
    <message>
        <source>This meeting holds parts marked above your clearance; only someone cleared for them may bring its package back.</source>
        <translation>Cuộc họp có phần được đánh dấu mật cao hơn mức bạn được tiếp cận; chỉ người được tiếp cận các phần đó mới được nhập lại gói của cuộc họp.</translation>
    </message>
</context>
<context>
    <name>MeetingSeals</name>
    <message>
        <source>There is no meeting %1.</source>
        <translation>Không có cuộc họp %1.</translation>
    </message>
</context>
<context>
    <name>MeetingSecrecy</name>
    <message>
        <source>There is no meeting %1.</source>
        <translation>Không có cuộc họp %1.</translation>
    </message>
    <message>
        <source>This is marked %1: above your clearance.</source>
        <translation>Nội dung này mang độ %1: vượt mức tiếp cận của bạn.</translation>
    </message>
    <message>
        <source>There is no such agenda item.</source>
        <translation>Không có mục chương trình này.</translation>
    </message>
    <message>
        <source>It already holds minutes, conclusions or papers&apos; files, which this ordinary file may not keep at %1: they belong to the secret file, on the office&apos;s standalone computer.</source>
        <translation>Cuộc họp hoặc nội dung này đã có biên bản, kết luận hoặc tệp tài liệu, mà tệp thường không được giữ ở mức %1: các nội dung đó thuộc tệp mật, trên máy tính độc lập của văn phòng.</translation>
    </message>
</context>
<context>
    <name>MeetingStore</name>
    <message>
        <source>Say when the meeting starts.</source>
        <translation>Hãy cho thời gian bắt đầu cuộc họp.</translation>
    </message>
    <message>
        <source>No term of the committee covers %1. Add the term (nhiệm kỳ) in the office profile first.</source>
        <translation>Chưa có nhiệm kỳ nào bao gồm ngày %1. Hãy thêm nhiệm kỳ ở Thông tin văn phòng trước.</translation>
    </message>
    <message>
        <source>There is no meeting %1.</source>
        <translation>Không có cuộc họp số %1.</translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation>Mục chương trình cần có tên.</translation>
    </message>
    <message>
        <source>There is no such checklist item.</source>
        <translation>Không có việc chuẩn bị này.</translation>
    </message>
    <message>
        <source>Say who of the standing members approved the guest list.</source>
        <translation>Hãy ghi đồng chí Thường trực nào đã duyệt danh sách khách mời.</translation>
    </message>
    <message>
        <source>The planned time is in minutes, from 0 to a day.</source>
        <translation>Thời gian dự kiến tính bằng phút, từ 0 đến một ngày.</translation>
    </message>
    <message>
        <source>There is no such agenda item.</source>
        <translation>Không có mục chương trình này.</translation>
    </message>
    <message>
        <source>You may not mark a meeting above your own clearance.</source>
        <translation>Không được đặt độ mật cho cuộc họp cao hơn mức tiếp cận của chính bạn.</translation>
    </message>
    <message>
        <source>You may not mark an agenda item above your own clearance.</source>
        <translation>Không được đặt độ mật cho mục chương trình cao hơn mức tiếp cận của chính bạn.</translation>
    </message>
    <message>
        <source>the conclusion</source>
        <translation>kết luận</translation>
    </message>
    <message>
        <source>The meeting is closed already.</source>
        <translation>Cuộc họp đã kết thúc rồi.</translation>
    </message>
    <message>
        <source>The meeting began at %1: it cannot end at %2.</source>
        <translation>Cuộc họp bắt đầu lúc %1: không thể kết thúc lúc %2.</translation>
    </message>
</context>
<context>
    <name>MinutesBook</name>
    <message>
        <source>Votes cannot be negative.</source>
        <translation>Số phiếu không thể âm.</translation>
    </message>
    <message>
        <source>%1 votes were counted, but the body has %2 members.</source>
        <translation>Đã đếm %1 phiếu, nhưng chỉ có %2 thành viên.</translation>
    </message>
    <message>
        <source>This entry of the minutes no longer exists.</source>
        <translation>Mục này của biên bản không còn nữa.</translation>
    </message>
    <message>
        <source>the minutes</source>
        <translation>biên bản</translation>
    </message>
    <message>
        <source>%1 votes were counted, but only %2 members are present.</source>
        <translation>Đã đếm %1 phiếu, nhưng chỉ có %2 ủy viên có mặt.</translation>
    </message>
</context>
<context>
    <name>MinutesReport</name>
    <message>
        <source>The place of the meeting is missing.</source>
        <translation>Thiếu địa điểm cuộc họp.</translation>
    </message>
    <message>
        <source>The chair is missing.</source>
        <translation>Thiếu người chủ trì.</translation>
    </message>
    <message>
        <source>The recorder (thư ký) is missing.</source>
        <translation>Thiếu thư ký ghi biên bản.</translation>
    </message>
    <message numerus="yes">
        <source>The attendance of %n member(s) is not recorded.</source>
        <translation>
            <numerusform>Chưa ghi tình trạng dự họp của %n đồng chí.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1 of %2 members are recorded present; %3 are needed to hold the meeting.</source>
        <translation>Mới ghi có mặt %1 trên %2 đồng chí; cần %3 đồng chí mới đủ để họp.</translation>
    </message>
    <message>
        <source>The agenda is empty.</source>
        <translation>Chương trình cuộc họp còn trống.</translation>
    </message>
    <message>
        <source>Item %1 (%2) has no conclusion by the chair.</source>
        <translation>Mục %1 (%2) chưa có kết luận của chủ trì.</translation>
    </message>
    <message>
        <source>The time the meeting ended is missing.</source>
        <translation>Thiếu giờ kết thúc cuộc họp.</translation>
    </message>
    <message>
        <source>%1 is marked late, but the time of arrival is not recorded.</source>
        <translation>Đồng chí %1 được ghi đến muộn nhưng chưa ghi giờ đến.</translation>
    </message>
    <message>
        <source>%1 is recorded as arriving at %2, outside the meeting: correct the time of arrival.</source>
        <translation>Đồng chí %1 được ghi đến lúc %2, ngoài thời gian cuộc họp: hãy sửa giờ đến.</translation>
    </message>
    <message>
        <source>Whether the invited guest(s) %1 came is not recorded.</source>
        <translation>Chưa ghi khách mời %1 có dự họp hay không.</translation>
    </message>
</context>
<context>
    <name>NameDirectory</name>
    <message>
        <source>%1 (group)</source>
        <translation>%1 (nhóm)</translation>
    </message>
    <message>
        <source>This name is no longer in the list.</source>
        <translation>Tên này không còn trong danh sách.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the list.</source>
        <translation>&quot;%1&quot; không có trong danh sách.</translation>
    </message>
    <message>
        <source>Type the name.</source>
        <translation>Hãy gõ tên.</translation>
    </message>
    <message>
        <source>&quot;Lưu Văn phòng&quot; ends every list of recipients by itself.</source>
        <translation>&quot;Lưu Văn phòng&quot; tự động đứng cuối mọi danh sách nơi nhận.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the list already, as &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; đã có trong danh sách, là &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the list already: merge the two names instead.</source>
        <translation>&quot;%1&quot; đã có trong danh sách: hãy gộp hai tên lại.</translation>
    </message>
    <message>
        <source>Choose two different names to merge.</source>
        <translation>Hãy chọn hai tên khác nhau để gộp.</translation>
    </message>
    <message>
        <source>Only names of the same list can be merged.</source>
        <translation>Chỉ gộp được các tên trong cùng một danh sách.</translation>
    </message>
    <message>
        <source>Give the group a name.</source>
        <translation>Hãy đặt tên cho nhóm.</translation>
    </message>
    <message>
        <source>A group cannot be one of its own members.</source>
        <translation>Một nhóm không thể là thành viên của chính nó.</translation>
    </message>
    <message>
        <source>Name at least one member of the group, one per line.</source>
        <translation>Hãy ghi ít nhất một thành viên của nhóm, mỗi dòng một tên.</translation>
    </message>
    <message>
        <source>There is a group named &quot;%1&quot; already.</source>
        <translation>Đã có một nhóm tên &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This group is no longer in the list.</source>
        <translation>Nhóm này không còn trong danh sách.</translation>
    </message>
</context>
<context>
    <name>NumberSeriesCheck</name>
    <message>
        <source>Series &quot;%1&quot; of number_series is missing, but its lines are numbered up to %2: the register would number the next line 1 again and refuse it.</source>
        <translation>Dãy số &quot;%1&quot; của bảng number_series bị mất, nhưng các dòng của dãy đã được đánh số đến %2: sổ sẽ đánh lại số 1 cho dòng tiếp theo và từ chối ghi.</translation>
    </message>
    <message>
        <source>Series &quot;%1&quot; of number_series is at %2, but its lines are numbered up to %3: the register would give the next line a number already used, and refuse it. The counter was changed outside the application.</source>
        <translation>Dãy số &quot;%1&quot; của bảng number_series đang ở số %2, nhưng các dòng của dãy đã được đánh số đến %3: sổ sẽ cấp cho dòng tiếp theo một số đã dùng và từ chối ghi. Bộ đếm đã bị sửa ngoài phần mềm.</translation>
    </message>
    <message>
        <source>Series &quot;%1&quot; of number_series is at %2, but its highest line is number %3: lines numbered after %3 were removed, or the counter was changed outside the application so that numbers are skipped.</source>
        <translation>Dãy số &quot;%1&quot; của bảng number_series đang ở số %2, nhưng dòng có số lớn nhất là số %3: các dòng sau số %3 đã bị xóa, hoặc bộ đếm đã bị sửa ngoài phần mềm khiến sổ bị nhảy số.</translation>
    </message>
</context>
<context>
    <name>OdsFormat</name>
    <message>
        <source>The sheet has more than %1 rows; it is not imported.</source>
        <translation>Trang tính có hơn %1 dòng; không nhập.</translation>
    </message>
    <message>
        <source>The spreadsheet is damaged: &quot;content.xml&quot; is not well-formed XML (%1).</source>
        <translation>Bảng tính bị hỏng: &quot;content.xml&quot; không phải XML hợp lệ (%1).</translation>
    </message>
</context>
<context>
    <name>OfficeProfile</name>
    <message>
        <source>Higher party organisation</source>
        <translation>Đảng bộ cấp trên</translation>
    </message>
    <message>
        <source>Issuer abbreviation in symbols</source>
        <translation>Chữ viết tắt cơ quan ban hành trong ký hiệu</translation>
    </message>
    <message>
        <source>Place name for the date line</source>
        <translation>Địa danh ghi ở dòng ngày tháng</translation>
    </message>
    <message>
        <source>Office chief</source>
        <translation>Chánh Văn phòng</translation>
    </message>
    <message>
        <source>Deputy chiefs</source>
        <translation>Phó Chánh Văn phòng</translation>
    </message>
    <message>
        <source>The issuer abbreviation must be capital letters without spaces, such as ĐU.</source>
        <translation>Chữ viết tắt cơ quan ban hành phải là chữ in hoa, không có dấu cách, ví dụ ĐU.</translation>
    </message>
    <message>
        <source>The place name for the date line is required.</source>
        <translation>Cần có địa danh ghi ở dòng ngày tháng.</translation>
    </message>
    <message>
        <source>Party organisation (Đảng bộ)</source>
        <translation>Tổ chức đảng (Đảng bộ)</translation>
    </message>
    <message>
        <source>Party committee, the issuing body (Đảng ủy)</source>
        <translation>Cấp ủy ban hành văn bản (Đảng ủy)</translation>
    </message>
    <message>
        <source>Executive committee (as named in text)</source>
        <translation>Ban Chấp hành (tên ghi trong văn bản)</translation>
    </message>
    <message>
        <source>Standing committee (as named in text)</source>
        <translation>Ban Thường vụ (tên ghi trong văn bản)</translation>
    </message>
    <message>
        <source>Standing members (as named in text)</source>
        <translation>Thường trực (tên ghi trong văn bản)</translation>
    </message>
    <message>
        <source>The committee&apos;s name (committee-name) was not kept in this file; it is taken from the organisation&apos;s &quot;%1&quot; as &quot;%2&quot;. Check it and save the profile.</source>
        <translation>Tệp này chưa lưu tên cấp ủy (committee-name); tên được suy ra từ tên tổ chức đảng &quot;%1&quot; là &quot;%2&quot;. Hãy kiểm tra rồi lưu thông tin văn phòng.</translation>
    </message>
    <message>
        <source>This file kept the committee&apos;s name &quot;%1&quot; as the organisation&apos;s; the organisation is taken to be &quot;%2&quot;. Check both and save the profile.</source>
        <translation>Tệp này lưu tên cấp ủy &quot;%1&quot; ở chỗ tên tổ chức đảng; tên tổ chức đảng được hiểu là &quot;%2&quot;. Hãy kiểm tra cả hai rồi lưu thông tin văn phòng.</translation>
    </message>
    <message>
        <source>The committee&apos;s name (committee-name) was not kept in this file; &quot;%1&quot; is printed until it is set.</source>
        <translation>Tệp này chưa lưu tên cấp ủy (committee-name); văn bản in &quot;%1&quot; cho đến khi tên được khai báo.</translation>
    </message>
    <message>
        <source>The name of the party committee is required.</source>
        <translation>Cần nhập tên cấp ủy.</translation>
    </message>
    <message>
        <source>The committee&apos;s name &quot;%1&quot; starts with &quot;ĐẢNG BỘ&quot;: documents are issued by the committee (such as &quot;%2&quot;); &quot;ĐẢNG BỘ&quot; is right only on the congress&apos;s papers.</source>
        <translation>Tên cấp ủy &quot;%1&quot; bắt đầu bằng &quot;ĐẢNG BỘ&quot;: văn bản do cấp ủy ban hành (ví dụ &quot;%2&quot;); &quot;ĐẢNG BỘ&quot; chỉ đúng trên văn bản của đại hội.</translation>
    </message>
    <message>
        <source>Mark of the secret series in symbols</source>
        <translation>Dấu hiệu của hệ thống số văn bản mật trong ký hiệu</translation>
    </message>
    <message>
        <source>The mark of the secret series must be one to four capital letters or digits, such as M.</source>
        <translation>Dấu hiệu của hệ thống số văn bản mật phải gồm một đến bốn chữ in hoa hoặc chữ số, ví dụ M.</translation>
    </message>
    <message>
        <source>Issuer of the congress&apos;s documents in symbols</source>
        <translation>Ký hiệu cơ quan ban hành văn bản của Đại hội</translation>
    </message>
    <message>
        <source>The issuer of the congress&apos;s documents must be capital letters without spaces, such as ĐH, and not the committee&apos;s abbreviation: the two series would print the same symbols.</source>
        <translation>Ký hiệu văn bản của Đại hội phải là chữ in hoa không có dấu cách, như ĐH, và khác chữ viết tắt của đảng ủy: nếu trùng, hai loạt số sẽ in ra cùng một ký hiệu.</translation>
    </message>
</context>
<context>
    <name>OfficeSession</name>
    <message>
        <source>This account is disabled. Ask the office chief.</source>
        <translation>Tài khoản này đã bị khóa. Hãy liên hệ Chánh Văn phòng.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <source>With the recovery code you may only set a new password.</source>
        <translation>Với mã khôi phục, chỉ được đặt mật khẩu mới.</translation>
    </message>
    <message>
        <source>The office must keep at least one active office chief.</source>
        <translation>Văn phòng phải luôn có ít nhất một Chánh Văn phòng đang hoạt động.</translation>
    </message>
    <message>
        <source>A user named %1 already exists.</source>
        <translation>Đã có người dùng tên %1.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>Không có người dùng %1.</translation>
    </message>
    <message>
        <source>You cannot remove your own account.</source>
        <translation>Không thể tự xóa tài khoản của mình.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in, but the file could not be given a new key: %2 Change the file&apos;s key (rekey) as soon as it is free, so that an old copy of the key slots does not let them in.</source>
        <translation>%1 không còn đăng nhập được, nhưng chưa đổi được khóa của tệp: %2 Hãy đổi khóa tệp (rekey) ngay khi tệp rảnh, để bản sao khe khóa cũ không cho người đó vào.</translation>
    </message>
    <message>
        <source>The file has a key slot for &quot;%1&quot;, who is not an active user: someone may have planted it. Change the file&apos;s key (rekey) to remove it.</source>
        <translation>Tệp có khe khóa của &quot;%1&quot;, không phải người dùng đang hoạt động: có thể đã bị cài vào. Hãy đổi khóa tệp (rekey) để loại bỏ.</translation>
    </message>
    <message>
        <source>%1 is disabled; only the office chief can enable the account again.</source>
        <translation>%1 đã bị khóa; chỉ chánh văn phòng mới mở lại được tài khoản.</translation>
    </message>
    <message>
        <source>Choose a password different from the one you have.</source>
        <translation>Hãy chọn mật khẩu khác với mật khẩu đang dùng.</translation>
    </message>
    <message>
        <source>The new recovery code must be shown or saved before the file&apos;s key changes.</source>
        <translation>Mã khôi phục mới phải được hiện ra hoặc lưu lại trước khi tệp đổi khóa.</translation>
    </message>
    <message>
        <source>The audit log names another signing key as yours: entries in your name may have been written by someone else with a tool. Ask the office chief to check the file (it names those entries) and to reset your password, which gives you a key of your own again.</source>
        <translation>Nhật ký thay đổi ghi một khóa ký khác là khóa của bạn: có thể người khác đã dùng công cụ để ghi nhật ký dưới tên bạn. Hãy báo Chánh Văn phòng kiểm tra tệp (kết quả kiểm tra sẽ chỉ ra các mục đó) và đặt lại mật khẩu cho bạn, để bạn lại có khóa ký của riêng mình.</translation>
    </message>
    <message>
        <source>Your account in the file (%1, clearance %2) is not what its audit log says (%3, clearance %4%5): it was changed outside the application, so it is not used. Ask the office chief to check the file (File › Check the file).</source>
        <translation>Tài khoản của bạn trong tệp (%1, mức tiếp cận %2) không đúng như nhật ký thay đổi ghi nhận (%3, mức tiếp cận %4%5): tài khoản đã bị sửa từ bên ngoài chương trình nên không được dùng. Hãy báo Chánh Văn phòng kiểm tra tệp (Tệp › Kiểm tra tệp).</translation>
    </message>
    <message>
        <source>, disabled</source>
        <translation>, đã khóa</translation>
    </message>
    <message>
        <source>%1 is an office chief and may know the recovery code: a new code is made with the new key, and must be shown or saved first. Nothing was changed.</source>
        <translation>%1 là Chánh Văn phòng và có thể biết mã khôi phục: một mã mới được tạo cùng khóa mới và phải được hiện ra hoặc lưu lại trước. Chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>Audit log entry %1 (%2, %3): warned at sign-in: %4</source>
        <translation>Mục nhật ký thay đổi số %1 (%2, %3): cảnh báo khi đăng nhập: %4</translation>
    </message>
    <message>
        <source>Your account is not in the file&apos;s audit log: it was written outside the application, so it is not used. Ask the office chief to check the file (File › Check the file).</source>
        <translation>Tài khoản của bạn không có trong nhật ký thay đổi của tệp: tài khoản đã được ghi từ bên ngoài chương trình nên không được dùng. Hãy báo Chánh Văn phòng kiểm tra tệp (Tệp › Kiểm tra tệp).</translation>
    </message>
    <message>
        <source>You cannot give a clearance above your own (%1).</source>
        <translation>Bạn không thể cấp quyền tiếp cận cao hơn quyền của chính mình (%1).</translation>
    </message>
    <message>
        <source>The secrecy keys could not be shared or renewed now because the file is busy; this is done at your next sign-in.</source>
        <translation>Chưa trao hoặc làm mới được khóa độ mật vì tệp đang bận; việc này sẽ được làm ở lần đăng nhập sau của bạn.</translation>
    </message>
    <message>
        <source>Secret content written by an older version could not be sealed now (%1); this is tried again at your next sign-in.</source>
        <translation>Chưa niêm phong được nội dung mật do phiên bản cũ ghi (%1); việc này sẽ được thử lại ở lần đăng nhập sau của bạn.</translation>
    </message>
</context>
<context>
    <name>OutgoingDrafter</name>
    <message>
        <source>This document is marked %1. Its draft is an ordinary file, not encrypted: keep it on this computer only, attach the finished document to its register line and then delete the file.</source>
        <translation>Văn bản này có dấu %1. Tệp dự thảo là tệp thường, không được mã hóa: chỉ giữ trên máy tính này, đính kèm văn bản hoàn chỉnh vào dòng sổ rồi xóa tệp.</translation>
    </message>
    <message>
        <source>The document %1 is marked %2, above your clearance: it cannot be drafted by you.</source>
        <translation>Văn bản %1 có dấu %2, vượt mức được tiếp cận của bạn: bạn không soạn thảo được văn bản này.</translation>
    </message>
    <message>
        <source>The number %1 was given up or cancelled: there is no document to draft.</source>
        <translation>Số %1 đã bỏ hoặc đã hủy: không có văn bản để soạn thảo.</translation>
    </message>
    <message>
        <source>the draft</source>
        <translation>bản dự thảo</translation>
    </message>
    <message>
        <source>The document type %1 is no longer in the office&apos;s list.</source>
        <translation>Loại văn bản %1 không còn trong danh mục của văn phòng.</translation>
    </message>
    <message>
        <source>The office&apos;s template of %1 is not a %2 file; import it again.</source>
        <translation>Mẫu %1 của văn phòng không phải tệp %2; hãy nhập lại mẫu.</translation>
    </message>
    <message>
        <source>The line names no signer: the signing block is left for you to fill in.</source>
        <translation>Dòng sổ chưa có người ký: phần chữ ký để trống cho bạn điền.</translation>
    </message>
    <message>
        <source>The title of %1 is not known (not the office chief, nor a committee member of the term): type it in the draft under the signing capacity.</source>
        <translation>Chưa biết chức vụ của %1 (không phải chánh văn phòng, cũng không phải ủy viên ban chấp hành trong nhiệm kỳ): hãy gõ vào dự thảo, dưới dòng thẩm quyền ký.</translation>
    </message>
    <message>
        <source>The profile has no body one level up (parent-organisation): the heading starts with the committee.</source>
        <translation>Hồ sơ văn phòng chưa có cơ quan cấp trên (parent-organisation): tên cơ quan ban hành đứng đầu.</translation>
    </message>
    <message>
        <source>The template&apos;s fields %1 are not VanPhong&apos;s: they were left as typed.</source>
        <translation>Các trường %1 trong mẫu không phải của VanPhong: được giữ nguyên như đã gõ.</translation>
    </message>
</context>
<context>
    <name>OutgoingListing</name>
    <message>
        <source>Number reserved</source>
        <translation>Đã giữ số</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Đã phát hành</translation>
    </message>
    <message>
        <source>Number released</source>
        <translation>Đã bỏ số</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Number, symbol</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Ngày văn bản</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>OutgoingRegister</name>
    <message>
        <source>The issuing body is missing: fill in the office profile.</source>
        <translation>Thiếu tên cơ quan ban hành: hãy khai báo thông tin văn phòng.</translation>
    </message>
    <message>
        <source>The issuer abbreviation for the symbol is missing: fill in the office profile.</source>
        <translation>Thiếu chữ viết tắt cơ quan ban hành trong ký hiệu: hãy khai báo thông tin văn phòng.</translation>
    </message>
    <message>
        <source>The place name for the date line is missing: fill in the office profile.</source>
        <translation>Thiếu địa danh ở dòng ngày tháng: hãy khai báo thông tin văn phòng.</translation>
    </message>
    <message>
        <source>The type of document is missing.</source>
        <translation>Thiếu loại văn bản.</translation>
    </message>
    <message>
        <source>The type &quot;%1&quot; has no abbreviation for its symbol yet.</source>
        <translation>Loại &quot;%1&quot; chưa có chữ viết tắt để ghi ký hiệu.</translation>
    </message>
    <message>
        <source>The date of the document is missing.</source>
        <translation>Thiếu ngày tháng văn bản.</translation>
    </message>
    <message>
        <source>The excerpt (trích yếu) is missing.</source>
        <translation>Thiếu trích yếu.</translation>
    </message>
    <message>
        <source>The signer&apos;s name is missing.</source>
        <translation>Thiếu họ tên người ký.</translation>
    </message>
    <message>
        <source>The signing capacity &quot;%1&quot; is not one of %2.</source>
        <translation>Thẩm quyền ký &quot;%1&quot; không thuộc: %2.</translation>
    </message>
    <message>
        <source>The recipients (nơi nhận) are missing.</source>
        <translation>Thiếu nơi nhận.</translation>
    </message>
    <message>
        <source>The recipients must end with &quot;%1&quot;.</source>
        <translation>Nơi nhận phải kết thúc bằng &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The number and symbol &quot;%1&quot; are not in the Party form.</source>
        <translation>Số, ký hiệu &quot;%1&quot; không đúng thể thức văn bản của Đảng.</translation>
    </message>
    <message>
        <source>There is no document type %1.</source>
        <translation>Không có loại văn bản %1.</translation>
    </message>
    <message>
        <source>No term of the committee covers %1. Add the term (nhiệm kỳ) and the day it started in the office profile first.</source>
        <translation>Chưa có nhiệm kỳ nào bao gồm ngày %1. Hãy khai báo nhiệm kỳ và ngày bắt đầu trong thông tin văn phòng trước.</translation>
    </message>
    <message>
        <source>The incoming document it answers does not exist.</source>
        <translation>Không có văn bản đến mà văn bản này trả lời.</translation>
    </message>
    <message>
        <source>%1 is %2, not %3.</source>
        <translation>%1 đang ở trạng thái %2, không phải %3.</translation>
    </message>
    <message>
        <source>There is no such outgoing document.</source>
        <translation>Không có văn bản đi này.</translation>
    </message>
    <message>
        <source>There is no outgoing document %1.</source>
        <translation>Không có văn bản đi %1.</translation>
    </message>
    <message>
        <source>The number and symbol are missing.</source>
        <translation>Thiếu số và ký hiệu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number and symbol in the Party form (12-NQ/ĐU).</source>
        <translation>&quot;%1&quot; không phải số và ký hiệu theo thể thức của Đảng (12-NQ/ĐU).</translation>
    </message>
    <message>
        <source>The type cannot be read from &quot;%1&quot;; give it in a column.</source>
        <translation>Không đọc được loại văn bản từ &quot;%1&quot;; hãy ghi loại ở một cột.</translation>
    </message>
    <message>
        <source>%1 appears twice in the file.</source>
        <translation>%1 có hai lần trong tệp.</translation>
    </message>
    <message>
        <source>Number %1 of this series is in the register already (%2).</source>
        <translation>Số %1 của dãy số này đã có trong sổ (%2).</translation>
    </message>
    <message>
        <source>Nothing was imported: some rows have errors.</source>
        <translation>Chưa nhập gì: có dòng bị lỗi.</translation>
    </message>
    <message>
        <source>the excerpt</source>
        <translation>trích yếu</translation>
    </message>
    <message>
        <source>%1 is marked %2, above your clearance: only someone cleared for it may change it.</source>
        <translation>%1 có độ mật %2, cao hơn mức bạn được tiếp cận: chỉ người được tiếp cận mức đó mới được sửa.</translation>
    </message>
    <message>
        <source>%1 was cancelled or its number given up; it stays so.</source>
        <translation>%1 đã bị hủy hoặc đã bỏ số; dòng này giữ nguyên như vậy.</translation>
    </message>
    <message>
        <source>Say why the line is corrected; the reason is kept with it.</source>
        <translation>Hãy ghi lý do sửa; lý do được giữ cùng dòng.</translation>
    </message>
    <message>
        <source>The date must stay in %1 and in the same term: the number belongs to that series. Cancel this line and register the document again.</source>
        <translation>Ngày văn bản phải giữ trong năm %1 và trong cùng nhiệm kỳ: số thuộc dãy số đó. Hãy hủy dòng này và lấy số lại.</translation>
    </message>
    <message>
        <source>Marking a document secret, or no longer secret, moves it to the other series, with other numbers: cancel this line and register the document again.</source>
        <translation>Đánh dấu mật hoặc bỏ dấu mật sẽ chuyển văn bản sang dãy số khác: hãy hủy dòng này và lấy số lại.</translation>
    </message>
    <message>
        <source>You may not mark a line above your own clearance.</source>
        <translation>Bạn không được đánh độ mật cao hơn mức mình được tiếp cận.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>Say why the line is cancelled; the reason stays in the book with it.</source>
        <translation>Hãy ghi lý do hủy; lý do được giữ cùng dòng trong sổ.</translation>
    </message>
    <message>
        <source>%1: there is no document type %2 in this file.</source>
        <translation>%1: tệp này không có loại văn bản %2.</translation>
    </message>
    <message>
        <source>%1: no term of the committee covers %2 in this file; add the term first.</source>
        <translation>%1: trong tệp này không có nhiệm kỳ nào bao gồm ngày %2; hãy thêm nhiệm kỳ trước.</translation>
    </message>
    <message>
        <source>%1 cannot be dated %2: %3, the number before it in its series, is dated %4. Numbers are given in the order of their dates, so a later number is never dated earlier: date it %4 or later (the day the number is given).</source>
        <translation>Không thể ghi ngày %2 cho %1: số liền trước trong cùng dãy số, %3, mang ngày %4. Số văn bản được cấp theo thứ tự ngày tháng, số sau không mang ngày sớm hơn số trước: hãy ghi ngày %4 hoặc muộn hơn (ngày cấp số).</translation>
    </message>
    <message>
        <source>%1 cannot be dated %2: %3, the number after it in its series, is dated %4. A number is never dated later than the number after it: date it %4 or earlier.</source>
        <translation>Không thể ghi ngày %2 cho %1: số liền sau trong cùng dãy số, %3, mang ngày %4. Số trước không mang ngày muộn hơn số sau: hãy ghi ngày %4 hoặc sớm hơn.</translation>
    </message>
    <message>
        <source>The document is dated %1, a day still to come: it is issued on that day; until then its number is reserved.</source>
        <translation>Văn bản mang ngày %1, là ngày chưa tới: văn bản được phát hành vào ngày đó; đến lúc ấy số chỉ được giữ.</translation>
    </message>
</context>
<context>
    <name>PackageChange</name>
    <message>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Việc chuẩn bị</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Meeting papers</source>
        <translation>Tài liệu hội nghị</translation>
    </message>
    <message>
        <source>Copies handed out</source>
        <translation>Bản đã phát</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>title</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>starts</source>
        <translation>bắt đầu</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>kết thúc</translation>
    </message>
    <message>
        <source>place</source>
        <translation>địa điểm</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>chủ trì</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>thư ký</translation>
    </message>
    <message>
        <source>status</source>
        <translation>trạng thái</translation>
    </message>
    <message>
        <source>guests approved by</source>
        <translation>người duyệt khách mời</translation>
    </message>
    <message>
        <source>guests approved at</source>
        <translation>lúc duyệt khách mời</translation>
    </message>
    <message>
        <source>order</source>
        <translation>thứ tự</translation>
    </message>
    <message>
        <source>presenter</source>
        <translation>người trình bày</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>tài liệu</translation>
    </message>
    <message>
        <source>planned minutes</source>
        <translation>số phút dự kiến</translation>
    </message>
    <message>
        <source>conclusion</source>
        <translation>kết luận</translation>
    </message>
    <message>
        <source>days from the meeting</source>
        <translation>số ngày tính từ ngày họp</translation>
    </message>
    <message>
        <source>due</source>
        <translation>hạn</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>người phụ trách</translation>
    </message>
    <message>
        <source>state</source>
        <translation>tình trạng</translation>
    </message>
    <message>
        <source>done at</source>
        <translation>lúc xong</translation>
    </message>
    <message>
        <source>done by</source>
        <translation>người làm</translation>
    </message>
    <message>
        <source>member</source>
        <translation>ủy viên</translation>
    </message>
    <message>
        <source>name</source>
        <translation>họ tên</translation>
    </message>
    <message>
        <source>presence</source>
        <translation>tình hình dự họp</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>lý do</translation>
    </message>
    <message>
        <source>arrived at</source>
        <translation>lúc đến</translation>
    </message>
    <message>
        <source>place in the list</source>
        <translation>vị trí trong danh sách</translation>
    </message>
    <message>
        <source>secrecy</source>
        <translation>độ mật</translation>
    </message>
    <message>
        <source>recalled</source>
        <translation>thu hồi</translation>
    </message>
    <message>
        <source>sent on</source>
        <translation>ngày gửi</translation>
    </message>
    <message>
        <source>given at</source>
        <translation>lúc phát</translation>
    </message>
    <message>
        <source>returned at</source>
        <translation>lúc trả</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>mục chương trình</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>loại</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>người phát biểu</translation>
    </message>
    <message>
        <source>text</source>
        <translation>nội dung</translation>
    </message>
    <message>
        <source>votes for</source>
        <translation>số tán thành</translation>
    </message>
    <message>
        <source>votes against</source>
        <translation>số không tán thành</translation>
    </message>
    <message>
        <source>abstentions</source>
        <translation>số không biểu quyết</translation>
    </message>
    <message>
        <source>written at</source>
        <translation>lúc ghi</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>not yet marked</source>
        <translation>chưa điểm danh</translation>
    </message>
    <message>
        <source>present</source>
        <translation>có mặt</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>vắng mặt</translation>
    </message>
    <message>
        <source>late</source>
        <translation>đến muộn</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>dự kiến</translation>
    </message>
    <message>
        <source>held</source>
        <translation>đã họp</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>đã kết thúc</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>open</source>
        <translation>chưa làm</translation>
    </message>
    <message>
        <source>done</source>
        <translation>đã xong</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>bỏ qua</translation>
    </message>
    <message>
        <source>presentation</source>
        <translation>trình bày</translation>
    </message>
    <message>
        <source>speech</source>
        <translation>phát biểu</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>biểu quyết</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>(not there)</source>
        <translation>(chưa có)</translation>
    </message>
    <message>
        <source>changed at the office</source>
        <translation>đã sửa ở văn phòng</translation>
    </message>
    <message>
        <source>as exported</source>
        <translation>như khi xuất</translation>
    </message>
    <message>
        <source>removed at the office</source>
        <translation>đã xóa ở văn phòng</translation>
    </message>
    <message>
        <source>added on the laptop</source>
        <translation>thêm trên máy xách tay</translation>
    </message>
    <message>
        <source>removed on the laptop</source>
        <translation>xóa trên máy xách tay</translation>
    </message>
    <message>
        <source>changed on the laptop</source>
        <translation>sửa trên máy xách tay</translation>
    </message>
    <message>
        <source>%1 · %2: %3 → %4</source>
        <translation>%1 · %2: %3 → %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Invitations&apos; date</source>
        <translation>Ngày của giấy mời</translation>
    </message>
    <message>
        <source>dated</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>dated by</source>
        <translation>người đặt ngày</translation>
    </message>
    <message>
        <source>dated at</source>
        <translation>lúc đặt ngày</translation>
    </message>
</context>
<context>
    <name>PackageMerge</name>
    <message>
        <source>item %1: %2</source>
        <translation>mục %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, copy of %2</source>
        <translation>%1, bản của %2</translation>
    </message>
    <message>
        <source>a paper&apos;s secrecy is never lowered by a package</source>
        <translation>gói hội nghị không được hạ độ mật của tài liệu</translation>
    </message>
    <message>
        <source>a paper to be recalled stays so</source>
        <translation>tài liệu phải thu hồi vẫn phải thu hồi</translation>
    </message>
    <message>
        <source>a secret or recalled paper is not removed by a package</source>
        <translation>gói hội nghị không được xóa tài liệu mật hoặc tài liệu phải thu hồi</translation>
    </message>
    <message>
        <source>who holds a copy of a secret or recalled paper is not erased by a package</source>
        <translation>gói hội nghị không được xóa thông tin ai giữ bản tài liệu mật hoặc phải thu hồi</translation>
    </message>
    <message>
        <source>a meeting&apos;s secrecy is never lowered by a package</source>
        <translation>gói hội nghị không được hạ độ mật của cuộc họp</translation>
    </message>
    <message>
        <source>the invitations</source>
        <translation>giấy mời</translation>
    </message>
</context>
<context>
    <name>PaperFiles</name>
    <message>
        <source>There is no meeting paper %1.</source>
        <translation>Không có tài liệu họp số %1.</translation>
    </message>
    <message>
        <source>This paper&apos;s files are above your clearance.</source>
        <translation>Tệp của tài liệu này vượt quá mức tiếp cận của bạn.</translation>
    </message>
    <message>
        <source>Files of meeting papers are attached in the office file; this is a laptop&apos;s package.</source>
        <translation>Tệp của tài liệu họp được đính kèm ở tệp của văn phòng; đây là gói hội nghị trên máy xách tay.</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>Không có tệp này.</translation>
    </message>
    <message>
        <source>a file of the paper</source>
        <translation>tệp của tài liệu</translation>
    </message>
</context>
<context>
    <name>PaperNumbers</name>
    <message>
        <source>Papers are numbered in the office file, in its outgoing register; number this one after the package is brought back.</source>
        <translation>Văn bản được lấy số trong tệp của văn phòng, ở sổ văn bản đi; hãy lấy số sau khi đã mang gói họp về.</translation>
    </message>
    <message>
        <source>The minutes are still a draft (DỰ THẢO) and take no number until nothing is missing:
%1</source>
        <translation>Biên bản vẫn là dự thảo (DỰ THẢO), chưa được lấy số cho đến khi không còn thiếu gì:
%1</translation>
    </message>
    <message>
        <source>Nobody is invited to this meeting yet: there is no invitation to number.</source>
        <translation>Cuộc họp chưa mời ai: chưa có giấy mời để lấy số.</translation>
    </message>
    <message>
        <source>The invitations are signed by the office chief, whose name is missing: fill it in the office profile first.</source>
        <translation>Giấy mời do Chánh Văn phòng ký, nhưng chưa có họ tên Chánh Văn phòng: hãy điền trong thông tin văn phòng trước.</translation>
    </message>
    <message>
        <source>The guest list is not yet approved by the standing members: the invitations go out after it is.</source>
        <translation>Danh sách khách mời chưa được Thường trực duyệt: giấy mời chỉ phát hành sau khi duyệt.</translation>
    </message>
    <message>
        <source>An invitation dated %1 comes after the meeting of %2: give the invitation the day it was sent, before the meeting (the meeting&apos;s Invitations date).</source>
        <translation>Giấy mời mang ngày %1 là sau cuộc họp ngày %2: hãy ghi ngày gửi giấy mời, trước ngày họp (mục Ngày giấy mời của cuộc họp).</translation>
    </message>
    <message>
        <source>The invitation is dated %1, a day still to come: it is numbered on the day it is issued, or dated today.</source>
        <translation>Giấy mời mang ngày %1, là ngày chưa tới: giấy mời được cấp số vào ngày phát hành, hoặc ghi ngày hôm nay.</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>Mật khẩu cần ít nhất %1 ký tự.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không giống nhau.</translation>
    </message>
    <message>
        <source>The password cannot be only spaces.</source>
        <translation>Mật khẩu không thể chỉ gồm dấu cách.</translation>
    </message>
</context>
<context>
    <name>ProfileCrossCheck</name>
    <message>
        <source>The office profile&apos;s &quot;%1&quot; is &quot;%2&quot;, but the audit log&apos;s latest entry for the profile (%3) says &quot;%4&quot;: it was changed outside the application, or copied back from an older copy of the file.</source>
        <translation>Mục &quot;%1&quot; trong thông tin văn phòng là &quot;%2&quot;, nhưng mục mới nhất của nhật ký kiểm tra cho thông tin văn phòng (%3) ghi &quot;%4&quot;: thông tin đã bị sửa ngoài phần mềm, hoặc bị chép lại từ một bản cũ hơn của tệp.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePrinter</name>
    <message>
        <source>VANPHONG RECOVERY CODE</source>
        <translation>MÃ KHÔI PHỤC VANPHONG</translation>
    </message>
    <message>
        <source>Made on %1. With this code the office chief can set a new password if it is forgotten.</source>
        <translation>Lập ngày %1. Với mã này, Chánh Văn phòng có thể đặt mật khẩu mới khi quên mật khẩu.</translation>
    </message>
    <message>
        <source>Keep this sheet locked away, apart from the computer. Anyone with it can open the office file.</source>
        <translation>Hãy cất giữ tờ này cẩn mật, tách khỏi máy tính. Ai có tờ này đều mở được tệp dữ liệu văn phòng.</translation>
    </message>
    <message>
        <source>Office file: %1. Office chief&apos;s account: %2.</source>
        <translation>Tệp văn phòng: %1. Tài khoản Chánh Văn phòng: %2.</translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message>
        <source>&quot;%1&quot; is not a date (dd/MM/yyyy).</source>
        <translation>&quot;%1&quot; không phải ngày tháng (ngày/tháng/năm).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; không phải là số.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a secrecy mark (Mật, Tối mật, Tuyệt mật).</source>
        <translation>&quot;%1&quot; không phải độ mật (Mật, Tối mật, Tuyệt mật).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an urgency mark (Khẩn, Thượng khẩn, Hỏa tốc).</source>
        <translation>&quot;%1&quot; không phải độ khẩn (Khẩn, Thượng khẩn, Hỏa tốc).</translation>
    </message>
    <message>
        <source>Incoming number</source>
        <translation>Số đến</translation>
    </message>
    <message>
        <source>Day received</source>
        <translation>Ngày đến</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Number and symbol</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>Ngày văn bản</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại văn bản</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Số bản</translation>
    </message>
    <message>
        <source>Secrecy mark</source>
        <translation>Độ mật</translation>
    </message>
    <message>
        <source>Urgency mark</source>
        <translation>Độ khẩn</translation>
    </message>
    <message>
        <source>Handed to</source>
        <translation>Người nhận xử lý</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <source>Leader&apos;s direction</source>
        <translation>Ý kiến chỉ đạo</translation>
    </message>
    <message>
        <source>Signing capacity</source>
        <translation>Thẩm quyền ký</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>The date of the document is missing.</source>
        <translation>Thiếu ngày văn bản.</translation>
    </message>
    <message>
        <source>Number (without the symbol)</source>
        <translation>Số (không kèm ký hiệu)</translation>
    </message>
    <message>
        <source>Asset code</source>
        <translation>Mã tài sản</translation>
    </message>
    <message>
        <source>Asset name</source>
        <translation>Tên tài sản</translation>
    </message>
    <message>
        <source>Book (fixed asset or tool)</source>
        <translation>Sổ (tài sản cố định hay công cụ, dụng cụ)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Loại tài sản</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Quy cách</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Số hiệu</translation>
    </message>
    <message>
        <source>Put into use</source>
        <translation>Ngày đưa vào sử dụng</translation>
    </message>
    <message>
        <source>Invoice or decision</source>
        <translation>Chứng từ</translation>
    </message>
    <message>
        <source>Original cost</source>
        <translation>Nguyên giá</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Nguồn kinh phí</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Nơi sử dụng</translation>
    </message>
    <message>
        <source>Keeper</source>
        <translation>Người sử dụng</translation>
    </message>
    <message>
        <source>Depreciation rate</source>
        <translation>Tỷ lệ hao mòn</translation>
    </message>
    <message>
        <source>Accumulated depreciation</source>
        <translation>Hao mòn lũy kế</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Accumulated to the end of the year</source>
        <translation>Hao mòn lũy kế đến hết năm</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Left the register on</source>
        <translation>Ngày ghi giảm</translation>
    </message>
</context>
<context>
    <name>RegisterImportJob</name>
    <message>
        <source>The file has no rows under its header.</source>
        <translation>Tệp không có dòng nào dưới hàng tiêu đề.</translation>
    </message>
    <message>
        <source>Choose the columns for: %1.</source>
        <translation>Hãy chọn cột cho: %1.</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the rows with errors and try again.</source>
        <translation>Chưa nhập gì: hãy sửa các dòng bị lỗi rồi thử lại.</translation>
    </message>
    <message>
        <source>The file has no register lines under its column titles (line %1).</source>
        <translation>Tệp không có dòng nào của sổ dưới hàng tiêu đề cột (dòng %1).</translation>
    </message>
    <message>
        <source>There is no field &quot;%1&quot; to give a column; the fields are: %2.</source>
        <translation>Không có trường &quot;%1&quot; để ghép cột; các trường là: %2.</translation>
    </message>
    <message>
        <source>No column is titled &quot;%1&quot; (given for %2); the titles on line %3 are: %4.</source>
        <translation>Không có cột nào mang tiêu đề &quot;%1&quot; (được chọn cho %2); các tiêu đề ở dòng %3 là: %4.</translation>
    </message>
</context>
<context>
    <name>RetentionReview</name>
    <message>
        <source>Choose the dossiers the decision destroys.</source>
        <translation>Hãy chọn các hồ sơ mà quyết định cho hủy.</translation>
    </message>
    <message>
        <source>Give the decision&apos;s number and date (not a day still to come).</source>
        <translation>Hãy ghi số và ngày của quyết định (không phải ngày chưa tới).</translation>
    </message>
    <message>
        <source>Dossier %1 is kept permanently: it is never destroyed.</source>
        <translation>Hồ sơ %1 bảo quản vĩnh viễn: không bao giờ hủy.</translation>
    </message>
    <message>
        <source>Dossier %1 is not due for destruction: its retention has not run out, or it is not closed, or a decision already names it.</source>
        <translation>Hồ sơ %1 chưa đến lúc hủy: chưa hết thời hạn bảo quản, hoặc chưa kết thúc, hoặc đã có quyết định hủy.</translation>
    </message>
    <message>
        <source>Another decision names one of these dossiers already.</source>
        <translation>Một quyết định khác đã nêu một trong các hồ sơ này.</translation>
    </message>
    <message>
        <source>This destruction was carried out on %1 (record %2).</source>
        <translation>Lần hủy này đã thực hiện ngày %1 (biên bản số %2).</translation>
    </message>
    <message>
        <source>Type the destruction record&apos;s number again to confirm: what is destroyed cannot be brought back.</source>
        <translation>Hãy gõ lại số biên bản hủy để xác nhận: tài liệu đã hủy không lấy lại được.</translation>
    </message>
    <message>
        <source>The destruction takes place after the decision (%1), not on a day still to come.</source>
        <translation>Việc hủy diễn ra sau ngày quyết định (%1), không phải ngày chưa tới.</translation>
    </message>
    <message>
        <source>There is no destruction %1.</source>
        <translation>Không có lần hủy %1.</translation>
    </message>
    <message>
        <source>Dossier %1/%2 is out on loan: it is destroyed once it is back.</source>
        <translation>Hồ sơ %1/%2 đang cho mượn: chỉ hủy khi đã trả lại.</translation>
    </message>
    <message>
        <source>Record %1 was signed on %2 for another act: give the destruction a record of its own.</source>
        <translation>Biên bản số %1 đã được ký ngày %2 cho việc khác: hãy ghi cho lần hủy này một biên bản riêng.</translation>
    </message>
</context>
<context>
    <name>RetentionRules</name>
    <message>
        <source>The retention table has no row %1.</source>
        <translation>Bảng thời hạn bảo quản không có dòng %1.</translation>
    </message>
    <message>
        <source>Each row of the retention table needs its own code, a name and a period of 0 (permanent) or more years.</source>
        <translation>Mỗi dòng của bảng thời hạn bảo quản cần mã riêng, tên và thời hạn 0 (vĩnh viễn) năm trở lên.</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Vĩnh viễn</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n năm</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Office chief (administrator)</source>
        <translation>Chánh Văn phòng (quản trị)</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Văn thư</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation>Kế toán</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Người xem</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Thường</translation>
    </message>
    <message>
        <source>Confidential (Mật)</source>
        <translation>Mật</translation>
    </message>
    <message>
        <source>Secret (Tối mật)</source>
        <translation>Tối mật</translation>
    </message>
    <message>
        <source>Top secret (Tuyệt mật)</source>
        <translation>Tuyệt mật</translation>
    </message>
</context>
<context>
    <name>SearchIndexCheck</name>
    <message>
        <source>The search index holds an entry (rowid %1) for row &quot;%2&quot; of %3 that the row does not call for: searches would answer with words the row does not hold.</source>
        <translation>Chỉ mục tìm kiếm có một mục (rowid %1) cho dòng &quot;%2&quot; của bảng %3 mà dòng đó không có: tìm kiếm sẽ trả về dòng này theo những từ mà dòng không chứa.</translation>
    </message>
    <message>
        <source>...and %1 more findings in the search index.</source>
        <translation>...và %1 vấn đề khác trong chỉ mục tìm kiếm.</translation>
    </message>
    <message>
        <source>The search index is damaged, or was edited apart from its rows: %1</source>
        <translation>Chỉ mục tìm kiếm bị hỏng, hoặc đã bị sửa riêng, không khớp với các dòng của nó: %1</translation>
    </message>
    <message>
        <source>The search index&apos;s entries for row &quot;%1&quot; of %2 differ from the row: searches would answer with words it does not hold, miss words it holds, or show a secret line&apos;s hidden words to readers below its level.</source>
        <translation>Các mục của chỉ mục tìm kiếm cho dòng &quot;%1&quot; của bảng %2 khác với dòng đó: tìm kiếm có thể trả về dòng theo những từ nó không chứa, bỏ sót những từ nó chứa, hoặc để lộ các từ bị ẩn của một văn bản mật cho người có độ mật thấp hơn.</translation>
    </message>
    <message>
        <source>Row &quot;%1&quot; of %2 is missing from the search index: searches do not find it.</source>
        <translation>Dòng &quot;%1&quot; của bảng %2 không có trong chỉ mục tìm kiếm: tìm kiếm không thấy dòng này.</translation>
    </message>
</context>
<context>
    <name>SecretFile</name>
    <message>
        <source>This is the ordinary office file: %1 of a %2 document is kept only in the secret file, on the office&apos;s standalone computer (Law on Protection of State Secrets, article 5). Here, register its number, date, sender, symbol and mark only.</source>
        <translation>Đây là tệp dữ liệu thường: %1 của văn bản %2 chỉ được lưu trong tệp mật, trên máy tính độc lập của văn phòng (Luật Bảo vệ bí mật nhà nước, Điều 5). Ở đây chỉ vào sổ số, ngày, cơ quan gửi, số ký hiệu và độ mật.</translation>
    </message>
</context>
<context>
    <name>SecretTransfer</name>
    <message>
        <source>%1/%2 (secret register)</source>
        <translation>%1/%2 (sổ mật)</translation>
    </message>
    <message>
        <source>This is the secret file: lines are moved from the ordinary file to this one, not back.</source>
        <translation>Đây là tệp mật: các dòng được chuyển từ tệp thường sang tệp này, không chuyển ngược lại.</translation>
    </message>
    <message>
        <source>Every Mật or higher line has been moved to the secret file already.</source>
        <translation>Mọi dòng có độ mật từ Mật trở lên đã được chuyển sang tệp mật.</translation>
    </message>
    <message>
        <source>%1 incoming and %2 outgoing lines to %3</source>
        <translation>%1 dòng văn bản đến và %2 dòng văn bản đi vào %3</translation>
    </message>
    <message>
        <source>Bring the lines into the secret file, on the office&apos;s standalone computer; this is an ordinary file.</source>
        <translation>Hãy đưa các dòng vào tệp mật, trên máy tính độc lập của văn phòng; đây là tệp thường.</translation>
    </message>
    <message>
        <source>%1 is not a transfer file.</source>
        <translation>%1 không phải là tệp chuyển.</translation>
    </message>
    <message>
        <source>Wrong password for the transfer file.</source>
        <translation>Sai mật khẩu của tệp chuyển.</translation>
    </message>
    <message>
        <source>The transfer file was written by another version of VanPhong; use the same version on both computers.</source>
        <translation>Tệp chuyển được ghi bởi một phiên bản VanPhong khác; hãy dùng cùng một phiên bản trên cả hai máy.</translation>
    </message>
    <message>
        <source>The transfer file is damaged or has been altered, so it is refused: %1</source>
        <translation>Tệp chuyển bị hỏng hoặc đã bị sửa đổi nên bị từ chối: %1</translation>
    </message>
    <message>
        <source>This is an office file, not a transfer file from the ordinary file.</source>
        <translation>Đây là tệp dữ liệu văn phòng, không phải tệp chuyển từ tệp thường.</translation>
    </message>
    <message>
        <source>This transfer was brought in on %1 by %2; a transfer is brought in once.</source>
        <translation>Tệp chuyển này đã được đưa vào ngày %1 bởi %2; mỗi tệp chuyển chỉ được đưa vào một lần.</translation>
    </message>
    <message>
        <source>This transfer comes from another ordinary file than the one this secret file receives from; it is refused.</source>
        <translation>Tệp chuyển này đến từ một tệp thường khác với tệp mà tệp mật này vẫn nhận; tệp bị từ chối.</translation>
    </message>
    <message>
        <source>This transfer comes from another office (%1).</source>
        <translation>Tệp chuyển này của một cơ quan khác (%1).</translation>
    </message>
    <message>
        <source>Incoming number %1 is used in this file by another document (%2, %3).</source>
        <translation>Số đến %1 trong tệp này đã dùng cho văn bản khác (%2, %3).</translation>
    </message>
    <message>
        <source>%1 is used in this file by another document, dated %2.</source>
        <translation>%1 trong tệp này đã dùng cho văn bản khác, ngày %2.</translation>
    </message>
    <message>
        <source>Nothing was brought in:</source>
        <translation>Chưa đưa vào dòng nào:</translation>
    </message>
    <message>
        <source>%1 incoming and %2 outgoing lines from %3, exported by %4</source>
        <translation>%1 dòng văn bản đến và %2 dòng văn bản đi từ %3, do %4 xuất</translation>
    </message>
</context>
<context>
    <name>SignatureLoss</name>
    <message>
        <source>Audit log entry %1 registers a signing key without a signature, and the application signs every one.</source>
        <translation>Mục nhật ký thay đổi số %1 ghi nhận một khóa ký mà không có chữ ký, trong khi chương trình luôn ký các mục này.</translation>
    </message>
    <message>
        <source>The file&apos;s audit log has lost its signatures. %1 Someone holding the file&apos;s key removed them with a tool, and may have written entries in other people&apos;s names that the log can no longer tell apart (an account raised to office chief, for one). No account gets more here than this computer last saw of it. Ask the office chief to check the file (File › Check the file) and to go on with a backup made before.</source>
        <translation>Nhật ký thay đổi của tệp đã mất chữ ký. %1 Người có khóa của tệp đã dùng công cụ gỡ chúng đi, và có thể đã ghi những mục dưới tên người khác mà nhật ký không còn phân biệt được (chẳng hạn nâng một tài khoản lên Chánh Văn phòng). Trên máy này, không tài khoản nào được nhiều quyền hơn lần cuối máy thấy. Hãy báo Chánh Văn phòng kiểm tra tệp (Tệp › Kiểm tra tệp) và làm tiếp trên một bản sao lưu có từ trước đó.</translation>
    </message>
    <message>
        <source>The file&apos;s audit log has lost its signatures, so it no longer says who holds which role, and this computer never saw your account while the log was signed. %1 The file is not opened for work: open it read-only to check it and save what it holds, and ask the office chief to go on with a backup made before.</source>
        <translation>Nhật ký thay đổi của tệp đã mất chữ ký nên không còn cho biết ai giữ vai trò nào, và máy này chưa từng thấy tài khoản của bạn khi nhật ký còn chữ ký. %1 Tệp không được mở để làm việc: hãy mở ở chế độ chỉ đọc để kiểm tra và lưu lại nội dung, và báo Chánh Văn phòng làm tiếp trên một bản sao lưu có từ trước đó.</translation>
    </message>
    <message>
        <source>The file&apos;s audit log has lost its signatures, and your account in the file (%1, clearance %2) is more than this computer last saw of it on %3 (%4, clearance %5%6): it is not used. %7 Ask the office chief to check the file (File › Check the file) and to go on with a backup made before.</source>
        <translation>Nhật ký thay đổi của tệp đã mất chữ ký, và tài khoản của bạn trong tệp (%1, mức tiếp cận %2) có nhiều quyền hơn lần cuối máy này thấy lúc %3 (%4, mức tiếp cận %5%6): tài khoản không được dùng. %7 Hãy báo Chánh Văn phòng kiểm tra tệp (Tệp › Kiểm tra tệp) và làm tiếp trên một bản sao lưu có từ trước đó.</translation>
    </message>
    <message>
        <source>, disabled</source>
        <translation>, đã khóa</translation>
    </message>
</context>
<context>
    <name>SpreadsheetFile</name>
    <message>
        <source>The file is empty.</source>
        <translation>Tệp trống.</translation>
    </message>
    <message>
        <source>This is an old Excel 97-2003 workbook (.xls). Open it in Excel or LibreOffice and save it as .xlsx or .csv.</source>
        <translation>Đây là sổ tính Excel 97-2003 cũ (.xls). Hãy mở bằng Excel hoặc LibreOffice rồi lưu thành .xlsx hoặc .csv.</translation>
    </message>
    <message>
        <source>The file is a ZIP archive but not an XLSX or ODS spreadsheet.</source>
        <translation>Tệp là gói ZIP nhưng không phải bảng tính XLSX hay ODS.</translation>
    </message>
    <message>
        <source>The file is not a spreadsheet VanPhong can read: save it as .xlsx, .ods or .csv (UTF-8).</source>
        <translation>VanPhong không đọc được bảng tính này: hãy lưu thành .xlsx, .ods hoặc .csv (UTF-8).</translation>
    </message>
    <message>
        <source>The CSV file is not in UTF-8. In Excel choose &quot;CSV UTF-8&quot; when saving; in LibreOffice choose the character set Unicode (UTF-8).</source>
        <translation>Tệp CSV không ở bảng mã UTF-8. Khi lưu trong Excel hãy chọn &quot;CSV UTF-8&quot;; trong LibreOffice hãy chọn bộ ký tự Unicode (UTF-8).</translation>
    </message>
</context>
<context>
    <name>TemplateDocument</name>
    <message>
        <source>The file is not a text document saved by LibreOffice (.odt) or Word (.docx), or it is damaged.</source>
        <translation>Tệp không phải văn bản lưu bằng LibreOffice (.odt) hoặc Word (.docx), hoặc đã bị hỏng.</translation>
    </message>
    <message>
        <source>A template must be smaller than %1 MB.</source>
        <translation>Mẫu văn bản phải nhỏ hơn %1 MB.</translation>
    </message>
    <message>
        <source>This is a LibreOffice template (.ott): open it, save it as an ordinary document (.odt) and import that file.</source>
        <translation>Đây là tệp mẫu của LibreOffice (.ott): hãy mở, lưu thành văn bản thường (.odt) rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>The file is an OpenDocument file but not a text document (.odt).</source>
        <translation>Tệp là tệp OpenDocument nhưng không phải văn bản (.odt).</translation>
    </message>
    <message>
        <source>The document contains macros (.docm, .dotm): save it as an ordinary Word document (.docx) without macros and import that file.</source>
        <translation>Văn bản có macro (.docm, .dotm): hãy lưu thành văn bản Word thường (.docx) không có macro rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>This is a Word template (.dotx): open it, save it as an ordinary document (.docx) and import that file.</source>
        <translation>Đây là tệp mẫu của Word (.dotx): hãy mở, lưu thành văn bản thường (.docx) rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>The document is damaged: its part &quot;%1&quot; cannot be read (%2).</source>
        <translation>Văn bản bị hỏng: không đọc được phần &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <source>The template&apos;s part &quot;%1&quot; could not be filled (%2); save it again in the word processor and import it once more.</source>
        <translation>Không điền được phần &quot;%1&quot; của mẫu (%2); hãy lưu lại mẫu bằng trình soạn thảo văn bản rồi nhập lại.</translation>
    </message>
    <message>
        <source>The document could not be packed.</source>
        <translation>Không đóng gói được văn bản.</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>There is no document type &quot;%1&quot; in the office&apos;s list.</source>
        <translation>Không có loại văn bản &quot;%1&quot; trong danh mục của văn phòng.</translation>
    </message>
    <message>
        <source>The template has no field ({{so_ky_hieu}}, {{ngay_thang}}...): its drafts will be the same file every time.</source>
        <translation>Mẫu không có trường nào ({{so_ky_hieu}}, {{ngay_thang}}...): mọi bản dự thảo sẽ giống hệt nhau.</translation>
    </message>
    <message>
        <source>These fields are not VanPhong&apos;s and will stay as typed: %1.</source>
        <translation>Các trường sau không phải của VanPhong và sẽ giữ nguyên như đã gõ: %1.</translation>
    </message>
</context>
<context>
    <name>TermStore</name>
    <message>
        <source>A term needs a name and the date it starts.</source>
        <translation>Nhiệm kỳ cần có tên và ngày bắt đầu.</translation>
    </message>
    <message>
        <source>A term already starts on %1.</source>
        <translation>Đã có nhiệm kỳ bắt đầu ngày %1.</translation>
    </message>
    <message>
        <source>There is no such term.</source>
        <translation>Không có nhiệm kỳ này.</translation>
    </message>
    <message>
        <source>%1, dated %2, was numbered in its term; with this change it would fall in another one.</source>
        <translation>%1, ngày %2, đã được lấy số trong nhiệm kỳ của nó; nếu sửa như vậy văn bản sẽ rơi vào nhiệm kỳ khác.</translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>There is no user %1.</source>
        <translation>Không có người dùng %1.</translation>
    </message>
</context>
<context>
    <name>WorkstationMemory</name>
    <message>
        <source>This file is older than the one this computer opened on %1: its log then held %2 changes, now %3. It may have been rolled back or replaced by an older copy; changes made since may be missing. Ask the office chief to check it before working on.</source>
        <translation>Tệp này cũ hơn tệp mà máy này đã mở lúc %1: khi đó nhật ký có %2 thay đổi, nay chỉ còn %3. Tệp có thể đã bị quay lui hoặc bị thay bằng một bản cũ hơn; các thay đổi sau đó có thể bị mất. Hãy báo Chánh Văn phòng kiểm tra trước khi làm tiếp.</translation>
    </message>
    <message>
        <source>This file&apos;s history differs from the one this computer saw on %1 (change %2 is not the same). It may have been replaced by another copy. Ask the office chief to check it before working on.</source>
        <translation>Lịch sử của tệp này khác với lịch sử máy này đã thấy lúc %1 (thay đổi số %2 không giống). Tệp có thể đã bị thay bằng một bản khác. Hãy báo Chánh Văn phòng kiểm tra trước khi làm tiếp.</translation>
    </message>
    <message>
        <source>On %1 this computer saw the file&apos;s audit log signed from entry %2 on; that entry is no longer signed as it was.</source>
        <translation>Lúc %1 máy này đã thấy nhật ký thay đổi của tệp có chữ ký từ mục %2 trở đi; nay mục đó không còn chữ ký như trước.</translation>
    </message>
    <message>
        <source>On %1 this computer saw entry %2 of the file&apos;s audit log register %3&apos;s signing key; that entry is no longer there, signed as it was.</source>
        <translation>Lúc %1 máy này đã thấy mục %2 của nhật ký thay đổi ghi nhận khóa ký của %3; nay mục đó không còn, với chữ ký như trước.</translation>
    </message>
</context>
<context>
    <name>XlsxFormat</name>
    <message>
        <source>The workbook is damaged: &quot;%1&quot; is not well-formed XML (%2).</source>
        <translation>Sổ tính bị hỏng: &quot;%1&quot; không phải XML hợp lệ (%2).</translation>
    </message>
    <message>
        <source>The sheet has more than %1 rows; it is not imported.</source>
        <translation>Trang tính có hơn %1 dòng; không nhập.</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>The file is not a spreadsheet workbook (no ZIP container).</source>
        <translation>Tệp không phải sổ tính (không có gói ZIP).</translation>
    </message>
    <message>
        <source>The workbook is damaged: its table of contents is missing or unreadable.</source>
        <translation>Sổ tính bị hỏng: thiếu mục lục của gói hoặc không đọc được.</translation>
    </message>
    <message>
        <source>The workbook is damaged: entry %1 of its table of contents is unreadable.</source>
        <translation>Sổ tính bị hỏng: không đọc được mục %1 của mục lục.</translation>
    </message>
    <message>
        <source>The workbook is protected with a password; save it without one and try again.</source>
        <translation>Sổ tính được khóa bằng mật khẩu; hãy lưu lại không có mật khẩu rồi thử lại.</translation>
    </message>
    <message>
        <source>The workbook is damaged: the part &quot;%1&quot; cannot be found.</source>
        <translation>Sổ tính bị hỏng: không tìm thấy phần &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The workbook has no part &quot;%1&quot;.</source>
        <translation>Sổ tính không có phần &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The part &quot;%1&quot; of the workbook is larger than %2 MB; it is not imported.</source>
        <translation>Phần &quot;%1&quot; của sổ tính lớn hơn %2 MB; không nhập.</translation>
    </message>
    <message>
        <source>The part &quot;%1&quot; of the workbook uses a compression VanPhong does not read.</source>
        <translation>Phần &quot;%1&quot; của sổ tính dùng cách nén mà VanPhong không đọc được.</translation>
    </message>
    <message>
        <source>The workbook is damaged: the part &quot;%1&quot; fails its checksum.</source>
        <translation>Sổ tính bị hỏng: phần &quot;%1&quot; sai mã kiểm tra.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The encryption library failed its self-test (%1). VanPhong will not open any file.</source>
        <translation>Thư viện mã hóa không qua được tự kiểm tra (%1). VanPhong sẽ không mở tệp nào.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::AgendaTab</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Presented by</source>
        <translation>Trình bày</translation>
    </message>
    <message>
        <source>Documents (separated by ;)</source>
        <translation>Tài liệu (cách nhau bởi ;)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Số phút</translation>
    </message>
    <message>
        <source>A new agenda item</source>
        <translation>Mục chương trình mới</translation>
    </message>
    <message>
        <source>Add the &amp;item</source>
        <translation>Thêm &amp;mục</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::ArchivesPage</name>
    <message>
        <source>Archive: dossiers</source>
        <translation>Lưu trữ: hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>C&amp;lose the dossier…</source>
        <translation>&amp;Kết thúc hồ sơ…</translation>
    </message>
    <message>
        <source>&amp;New dossier…</source>
        <translation>Hồ sơ &amp;mới…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>&amp;Not yet filed…</source>
        <translation>&amp;Văn bản chưa lập hồ sơ…</translation>
    </message>
    <message>
        <source>The year&apos;s documents that are in no dossier</source>
        <translation>Các văn bản trong năm chưa đưa vào hồ sơ nào</translation>
    </message>
    <message>
        <source>&amp;Draft next year&apos;s list…</source>
        <translation>&amp;Lập danh mục năm sau…</translation>
    </message>
    <message>
        <source>Next year&apos;s dossier list from this year&apos;s: numbers, titles, retention, keepers and places</source>
        <translation>Danh mục hồ sơ năm sau lập từ danh mục năm nay: số, tiêu đề, thời hạn bảo quản, người lập và nơi để</translation>
    </message>
    <message>
        <source>&amp;Approve the list…</source>
        <translation>&amp;Duyệt danh mục…</translation>
    </message>
    <message>
        <source>Change the selected dossier (Ctrl+E)</source>
        <translation>Sửa hồ sơ đang chọn (Ctrl+E)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a dossier to see what it holds.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chọn một hồ sơ để xem các văn bản trong đó.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dossier %1/%2</source>
        <translation>Hồ sơ số %1/%2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Ký hiệu</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Thời hạn bảo quản</translation>
    </message>
    <message>
        <source>Keeper</source>
        <translation>Người lập hồ sơ</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Ngày mở</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Số tờ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Secrecy</source>
        <translation>Độ mật</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Nơi để</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Hand over by</source>
        <translation>Nộp lưu trước ngày</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Bảo quản đến hết ngày</translation>
    </message>
    <message>
        <source>The list of %1 was approved by %2 on %3.</source>
        <translation>Danh mục năm %1 đã được %2 duyệt ngày %3.</translation>
    </message>
    <message>
        <source>The list of %1 is a draft, not yet approved.</source>
        <translation>Danh mục năm %1 là dự thảo, chưa được duyệt.</translation>
    </message>
    <message>
        <source>Before it goes to the archive</source>
        <translation>Trước khi nộp lưu</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Văn bản trong hồ sơ (%1)</translation>
    </message>
    <message>
        <source>Draft next year&apos;s list</source>
        <translation>Lập danh mục năm sau</translation>
    </message>
    <message>
        <source>Draft the dossier list of %1 from the list of %2? Every dossier not destroyed is copied with its number, title, retention, keeper and place, open from 1 January %1; edit the draft, then have it approved.</source>
        <translation>Lập dự thảo danh mục hồ sơ năm %1 từ danh mục năm %2? Mọi hồ sơ chưa hủy được chép sang với số, tiêu đề, thời hạn bảo quản, người lập và nơi để, mở từ ngày 1 tháng 1 năm %1; sửa dự thảo rồi trình duyệt.</translation>
    </message>
    <message>
        <source>dossier-list-%1</source>
        <translation>danh-muc-ho-so-%1</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>&amp;Nộp lưu…</translation>
    </message>
    <message>
        <source>Le&amp;nd…</source>
        <translation>&amp;Cho mượn…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Loan&amp;s…</source>
        <translation>&amp;Bảng mượn, trả…</translation>
    </message>
    <message>
        <source>The dossiers lent out, the overdue ones first; the lending register</source>
        <translation>Các hồ sơ đang cho mượn, quá hạn trước; sổ theo dõi khai thác</translation>
    </message>
    <message>
        <source>Retention re&amp;view…</source>
        <translation>Rà s&amp;oát thời hạn…</translation>
    </message>
    <message>
        <source>Dossiers past their retention, the council&apos;s decisions, destruction; the retention table</source>
        <translation>Hồ sơ hết thời hạn bảo quản, quyết định của hội đồng, hủy tài liệu; bảng thời hạn bảo quản</translation>
    </message>
    <message>
        <source>The archive&apos;s papers in the print preview (Ctrl+P)</source>
        <translation>Các mẫu của lưu trữ, xem trước khi in (Ctrl+P)</translation>
    </message>
    <message>
        <source>Hand closed dossiers over to the archive under one record</source>
        <translation>Nộp lưu các hồ sơ đã kết thúc theo một biên bản</translation>
    </message>
    <message>
        <source>Re&amp;turned…</source>
        <translation>&amp;Ghi đã trả…</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Đã nộp lưu</translation>
    </message>
    <message>
        <source>on %1 under record %2, received by %3</source>
        <translation>ngày %1, biên bản số %2, người nhận %3</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>Đang cho mượn</translation>
    </message>
    <message>
        <source>to %1 on %2, due back %3</source>
        <translation>cho %1 từ ngày %2, hạn trả %3</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Nộp lưu</translation>
    </message>
    <message>
        <source>Handed over. Print the hand-over record and its list (two copies each) now?</source>
        <translation>Đã nộp lưu. In ngay biên bản giao nhận và mục lục hồ sơ nộp lưu (mỗi thứ hai bản)?</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Select a dossier first.</source>
        <translation>Hãy chọn một hồ sơ trước.</translation>
    </message>
    <message>
        <source>Dossier %1/%2 has not been handed over.</source>
        <translation>Hồ sơ %1/%2 chưa nộp lưu.</translation>
    </message>
    <message>
        <source>The year&apos;s dossier &amp;list</source>
        <translation>&amp;Danh mục hồ sơ của năm</translation>
    </message>
    <message>
        <source>&amp;Cover of the selected dossier</source>
        <translation>&amp;Bìa của hồ sơ đang chọn</translation>
    </message>
    <message>
        <source>&amp;Documents of the selected dossier (mục lục văn bản)</source>
        <translation>&amp;Mục lục văn bản của hồ sơ đang chọn</translation>
    </message>
    <message>
        <source>&amp;Box labels of the year</source>
        <translation>&amp;Nhãn hộp của năm</translation>
    </message>
    <message>
        <source>&amp;Hand-over record of the selected dossier</source>
        <translation>Biên bản &amp;giao nhận của hồ sơ đang chọn</translation>
    </message>
    <message>
        <source>Archive &amp;index of every dossier</source>
        <translation>Mục &amp;lục hồ sơ của mọi năm</translation>
    </message>
    <message>
        <source>Lending &amp;register</source>
        <translation>&amp;Sổ theo dõi khai thác</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>on %1, record %2, by decision %3 of %4</source>
        <translation>ngày %1, biên bản số %2, theo quyết định số %3 ngày %4</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::ArrivalDialog</name>
    <message>
        <source>Arrived late</source>
        <translation>Đến muộn</translation>
    </message>
    <message>
        <source>When did %1 come in? From then on the member counts as present.</source>
        <translation>Đồng chí %1 đến lúc mấy giờ? Từ lúc đó đồng chí được tính là có mặt.</translation>
    </message>
    <message>
        <source>The meeting is not under way now: give the time %1 came in. From then on the member counts as present.</source>
        <translation>Cuộc họp hiện không diễn ra: hãy cho giờ đồng chí %1 đến. Từ lúc đó đồng chí được tính là có mặt.</translation>
    </message>
    <message>
        <source>why late, as the member said</source>
        <translation>lý do đến muộn, như đồng chí đã nêu</translation>
    </message>
    <message>
        <source>&amp;Arrived at:</source>
        <translation>Đến &amp;lúc:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::AssetDialog</name>
    <message>
        <source>New item of the asset register</source>
        <translation>Tài sản mới</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Tài sản %1</translation>
    </message>
    <message>
        <source>e.g. Máy tính xách tay Dell Latitude</source>
        <translation>vd: Máy tính xách tay Dell Latitude</translation>
    </message>
    <message>
        <source>automatic, e.g. MT-0004</source>
        <translation>tự động, vd: MT-0004</translation>
    </message>
    <message>
        <source>model, size, material</source>
        <translation>kiểu, kích thước, chất liệu</translation>
    </message>
    <message>
        <source>the invoice or decision, e.g. HĐ 0001234 ngày 05/3/2026</source>
        <translation>vd: HĐ 0001234 ngày 05/3/2026</translation>
    </message>
    <message>
        <source>the category&apos;s</source>
        <translation>theo loại</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Brought in from an earlier register: the last year its accumulated depreciation counts</source>
        <translation>Chuyển từ sổ cũ: năm cuối cùng đã tính vào hao mòn lũy kế</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên tài sản:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <source>&amp;Specification:</source>
        <translation>&amp;Quy cách:</translation>
    </message>
    <message>
        <source>Se&amp;rial number:</source>
        <translation>Số &amp;hiệu:</translation>
    </message>
    <message>
        <source>&amp;Acquired on:</source>
        <translation>&amp;Ngày sử dụng:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Chứng từ:</translation>
    </message>
    <message>
        <source>Original &amp;cost (đồng):</source>
        <translation>Nguyên &amp;giá (đồng):</translation>
    </message>
    <message>
        <source>&amp;Funding:</source>
        <translation>Nguồn &amp;kinh phí:</translation>
    </message>
    <message>
        <source>Roo&amp;m:</source>
        <translation>Nơi &amp;sử dụng:</translation>
    </message>
    <message>
        <source>&amp;Keeper:</source>
        <translation>Người sử &amp;dụng:</translation>
    </message>
    <message>
        <source>Own &amp;rate (% a year):</source>
        <translation>Tỷ lệ &amp;riêng (%/năm):</translation>
    </message>
    <message>
        <source>acc&amp;umulated (đồng):</source>
        <translation>lũ&amp;y kế (đồng):</translation>
    </message>
    <message>
        <source>Brought in up to &amp;year:</source>
        <translation>Ch&amp;uyển từ sổ cũ, đến năm:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>Gh&amp;i chú:</translation>
    </message>
    <message>
        <source>In the %1 book.</source>
        <translation>Thuộc sổ %1.</translation>
    </message>
    <message numerus="yes">
        <source>A fixed asset from %1 đồng and %n year(s) of use; a tool below.</source>
        <translation>
            <numerusform>Tài sản cố định khi nguyên giá từ %1 đồng và dùng từ %n năm; dưới mức đó là công cụ, dụng cụ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Goes in the fixed asset book: depreciated at %1 % a year.</source>
        <translation>Ghi vào sổ tài sản cố định: hao mòn %1 % một năm.</translation>
    </message>
    <message>
        <source>Goes in the tools book (below %1 đồng or one year of use): not depreciated.</source>
        <translation>Ghi vào sổ công cụ, dụng cụ (dưới %1 đồng hoặc dùng dưới một năm): không tính hao mòn.</translation>
    </message>
    <message>
        <source>Choose the item&apos;s category: its code and rate come from it.</source>
        <translation>Hãy chọn loại tài sản: mã và tỷ lệ hao mòn lấy theo loại.</translation>
    </message>
    <message>
        <source>The item&apos;s own rate is a percentage such as 20 or 6,67; leave it empty for the category&apos;s.</source>
        <translation>Tỷ lệ riêng là số phần trăm, ví dụ 20 hoặc 6,67; để trống để dùng tỷ lệ của loại.</translation>
    </message>
    <message>
        <source>Why is %1 corrected? The reason stays in its history.</source>
        <translation>Vì sao sửa %1? Lý do được lưu trong lịch sử của tài sản.</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Sửa</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::AssetRulesDialog</name>
    <message>
        <source>Asset categories and rules</source>
        <translation>Loại tài sản và quy định</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Tiền tố mã</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Life (years)</source>
        <translation>Số năm</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Tỷ lệ (%)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Đã đối chiếu</translation>
    </message>
    <message>
        <source>Mark a row checked once its life and rate are compared with Phụ lục I of Thông tư 23/2023/TT-BTC</source>
        <translation>Đánh dấu đã đối chiếu khi đã so thời gian sử dụng và tỷ lệ với Phụ lục I Thông tư 23/2023/TT-BTC</translation>
    </message>
    <message>
        <source>&amp;Add a category</source>
        <translation>Thêm l&amp;oại</translation>
    </message>
    <message>
        <source>&amp;Remove the category</source>
        <translation>&amp;Xóa loại</translation>
    </message>
    <message>
        <source> year(s)</source>
        <translation> năm</translation>
    </message>
    <message>
        <source>Whole years for the items held on 31 December</source>
        <translation>Tròn năm cho tài sản hiện có đến 31/12</translation>
    </message>
    <message>
        <source>By months in use</source>
        <translation>Theo số tháng sử dụng</translation>
    </message>
    <message>
        <source>and &amp;used for</source>
        <translation>và &amp;dùng từ</translation>
    </message>
    <message>
        <source>A fixed asset &amp;from (đồng):</source>
        <translation>Tài sản cố định &amp;từ (đồng):</translation>
    </message>
    <message>
        <source>The year an item comes or &amp;goes:</source>
        <translation>Năm tăng, &amp;giảm tài sản:</translation>
    </message>
    <message>
        <source>Row %1: the life is a number of years and the rate a percentage such as 12,5.</source>
        <translation>Dòng %1: thời gian sử dụng là số năm, tỷ lệ là số phần trăm như 12,5.</translation>
    </message>
    <message>
        <source>Give the cost from which an item is a fixed asset.</source>
        <translation>Hãy ghi mức nguyên giá từ đó tài sản là tài sản cố định.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::AssetsPage</name>
    <message>
        <source>Assets</source>
        <translation>Tài sản</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>Bàn &amp;giao…</translation>
    </message>
    <message>
        <source>&amp;Repair…</source>
        <translation>Sửa &amp;chữa…</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>Khá&amp;c</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&amp;New item…</source>
        <translation>Tài sản &amp;mới…</translation>
    </message>
    <message>
        <source>Both books</source>
        <translation>Cả hai sổ</translation>
    </message>
    <message>
        <source>Fixed assets</source>
        <translation>Tài sản cố định</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Công cụ, dụng cụ</translation>
    </message>
    <message>
        <source>In the register now</source>
        <translation>Đang quản lý</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Mọi tình trạng</translation>
    </message>
    <message>
        <source>&amp;Depreciation…</source>
        <translation>&amp;Hao mòn…</translation>
    </message>
    <message>
        <source>The year&apos;s depreciation: preview, compute, print the table, lock the signed year</source>
        <translation>Hao mòn của năm: xem trước, tính, in bảng tính, khóa sổ năm đã ký</translation>
    </message>
    <message>
        <source>Categories and r&amp;ules…</source>
        <translation>Loại tài sản, &amp;quy định…</translation>
    </message>
    <message>
        <source>The categories&apos; lives and rates (Thông tư 23/2023/TT-BTC), the thresholds of a fixed asset</source>
        <translation>Thời gian sử dụng và tỷ lệ hao mòn của các loại (Thông tư 23/2023/TT-BTC), tiêu chuẩn tài sản cố định</translation>
    </message>
    <message>
        <source>The &amp;fixed asset book</source>
        <translation>Sổ tài sản &amp;cố định</translation>
    </message>
    <message>
        <source>The &amp;tools book</source>
        <translation>Sổ công cụ, dụn&amp;g cụ</translation>
    </message>
    <message>
        <source>Items by &amp;room</source>
        <translation>Tài sản theo &amp;nơi sử dụng</translation>
    </message>
    <message>
        <source>Items by &amp;keeper</source>
        <translation>Tài sản theo người &amp;sử dụng</translation>
    </message>
    <message>
        <source>&amp;Card of the selected item</source>
        <translation>&amp;Thẻ tài sản đang chọn</translation>
    </message>
    <message>
        <source>&amp;Hand-over record of the selected item</source>
        <translation>&amp;Biên bản bàn giao tài sản đang chọn</translation>
    </message>
    <message>
        <source>&amp;Disposal record of the selected item</source>
        <translation>Biên bản thanh &amp;lý tài sản đang chọn</translation>
    </message>
    <message>
        <source>The asset papers in the print preview (Ctrl+P); the depreciation table from Depreciation…</source>
        <translation>Giấy tờ tài sản, xem trước khi in (Ctrl+P); bảng tính hao mòn ở nút Hao mòn…</translation>
    </message>
    <message>
        <source>&amp;Status…</source>
        <translation>&amp;Tình trạng…</translation>
    </message>
    <message>
        <source>&amp;Upgrade…</source>
        <translation>&amp;Nâng cấp…</translation>
    </message>
    <message>
        <source>Re&amp;value…</source>
        <translation>Đánh &amp;giá lại…</translation>
    </message>
    <message>
        <source>&amp;Lost…</source>
        <translation>&amp;Mất…</translation>
    </message>
    <message>
        <source>&amp;Transfer out…</source>
        <translation>Điều c&amp;huyển…</translation>
    </message>
    <message>
        <source>Correct the selected item (Ctrl+E)</source>
        <translation>Sửa tài sản đang chọn (Ctrl+E)</translation>
    </message>
    <message>
        <source>Hand the item over to a room or keeper, with the hand-over record</source>
        <translation>Bàn giao tài sản cho nơi sử dụng hoặc người sử dụng, kèm biên bản bàn giao</translation>
    </message>
    <message>
        <source>Dispose of the item under the decision, with the disposal record</source>
        <translation>Thanh lý tài sản theo quyết định, kèm biên bản thanh lý</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an item to see its value and history.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chọn một tài sản để xem giá trị và lịch sử của nó.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Sổ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Quy cách</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Số hiệu</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Ngày sử dụng</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Chứng từ</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Nguồn kinh phí</translation>
    </message>
    <message>
        <source>Original cost</source>
        <translation>Nguyên giá</translation>
    </message>
    <message>
        <source>%1 đồng</source>
        <translation>%1 đồng</translation>
    </message>
    <message>
        <source>When entered</source>
        <translation>Khi ghi sổ</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tỷ lệ hao mòn</translation>
    </message>
    <message>
        <source>%1 % a year</source>
        <translation>%1 % một năm</translation>
    </message>
    <message>
        <source>Depreciation</source>
        <translation>Hao mòn</translation>
    </message>
    <message>
        <source>%1 đồng to the end of %2; book value %3 đồng</source>
        <translation>%1 đồng đến hết năm %2; giá trị còn lại %3 đồng</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Nơi sử dụng</translation>
    </message>
    <message>
        <source>Keeper</source>
        <translation>Người sử dụng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 ngày %2</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Print the hand-over record %1 now?</source>
        <translation>In biên bản bàn giao %1 ngay bây giờ?</translation>
    </message>
    <message>
        <source>Print the disposal record %1 now?</source>
        <translation>In biên bản thanh lý %1 ngay bây giờ?</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Select the item first.</source>
        <translation>Hãy chọn tài sản trước.</translation>
    </message>
    <message>
        <source>%1 has no hand-over recorded under a record&apos;s number.</source>
        <translation>%1 chưa có lần bàn giao nào ghi số biên bản.</translation>
    </message>
    <message>
        <source>%1 has no disposal recorded under a record&apos;s number.</source>
        <translation>%1 chưa có lần thanh lý nào ghi số biên bản.</translation>
    </message>
    <message>
        <source>asset-register</source>
        <translation>so-tai-san</translation>
    </message>
    <message>
        <source>D&amp;ispose of…</source>
        <translation>Thanh &amp;lý…</translation>
    </message>
    <message>
        <source>In&amp;ventory…</source>
        <translation>&amp;Kiểm kê…</translation>
    </message>
    <message>
        <source>The annual inventory: start it, scan the labels, mark what is missing or elsewhere, close it</source>
        <translation>Kiểm kê hằng năm: bắt đầu, quét nhãn, đánh dấu tài sản thiếu hoặc ở nơi khác, kết thúc</translation>
    </message>
    <message>
        <source>Inventory &amp;reconciliation</source>
        <translation>Bảng đối chiếu &amp;kiểm kê</translation>
    </message>
    <message>
        <source>In&amp;ventory record</source>
        <translation>Biên bản kiể&amp;m kê</translation>
    </message>
    <message>
        <source>&amp;QR labels of every item</source>
        <translation>Nhãn &amp;QR của mọi tài sản</translation>
    </message>
    <message>
        <source>QR &amp;label of the selected item</source>
        <translation>Nhãn QR của tài sản đang c&amp;họn</translation>
    </message>
    <message>
        <source>Bring in the asset book kept in Excel (XLSX, ODS or CSV): each column read as the register&apos;s field</source>
        <translation>Nhập sổ tài sản đang giữ bằng Excel (XLSX, ODS hoặc CSV): mỗi cột được đọc thành một trường của sổ</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::AssignDialog</name>
    <message>
        <source>Deadline:</source>
        <translation>Hạn xử lý:</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Chuyển giao</translation>
    </message>
    <message>
        <source>Person or unit, e.g. Ban Tuyên giáo</source>
        <translation>Người hoặc đơn vị, ví dụ Ban Tuyên giáo</translation>
    </message>
    <message>
        <source>Hand &amp;to:</source>
        <translation>Chuyển &amp;cho:</translation>
    </message>
    <message>
        <source>Leader&apos;s &amp;direction:</source>
        <translation>Ý &amp;kiến chỉ đạo:</translation>
    </message>
    <message>
        <source>Close and throw away what was typed?</source>
        <translation>Đóng và bỏ những gì đã gõ?</translation>
    </message>
    <message>
        <source>The day the document was handed over; the incoming book prints it.</source>
        <translation>Ngày chuyển giao văn bản; sổ văn bản đến in ngày này.</translation>
    </message>
    <message>
        <source>Handed &amp;over on:</source>
        <translation>Ngày ch&amp;uyển:</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::AttachmentsBox</name>
    <message>
        <source>Scanned files</source>
        <translation>Bản quét đính kèm</translation>
    </message>
    <message>
        <source>A&amp;ttach…</source>
        <translation>Đính &amp;kèm…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Gỡ bỏ</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1 (%2 KB)</translation>
    </message>
    <message>
        <source>Attach scanned files</source>
        <translation>Đính kèm bản quét</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Đính kèm</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Không đọc được %1.</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Xem</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>Remove %1 from this document?</source>
        <translation>Gỡ %1 khỏi văn bản này?</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.odt *.docx)</source>
        <translation>Bản quét và văn bản (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.odt *.docx)</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::AttendanceTab</name>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Dự họp</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Guest: %1</source>
        <translation>Khách mời: %1</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>Chưa rõ</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Đến muộn</translation>
    </message>
    <message>
        <source>reason, if absent or late</source>
        <translation>lý do, nếu vắng mặt hoặc đến muộn</translation>
    </message>
    <message>
        <source>Write why %1 is absent; the minutes record it.</source>
        <translation>Hãy ghi lý do đồng chí %1 vắng mặt; biên bản phải ghi lý do.</translation>
    </message>
    <message>
        <source>Present %1 of %2 members; %3 needed to hold the meeting, %4 votes in favour to decide.</source>
        <translation>Có mặt %1/%2 thành viên; cần %3 để tiến hành họp, %4 phiếu tán thành để quyết định.</translation>
    </message>
    <message>
        <source>Not enough members present yet.</source>
        <translation>Chưa đủ số thành viên có mặt.</translation>
    </message>
    <message>
        <source>Guest&apos;s name</source>
        <translation>Họ tên khách mời</translation>
    </message>
    <message>
        <source>Position, e.g. Chủ tịch UBMTTQ xã</source>
        <translation>Chức vụ, ví dụ: Chủ tịch UBMTTQ xã</translation>
    </message>
    <message>
        <source>Add the &amp;guest</source>
        <translation>Thêm &amp;khách mời</translation>
    </message>
    <message>
        <source>Guest list a&amp;pproved…</source>
        <translation>Thường trực đã &amp;duyệt…</translation>
    </message>
    <message>
        <source>No guests invited.</source>
        <translation>Không mời khách.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#a40000&apos;&gt;The guest list is not yet approved by the standing members: invitations to guests wait for it.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#a40000&apos;&gt;Danh sách khách mời chưa được Thường trực duyệt: giấy mời khách phải chờ.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Guest list approved by %1 on %2.</source>
        <translation>Danh sách khách mời đã được đồng chí %1 duyệt lúc %2.</translation>
    </message>
    <message>
        <source>Guest list approved</source>
        <translation>Duyệt danh sách khách mời</translation>
    </message>
    <message>
        <source>Approved by (the standing member):</source>
        <translation>Người duyệt (đồng chí Thường trực):</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::ChecklistTab</name>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Việc chuẩn bị</translation>
    </message>
    <message>
        <source>Checklist &amp;templates…</source>
        <translation>&amp;Danh mục việc chuẩn bị…</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::ChecklistTemplatesDialog</name>
    <message>
        <source>Days</source>
        <translation>Số ngày</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Bước việc</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Checklist templates</source>
        <translation>Danh mục việc chuẩn bị</translation>
    </message>
    <message>
        <source>Days from the meeting: negative before it, positive after.</source>
        <translation>Số ngày tính từ ngày họp: số âm là trước, số dương là sau.</translation>
    </message>
    <message>
        <source>A new step</source>
        <translation>Bước việc mới</translation>
    </message>
    <message>
        <source>&amp;Kind of meeting:</source>
        <translation>&amp;Loại cuộc họp:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <source>&amp;Remove the step</source>
        <translation>&amp;Xóa bước việc</translation>
    </message>
    <message>
        <source>Days are counted from the meeting day (−5: five days before; 7: a week after); a weekend moves to the Friday before. Changes apply to meetings created from now on.</source>
        <translation>Số ngày tính từ ngày họp (−5: năm ngày trước; 7: một tuần sau); hạn rơi vào cuối tuần được chuyển về thứ Sáu trước đó. Thay đổi áp dụng cho các cuộc họp tạo từ nay.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::ChiefAccountPage</name>
    <message>
        <source>The office chief&apos;s account</source>
        <translation>Tài khoản Chánh Văn phòng</translation>
    </message>
    <message>
        <source>The office chief manages users and settings. Choose a password that others cannot guess; it protects every record in the file.</source>
        <translation>Chánh Văn phòng quản lý người dùng và cài đặt. Hãy chọn mật khẩu người khác không đoán được; mật khẩu bảo vệ mọi hồ sơ trong tệp.</translation>
    </message>
    <message>
        <source>&amp;Create the file</source>
        <translation>&amp;Tạo tệp</translation>
    </message>
    <message>
        <source>e.g. chanhvp</source>
        <translation>ví dụ: chanhvp</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Hãy nhập tên đăng nhập.</translation>
    </message>
    <message>
        <source>The user name must not contain spaces.</source>
        <translation>Tên đăng nhập không được có dấu cách.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::CloseDossierDialog</name>
    <message>
        <source>Close the dossier</source>
        <translation>Kết thúc hồ sơ</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>chưa đếm</translation>
    </message>
    <message numerus="yes">
        <source>Dossier %1/%2: %3 (%n document(s), kept %4)</source>
        <translation>
            <numerusform>Hồ sơ %1/%2: %3 (%n văn bản, bảo quản %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed &amp;on:</source>
        <translation>&amp;Ngày kết thúc:</translation>
    </message>
    <message>
        <source>&amp;Sheets:</source>
        <translation>Số &amp;tờ:</translation>
    </message>
    <message>
        <source>C&amp;lose the dossier</source>
        <translation>&amp;Kết thúc hồ sơ</translation>
    </message>
    <message>
        <source>Dossier %1/%2 is closed. Before it goes to the archive:</source>
        <translation>Hồ sơ %1/%2 đã kết thúc. Trước khi nộp lưu cần:</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::CorrectionBar</name>
    <message>
        <source>Co&amp;rrect the record…</source>
        <translation>&amp;Sửa, nêu lý do…</translation>
    </message>
    <message>
        <source>Corrections &amp;made…</source>
        <translation>&amp;Lịch sử sửa…</translation>
    </message>
    <message>
        <source>The meeting is closed: its record is corrected only with a reason, kept in its history.</source>
        <translation>Cuộc họp đã kết thúc: chỉ được sửa khi nêu lý do; lý do được lưu trong lịch sử sửa.</translation>
    </message>
    <message>
        <source>Correcting the record: %1</source>
        <translation>Đang sửa, lý do: %1</translation>
    </message>
    <message>
        <source>Correct the meeting&apos;s record</source>
        <translation>Sửa biên bản cuộc họp</translation>
    </message>
    <message>
        <source>Why is the record of this closed meeting corrected? The reason is kept with each change.</source>
        <translation>Vì sao sửa biên bản của cuộc họp đã kết thúc? Lý do được lưu kèm từng thay đổi.</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>Corrections of the meeting&apos;s record</source>
        <translation>Lịch sử sửa biên bản cuộc họp</translation>
    </message>
    <message>
        <source>&lt;p&gt;The record has not been corrected since the meeting was closed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Biên bản chưa được sửa lần nào từ khi cuộc họp kết thúc.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::CreateOfficeWizard</name>
    <message>
        <source>Create the office file</source>
        <translation>Tạo tệp dữ liệu văn phòng</translation>
    </message>
    <message>
        <source>The office file was not created</source>
        <translation>Chưa tạo được tệp dữ liệu văn phòng</translation>
    </message>
    <message>
        <source>The term was not recorded</source>
        <translation>Chưa ghi được nhiệm kỳ</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <source>Print the recovery code or write it down, then tick the box: it is not shown again.</source>
        <translation>Hãy in hoặc chép lại mã khôi phục, rồi đánh dấu vào ô xác nhận: mã này sẽ không hiện lại nữa.</translation>
    </message>
    <message>
        <source>&amp;Open an existing file…</source>
        <translation>&amp;Dùng tệp đã có…</translation>
    </message>
    <message>
        <source>Open an office file</source>
        <translation>Mở tệp dữ liệu văn phòng</translation>
    </message>
    <message>
        <source>VanPhong office files (*.vpdb);;All files (*)</source>
        <translation>Tệp dữ liệu văn phòng VanPhong (*.vpdb);;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>nn/tt/nnnn</translation>
    </message>
    <message>
        <source>Choose on a calendar (Alt+Down)</source>
        <translation>Chọn trên lịch (Alt+Mũi tên xuống)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: type the day, month and year, e.g. 05/03/2026.</source>
        <translation>&quot;%1&quot; không phải là ngày: hãy gõ ngày, tháng, năm, ví dụ 05/03/2026.</translation>
    </message>
    <message>
        <source>There is no %1: month %2 of %3 has %4 days.</source>
        <translation>Không có ngày %1: tháng %2 năm %3 có %4 ngày.</translation>
    </message>
    <message>
        <source>There is no %1: the month is from 1 to 12.</source>
        <translation>Không có ngày %1: tháng chỉ từ 1 đến 12.</translation>
    </message>
    <message>
        <source>Type a date, e.g. 05/03/2026.</source>
        <translation>Hãy gõ ngày, ví dụ 05/03/2026.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::DecisionsTab</name>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ban hành</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Việc</translation>
    </message>
    <message>
        <source>e.g. về chuyển đổi số năm 2026</source>
        <translation>ví dụ: về chuyển đổi số năm 2026</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ai làm</translation>
    </message>
    <message>
        <source>&amp;Reserve the number</source>
        <translation>&amp;Giữ số</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>Agenda &amp;item:</source>
        <translation>&amp;Mục chương trình:</translation>
    </message>
    <message>
        <source>E&amp;xcerpt:</source>
        <translation>&amp;Trích yếu:</translation>
    </message>
    <message>
        <source>Decisions turned into documents</source>
        <translation>Quyết định của hội nghị thành văn bản</translation>
    </message>
    <message>
        <source>&amp;Add the task</source>
        <translation>Thêm &amp;việc</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>Đã &amp;xong</translation>
    </message>
    <message>
        <source>Follow-up tasks (on the start page until done)</source>
        <translation>Việc theo dõi thực hiện (hiện ở trang đầu đến khi xong)</translation>
    </message>
    <message>
        <source>(the whole meeting)</source>
        <translation>(cả cuộc họp)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>đã ban hành</translation>
    </message>
    <message>
        <source>number reserved</source>
        <translation>đã giữ số</translation>
    </message>
    <message>
        <source>Number %1 is reserved in the outgoing register.</source>
        <translation>Đã giữ số %1 trong sổ văn bản đi.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::DepreciationDialog</name>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Xem trước</translation>
    </message>
    <message>
        <source>&amp;Compute and save</source>
        <translation>&amp;Tính và lưu</translation>
    </message>
    <message>
        <source>&amp;Print the table…</source>
        <translation>&amp;In bảng tính…</translation>
    </message>
    <message>
        <source>&amp;Lock the signed year…</source>
        <translation>&amp;Khóa sổ năm đã ký…</translation>
    </message>
    <message>
        <source>Yearly depreciation</source>
        <translation>Hao mòn tài sản cố định hằng năm</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Original cost</source>
        <translation>Nguyên giá</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Tỷ lệ (%)</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Hao mòn năm</translation>
    </message>
    <message>
        <source>Accumulated</source>
        <translation>Hao mòn lũy kế</translation>
    </message>
    <message>
        <source>Book value</source>
        <translation>Giá trị còn lại</translation>
    </message>
    <message>
        <source>The year&apos;s lines as the register gives them now, without saving them</source>
        <translation>Các dòng của năm theo sổ hiện nay, chưa lưu</translation>
    </message>
    <message>
        <source>Computes the year (and any unlocked year around it) and saves it; running it again changes nothing</source>
        <translation>Tính năm này (và các năm chưa khóa liền kề) rồi lưu; tính lại không làm thay đổi gì</translation>
    </message>
    <message>
        <source>Once the printed table is signed: the year is never computed again</source>
        <translation>Khi bảng tính đã in được ký: năm đó không bao giờ được tính lại</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>The depreciation of %1 has not been computed. Preview it, then compute and save it in December.</source>
        <translation>Chưa tính hao mòn năm %1. Hãy xem trước, rồi tính và lưu vào tháng 12.</translation>
    </message>
    <message>
        <source>%1 is locked: its table was signed by %2 on %3. It is never computed again.</source>
        <translation>Năm %1 đã khóa sổ: bảng tính do %2 ký ngày %3. Năm này không được tính lại.</translation>
    </message>
    <message numerus="yes">
        <source>Computed on %1: %2 đồng over %n item(s).</source>
        <translation>
            <numerusform>Đã tính lúc %1: %2 đồng, %n tài sản.</numerusform>
        </translation>
    </message>
    <message>
        <source>The register changed since: compute it again before printing the table.</source>
        <translation>Sổ đã thay đổi từ lần tính đó: hãy tính lại trước khi in bảng tính.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %1 đồng over %n item(s).</source>
        <translation>
            <numerusform>Đã lưu: %1 đồng, %n tài sản.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %1 đồng over %n item(s).</source>
        <translation>
            <numerusform>Chưa lưu: %1 đồng, %n tài sản.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock %1</source>
        <translation>Khóa sổ năm %1</translation>
    </message>
    <message>
        <source>Lock the year once its printed table is signed: it is then never computed again, and nothing dated in it can change its figures.</source>
        <translation>Khóa sổ năm khi bảng tính đã in được ký: năm đó không được tính lại, và không nghiệp vụ nào ghi ngày trong năm đó làm thay đổi số liệu.</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>Người &amp;ký:</translation>
    </message>
    <message>
        <source>Signed &amp;on:</source>
        <translation>&amp;Ngày ký:</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Khóa sổ</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::DestroyDialog</name>
    <message>
        <source>Destroy the dossiers of decision %1</source>
        <translation>Hủy các hồ sơ theo quyết định %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;What is destroyed cannot be brought back.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%n dossier(s) of decision %1 of %2: %3.&lt;/p&gt;&lt;p&gt;The files of the documents filed in them (%4) are removed from the office file. The registers&apos; lines stay, marked destroyed with the record&apos;s number; the dossiers keep their line and the list of what they held.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Tài liệu đã hủy không thể khôi phục.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%n hồ sơ theo quyết định %1 ngày %2: %3.&lt;/p&gt;&lt;p&gt;Các tệp của văn bản trong các hồ sơ này (%4 văn bản) bị xóa khỏi tệp dữ liệu của văn phòng. Các dòng trong sổ đăng ký được giữ lại, ghi đã hủy kèm số biên bản; hồ sơ giữ dòng của mình và danh sách những gì đã có trong đó.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. 01-BB/HTL</source>
        <translation>ví dụ 01-BB/HTL</translation>
    </message>
    <message>
        <source>The same number, typed again</source>
        <translation>Gõ lại đúng số biên bản</translation>
    </message>
    <message>
        <source>Destruction &amp;record number:</source>
        <translation>&amp;Số biên bản hủy:</translation>
    </message>
    <message>
        <source>Destroyed &amp;on:</source>
        <translation>&amp;Ngày hủy:</translation>
    </message>
    <message>
        <source>&amp;Type the number again:</source>
        <translation>&amp;Gõ lại số biên bản:</translation>
    </message>
    <message>
        <source>&amp;Destroy them</source>
        <translation>&amp;Hủy tài liệu</translation>
    </message>
    <message>
        <source>Do &amp;not destroy</source>
        <translation>&amp;Không hủy</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::DetailsToggle</name>
    <message>
        <source>Give the details&apos; room to the list, or take it back</source>
        <translation>Nhường chỗ của phần chi tiết cho danh sách, hoặc lấy lại</translation>
    </message>
    <message>
        <source>Hide the details</source>
        <translation>Ẩn chi tiết</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>Hiện chi tiết</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::DocumentTemplatesMenu</name>
    <message>
        <source>Export the ODT template to edit (LibreOffice)…</source>
        <translation>Xuất mẫu ODT để sửa (LibreOffice)…</translation>
    </message>
    <message>
        <source>Export the DOCX template to edit (Word)…</source>
        <translation>Xuất mẫu DOCX để sửa (Word)…</translation>
    </message>
    <message>
        <source>Import the office&apos;s template…</source>
        <translation>Nhập mẫu của văn phòng…</translation>
    </message>
    <message>
        <source>Return to the default template</source>
        <translation>Trả về mẫu mặc định</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Mẫu văn bản</translation>
    </message>
    <message>
        <source>Select a document type in the list first.</source>
        <translation>Hãy chọn một loại văn bản trong danh sách trước.</translation>
    </message>
    <message>
        <source>Save the template to edit</source>
        <translation>Lưu mẫu để sửa</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Văn bản Word (*.docx)</translation>
    </message>
    <message>
        <source>OpenDocument text, LibreOffice (*.odt)</source>
        <translation>Văn bản OpenDocument, LibreOffice (*.odt)</translation>
    </message>
    <message>
        <source>The template cannot be written to %1: choose a folder where you may save files.</source>
        <translation>Không ghi được mẫu vào %1: hãy chọn thư mục bạn có quyền lưu tệp.</translation>
    </message>
    <message>
        <source>Import the office&apos;s template</source>
        <translation>Nhập mẫu của văn phòng</translation>
    </message>
    <message>
        <source>Text documents (*.odt *.docx)</source>
        <translation>Văn bản (*.odt *.docx)</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Không đọc được %1.</translation>
    </message>
    <message>
        <source>The office&apos;s %1 template of %2 is kept in the office file; the drafts of this type use it from now on.</source>
        <translation>Mẫu %1 của văn phòng cho loại %2 đã được lưu trong tệp văn phòng; từ nay dự thảo của loại này dùng mẫu đó.</translation>
    </message>
    <message>
        <source>Drop the office&apos;s templates of %1 and draft from the default ones again?</source>
        <translation>Bỏ mẫu của văn phòng cho loại %1 và soạn thảo lại theo mẫu mặc định?</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::DocumentTypeDialog</name>
    <message>
        <source>Add a document type</source>
        <translation>Thêm loại văn bản</translation>
    </message>
    <message>
        <source>Document type %1</source>
        <translation>Loại văn bản %1</translation>
    </message>
    <message>
        <source>e.g. QĐi</source>
        <translation>ví dụ QĐi</translation>
    </message>
    <message>
        <source>e.g. Quy định</source>
        <translation>ví dụ Quy định</translation>
    </message>
    <message>
        <source>printed in symbols, e.g. QĐ in 05-QĐ/ĐU</source>
        <translation>in trong ký hiệu, ví dụ QĐ trong 05-QĐ/ĐU</translation>
    </message>
    <message>
        <source>empty: its own series</source>
        <translation>để trống: dãy số riêng</translation>
    </message>
    <message>
        <source>Types with the same series share one run of numbers (Quyết định and Quy định share QĐ).</source>
        <translation>Các loại cùng dãy số dùng chung một dãy số thứ tự (Quyết định và Quy định dùng chung QĐ).</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Abbreviation:</source>
        <translation>Chữ &amp;viết tắt:</translation>
    </message>
    <message>
        <source>Numbering &amp;series:</source>
        <translation>&amp;Dãy số:</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::DocumentTypesBox</name>
    <message>
        <source>Document types and their abbreviations</source>
        <translation>Loại văn bản và chữ viết tắt</translation>
    </message>
    <message>
        <source>Add a t&amp;ype…</source>
        <translation>Thêm &amp;loại…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Sửa l&amp;oại…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên loại</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Viết tắt</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Dãy số</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(chưa đặt)</translation>
    </message>
    <message>
        <source>Te&amp;mplates</source>
        <translation>&amp;Mẫu văn bản</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <source>The selected type&apos;s template of drafts: export it to edit in LibreOffice or Word, import the edited file, or return to the default</source>
        <translation>Mẫu soạn thảo của loại văn bản đang chọn: xuất ra để sửa bằng LibreOffice hoặc Word, nhập tệp đã sửa, hoặc trả về mẫu mặc định</translation>
    </message>
    <message>
        <source>office&apos;s (%1)</source>
        <translation>của văn phòng (%1)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>mặc định</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::DossierDialog</name>
    <message>
        <source>New dossier of %1</source>
        <translation>Hồ sơ mới năm %1</translation>
    </message>
    <message>
        <source>Dossier %1/%2</source>
        <translation>Hồ sơ %1/%2</translation>
    </message>
    <message>
        <source>e.g. 01, I.3</source>
        <translation>ví dụ 01, I.3</translation>
    </message>
    <message>
        <source>optional, e.g. VP</source>
        <translation>không bắt buộc, ví dụ VP</translation>
    </message>
    <message>
        <source>e.g. Hồ sơ hội nghị Ban Chấp hành Đảng bộ năm 2027</source>
        <translation>ví dụ Hồ sơ hội nghị Ban Chấp hành Đảng bộ năm 2027</translation>
    </message>
    <message>
        <source>Permanent (not from the table)</source>
        <translation>Vĩnh viễn (không theo bảng)</translation>
    </message>
    <message>
        <source>A number of years (not from the table)</source>
        <translation>Số năm (không theo bảng)</translation>
    </message>
    <message>
        <source> years</source>
        <translation> năm</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Số hồ sơ:</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>&amp;Ký hiệu:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;iêu đề:</translation>
    </message>
    <message>
        <source>&amp;Kept:</source>
        <translation>Thời hạn &amp;bảo quản:</translation>
    </message>
    <message>
        <source>K&amp;eeper:</source>
        <translation>Người &amp;lập:</translation>
    </message>
    <message>
        <source>&amp;Opened on:</source>
        <translation>Ngày &amp;mở:</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Phòng</translation>
    </message>
    <message>
        <source>&amp;Cabinet</source>
        <translation>&amp;Tủ</translation>
    </message>
    <message>
        <source>S&amp;helf</source>
        <translation>&amp;Ngăn</translation>
    </message>
    <message>
        <source>&amp;Box</source>
        <translation>&amp;Hộp</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Nơi để:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Ye&amp;ar:</source>
        <translation>&amp;Danh mục năm:</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::DossierPicker</name>
    <message>
        <source>File into dossier</source>
        <translation>Đưa vào hồ sơ</translation>
    </message>
    <message>
        <source>Number or title (with or without diacritics)…</source>
        <translation>Số hoặc tiêu đề hồ sơ (có dấu hoặc không dấu)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Đưa &amp;vào</translation>
    </message>
    <message>
        <source>Dossier list of &amp;year:</source>
        <translation>Danh mục hồ sơ &amp;năm:</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) filed. Not filed:</source>
        <translation>
            <numerusform>Đã đưa %n văn bản vào hồ sơ. Chưa đưa được:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vanphong::ui::FileLocationPage</name>
    <message>
        <source>Welcome to VanPhong</source>
        <translation>Chào mừng đến với VanPhong</translation>
    </message>
    <message>
        <source>VanPhong keeps the registers of the party committee office in one encrypted file. Choose where to keep it.</source>
        <translation>VanPhong lưu sổ sách của văn phòng đảng ủy trong một tệp được mã hóa. Hãy chọn nơi lưu tệp.</translation>
    </message>
    <message>
        <source>Everything in this file (documents, meetings, archives, assets) is encrypted with the passwords of the office&apos;s users. Keep regular backups on another disk.</source>
        <translation>Mọi dữ liệu trong tệp (văn bản, hội nghị, lưu trữ, tài sản) được mã hóa bằng mật khẩu của người dùng văn phòng. Hãy thường xuyên sao lưu sang ổ đĩa khác.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>Office file</source>
        <translation>Tệp dữ liệu văn phòng</translation>
    </message>
    <message>
        <source>VanPhong office files (*.vpdb)</source>
        <translation>Tệp dữ liệu VanPhong (*.vpdb)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Tệ&amp;p:</translation>
    </message>
    <message>
        <source>The file exists</source>
        <translation>Tệp đã có</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; an existing office file is opened, not created.</source>
        <translation>%1 đã có. Hãy chọn tên khác; tệp đã có thì mở ra chứ không tạo mới.</translation>
    </message>
    <message>
        <source>No such folder</source>
        <translation>Không có thư mục</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Không có thư mục %1.</translation>
    </message>
    <message>
        <source>This is the &amp;secret file, on the office&apos;s standalone computer</source>
        <translation>Đây là tệp &amp;mật, đặt trên máy tính độc lập của văn phòng</translation>
    </message>
    <message>
        <source>An ordinary file keeps only the register line (number, date, sender, symbol, mark) of Mật, Tối mật and Tuyệt mật documents. Their content is kept in a separate secret file, on a computer that has never been connected to a network. This cannot be changed later.</source>
        <translation>Tệp thường chỉ giữ dòng vào sổ (số, ngày, cơ quan gửi, số ký hiệu, độ mật) của văn bản Mật, Tối mật, Tuyệt mật. Nội dung của chúng được lưu trong một tệp mật riêng, trên máy tính chưa từng kết nối mạng. Không thể thay đổi sau khi tạo.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::FilingButton</name>
    <message>
        <source>Take out of the dossier…</source>
        <translation>Rút khỏi hồ sơ lư&amp;u trữ…</translation>
    </message>
    <message>
        <source>Take the document out of dossier %1/%2, to file it elsewhere</source>
        <translation>Rút văn bản khỏi hồ sơ số %1/%2 để lập vào hồ sơ khác</translation>
    </message>
    <message>
        <source>Dossier %1/%2 is closed: nothing is taken out of it</source>
        <translation>Hồ sơ số %1/%2 đã kết thúc: không rút văn bản ra được</translation>
    </message>
    <message>
        <source>File into dossier…</source>
        <translation>Lập hồ sơ lư&amp;u trữ…</translation>
    </message>
    <message>
        <source>Put the meeting&apos;s dossier into a dossier of the archive, once the meeting was held</source>
        <translation>Đưa hồ sơ hội nghị vào một hồ sơ lưu trữ, sau khi hội nghị đã họp</translation>
    </message>
    <message>
        <source>Put the document into a dossier of the archive (lập hồ sơ)</source>
        <translation>Đưa văn bản vào một hồ sơ lưu trữ (lập hồ sơ)</translation>
    </message>
    <message>
        <source>File into dossier</source>
        <translation>Lập hồ sơ lưu trữ</translation>
    </message>
    <message>
        <source>%1 is a paper of a meeting (%2). The meeting&apos;s dossier holds its minutes, invitations, sign-in sheet and decisions together.

File the whole meeting&apos;s dossier instead? Choose No to file this paper on its own.</source>
        <translation>%1 là tài liệu của một hội nghị (%2). Hồ sơ hội nghị giữ chung biên bản, giấy mời, danh sách ký tên và các quyết định.

Lập hồ sơ cả hội nghị thay cho văn bản này? Chọn Không để chỉ lập hồ sơ riêng văn bản này.</translation>
    </message>
    <message>
        <source>Take out of the dossier</source>
        <translation>Rút khỏi hồ sơ</translation>
    </message>
    <message>
        <source>Take %1 out of its dossier?

%2

It goes back among the year&apos;s documents not yet filed; the audit log keeps that it was filed there.</source>
        <translation>Rút %1 khỏi hồ sơ đang chứa nó?

%2

Văn bản trở lại danh sách chưa lập hồ sơ của năm; nhật ký vẫn ghi việc nó đã được lập vào hồ sơ đó.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::HandoverDialog</name>
    <message>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Hand over by</source>
        <translation>Nộp lưu trước ngày</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Số tờ</translation>
    </message>
    <message>
        <source>Hand dossiers over to the archive</source>
        <translation>Nộp lưu hồ sơ vào lưu trữ</translation>
    </message>
    <message>
        <source>e.g. 01-BB/VP</source>
        <translation>ví dụ 01-BB/VP</translation>
    </message>
    <message>
        <source>Who receives them for the archive</source>
        <translation>Người nhận hồ sơ cho lưu trữ</translation>
    </message>
    <message>
        <source>Select the closed dossiers that go to the archive together (Shift, Ctrl for several). Once handed over they no longer change here.</source>
        <translation>Chọn các hồ sơ đã kết thúc cùng nộp lưu (giữ Shift, Ctrl để chọn nhiều). Hồ sơ đã nộp lưu không sửa được nữa.</translation>
    </message>
    <message>
        <source>No dossier is closed and waiting to be handed over: close a dossier first.</source>
        <translation>Không có hồ sơ nào đã kết thúc đang chờ nộp lưu: hãy kết thúc hồ sơ trước.</translation>
    </message>
    <message>
        <source>&amp;Record number:</source>
        <translation>&amp;Số biên bản:</translation>
    </message>
    <message>
        <source>&amp;Received by:</source>
        <translation>Người &amp;nhận:</translation>
    </message>
    <message>
        <source>Handed over &amp;on:</source>
        <translation>&amp;Vào ngày:</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>Nộp &amp;lưu</translation>
    </message>
    <message>
        <source>Select the dossiers to hand over.</source>
        <translation>Hãy chọn các hồ sơ cần nộp lưu.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::ImportFilePage</name>
    <message>
        <source>The spreadsheet to import</source>
        <translation>Bảng tính cần nhập</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Tệ&amp;p:</translation>
    </message>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Chọn bảng tính</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.ods *.csv);;All files (*)</source>
        <translation>Bảng tính (*.xlsx *.ods *.csv);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>Không mở được tệp: %1</translation>
    </message>
    <message>
        <source>A register kept in Excel or LibreOffice: .xlsx, .ods, or .csv saved as UTF-8; the first sheet is read. The column titles are found in the first rows, under any title lines; totals and signatures below the register are left out.</source>
        <translation>Sổ đang theo dõi bằng Excel hoặc LibreOffice: .xlsx, .ods, hoặc .csv lưu ở UTF-8; chỉ đọc trang tính đầu tiên. Hàng tiêu đề cột được tự tìm trong các dòng đầu, dưới các dòng tên sổ; dòng cộng và phần chữ ký dưới sổ được bỏ qua.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::ImportMappingPage</name>
    <message>
        <source>Which column holds what</source>
        <translation>Cột nào ghi gì</translation>
    </message>
    <message>
        <source>Fields marked * are needed. VanPhong remembers your choice for the next file with the same titles.</source>
        <translation>Các mục có dấu * là bắt buộc. VanPhong nhớ lựa chọn này cho lần nhập sau với tệp có cùng tiêu đề cột.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(không nhập)</translation>
    </message>
    <message>
        <source>Choose the columns for: %1.</source>
        <translation>Hãy chọn cột cho: %1.</translation>
    </message>
    <message>
        <source>The first lines of the register (column titles on line %1 of the file):</source>
        <translation>Các dòng đầu của sổ (tiêu đề cột ở dòng %1 của tệp):</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::ImportPreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Kiểm tra trước khi nhập</translation>
    </message>
    <message>
        <source>Rows with a problem are shown in red with what is wrong. Nothing is imported until every row is right: correct the file, then go back and choose it again.</source>
        <translation>Dòng có lỗi được tô đỏ, kèm lỗi cụ thể. Chưa nhập gì cho đến khi mọi dòng đều đúng: hãy sửa tệp, rồi quay lại chọn lại tệp.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Lỗi</translation>
    </message>
    <message numerus="yes">
        <source>All %n rows can be imported.</source>
        <translation>
            <numerusform>Cả %n dòng đều nhập được.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; nothing will be imported until they are corrected.</source>
        <translation>
            <numerusform>%n dòng có lỗi; chưa nhập gì cho đến khi sửa xong.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n row(s)</source>
        <translation>
            <numerusform>&amp;Nhập %n dòng</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Chưa nhập gì</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::ImportWizard</name>
    <message>
        <source>Import incoming documents</source>
        <translation>Nhập sổ văn bản đến</translation>
    </message>
    <message>
        <source>Import outgoing documents</source>
        <translation>Nhập sổ văn bản đi</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập từ bảng tính</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) were imported.</source>
        <translation>
            <numerusform>Đã nhập %n văn bản.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import an asset book</source>
        <translation>Nhập sổ tài sản</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were imported.</source>
        <translation>
            <numerusform>Đã nhập %n tài sản.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vanphong::ui::IncomingEditor</name>
    <message>
        <source>Deadline:</source>
        <translation>Hạn xử lý:</translation>
    </message>
    <message>
        <source>To be recalled by:</source>
        <translation>Thu hồi trước ngày:</translation>
    </message>
    <message>
        <source>Register incoming documents</source>
        <translation>Vào sổ văn bản đến</translation>
    </message>
    <message>
        <source>e.g. Văn phòng Tỉnh ủy</source>
        <translation>ví dụ: Văn phòng Tỉnh ủy</translation>
    </message>
    <message>
        <source>e.g. 07-KL/VPTW or 15/2023/TT-BTC</source>
        <translation>ví dụ: 07-KL/VPTW hoặc 15/2023/TT-BTC</translation>
    </message>
    <message>
        <source>Type and excerpt, e.g. Kết luận về công tác cán bộ</source>
        <translation>Tên loại và trích yếu, ví dụ: Kết luận về công tác cán bộ</translation>
    </message>
    <message>
        <source>(from the symbol)</source>
        <translation>(theo ký hiệu)</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Ngày đến:</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>&amp;Cơ quan ban hành:</translation>
    </message>
    <message>
        <source>&amp;Number, symbol:</source>
        <translation>&amp;Số, ký hiệu:</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>Ngà&amp;y văn bản:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Loại văn bản:</translation>
    </message>
    <message>
        <source>&amp;Excerpt:</source>
        <translation>T&amp;rích yếu:</translation>
    </message>
    <message>
        <source>copies:</source>
        <translation>số bản:</translation>
    </message>
    <message>
        <source>Pa&amp;ges:</source>
        <translation>Số tr&amp;ang:</translation>
    </message>
    <message>
        <source>urgency:</source>
        <translation>độ khẩn:</translation>
    </message>
    <message>
        <source>Se&amp;cret:</source>
        <translation>Độ &amp;mật:</translation>
    </message>
    <message>
        <source>Save and &amp;next</source>
        <translation>Lưu và nhập &amp;tiếp</translation>
    </message>
    <message>
        <source>Registered already?</source>
        <translation>Đã vào sổ rồi?</translation>
    </message>
    <message>
        <source>Incoming document %1/%2 has the same sender, symbol and date. Register this one too?</source>
        <translation>Văn bản đến số %1/%2 có cùng cơ quan ban hành, số ký hiệu và ngày. Vẫn vào sổ văn bản này?</translation>
    </message>
    <message>
        <source>Registered as incoming number %1/%2.</source>
        <translation>Đã vào sổ, số đến %1/%2.</translation>
    </message>
    <message>
        <source>The time set by the sender (Hỏa tốc hẹn giờ)</source>
        <translation>Giờ do nơi gửi ấn định (Hỏa tốc hẹn giờ)</translation>
    </message>
    <message>
        <source>Kept only in the secret file, on the office&apos;s standalone computer</source>
        <translation>Chỉ lưu trong tệp mật, trên máy tính độc lập của văn phòng</translation>
    </message>
    <message>
        <source>Why the line is corrected; kept with it</source>
        <translation>Lý do sửa; được giữ cùng dòng</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Lý &amp;do:</translation>
    </message>
    <message>
        <source>Correct incoming number %1/%2</source>
        <translation>Sửa văn bản đến số %1/%2</translation>
    </message>
    <message>
        <source>Save the &amp;correction</source>
        <translation>Lưu &amp;bản sửa</translation>
    </message>
    <message>
        <source>Close the form and lose what you typed?</source>
        <translation>Đóng biểu mẫu và bỏ những gì đã gõ?</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::IncomingPage</name>
    <message>
        <source>&amp;Hand over…</source>
        <translation>&amp;Chuyển giao…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Đánh &amp;dấu đã xử lý</translation>
    </message>
    <message>
        <source>&amp;Register incoming…</source>
        <translation>&amp;Vào sổ văn bản đến…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a document to see its details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chọn một văn bản để xem chi tiết.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Incoming number %1/%2</source>
        <translation>Số đến %1/%2</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày đến</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Number, symbol</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Ngày văn bản</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Độ mật, độ khẩn</translation>
    </message>
    <message>
        <source>To be recalled by</source>
        <translation>Thu hồi trước ngày</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Ý kiến chỉ đạo</translation>
    </message>
    <message>
        <source>Handed to</source>
        <translation>Người nhận xử lý</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <source>Hand-overs</source>
        <translation>Chuyển giao</translation>
    </message>
    <message>
        <source>%1: to %2 by %3 %4</source>
        <translation>%1: chuyển cho %2, người chuyển %3 %4</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Văn bản trả lời:</translation>
    </message>
    <message>
        <source>Incoming number %1/%2: %3</source>
        <translation>Số đến %1/%2: %3</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Chuyển giao</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Đánh dấu đã xử lý</translation>
    </message>
    <message>
        <source>Import a register kept in Excel or LibreOffice (.xlsx, .ods, .csv)</source>
        <translation>Nhập sổ đang theo dõi bằng Excel hoặc LibreOffice (.xlsx, .ods, .csv)</translation>
    </message>
    <message>
        <source>Sender…</source>
        <translation>Cơ quan ban hành…</translation>
    </message>
    <message>
        <source>Handed to…</source>
        <translation>Người nhận xử lý…</translation>
    </message>
    <message>
        <source>incoming-register</source>
        <translation>so-van-ban-den</translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Cance&amp;l the line…</source>
        <translation>&amp;Hủy dòng…</translation>
    </message>
    <message>
        <source>Correct the selected line (Ctrl+E)</source>
        <translation>Sửa dòng đang chọn (Ctrl+E)</translation>
    </message>
    <message>
        <source>Take &amp;back to work</source>
        <translation>&amp;Mở lại để xử lý</translation>
    </message>
    <message>
        <source>Cancelled on</source>
        <translation>Ngày hủy</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Take back to work</source>
        <translation>Mở lại để xử lý</translation>
    </message>
    <message>
        <source>Cancel the line</source>
        <translation>Hủy dòng vào sổ</translation>
    </message>
    <message>
        <source>Cancel incoming number %1/%2? It stays in the register, marked as cancelled with the reason; its number is never used again.</source>
        <translation>Hủy văn bản đến số %1/%2? Dòng vẫn ở trong sổ, được ghi là đã hủy kèm lý do; số này không bao giờ được dùng lại.</translation>
    </message>
    <message>
        <source>Cance&amp;l the line</source>
        <translation>&amp;Hủy dòng</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>Mọi hạn xử lý</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Due in the coming week</source>
        <translation>Đến hạn trong 7 ngày tới</translation>
    </message>
    <message>
        <source>Deadlines of documents not yet done</source>
        <translation>Hạn xử lý của các văn bản chưa xong</translation>
    </message>
    <message>
        <source>Incoming documents</source>
        <translation>Văn bản đến</translation>
    </message>
    <message>
        <source>Filed in</source>
        <translation>Thuộc hồ sơ</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::InventoryDialog</name>
    <message>
        <source>&amp;Start the inventory</source>
        <translation>&amp;Bắt đầu kiểm kê</translation>
    </message>
    <message>
        <source>Inventory of the assets</source>
        <translation>Kiểm kê tài sản</translation>
    </message>
    <message>
        <source>An inventory lists every item in use, to be checked one by one: scanned, imported from a phone or marked by hand.</source>
        <translation>Đợt kiểm kê liệt kê mọi tài sản đang quản lý để kiểm từng cái: quét nhãn, nhập danh sách từ điện thoại hoặc đánh dấu tay.</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Văn An; Trần Thị Bình; Lê Văn Cường</source>
        <translation>vd: Nguyễn Văn An; Trần Thị Bình; Lê Văn Cường</translation>
    </message>
    <message>
        <source>e.g. Quyết định số 15-QĐ/ĐU ngày 25/11/2026</source>
        <translation>vd: Quyết định số 15-QĐ/ĐU ngày 25/11/2026</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Committee:</source>
        <translation>&amp;Tổ kiểm kê:</translation>
    </message>
    <message>
        <source>De&amp;cision:</source>
        <translation>&amp;Quyết định:</translation>
    </message>
    <message>
        <source>S&amp;can or type a code, then Enter:</source>
        <translation>&amp;Quét hoặc gõ mã rồi nhấn Enter:</translation>
    </message>
    <message>
        <source>MT-0001</source>
        <translation>MT-0001</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên tài sản</translation>
    </message>
    <message>
        <source>Room in the book</source>
        <translation>Nơi theo sổ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cách ghi</translation>
    </message>
    <message>
        <source>&amp;Found</source>
        <translation>&amp;Có, đúng nơi</translation>
    </message>
    <message>
        <source>&amp;Elsewhere…</source>
        <translation>Ở nơi &amp;khác…</translation>
    </message>
    <message>
        <source>&amp;Damaged</source>
        <translation>&amp;Hư hỏng</translation>
    </message>
    <message>
        <source>&amp;Missing</source>
        <translation>Không &amp;thấy</translation>
    </message>
    <message>
        <source>E&amp;xtra…</source>
        <translation>Tài sản thừ&amp;a…</translation>
    </message>
    <message>
        <source>An item found that the register does not hold</source>
        <translation>Tài sản tìm thấy mà sổ không có</translation>
    </message>
    <message>
        <source>&amp;Import codes…</source>
        <translation>&amp;Nhập danh sách mã…</translation>
    </message>
    <message>
        <source>The list of codes a phone&apos;s scanner app exported (CSV or text)</source>
        <translation>Danh sách mã do ứng dụng quét trên điện thoại xuất ra (CSV hoặc văn bản)</translation>
    </message>
    <message>
        <source>The &amp;rest missing</source>
        <translation>Còn lại là không thấ&amp;y</translation>
    </message>
    <message>
        <source>Every item not yet checked marked missing</source>
        <translation>Ghi mọi tài sản chưa kiểm là không thấy</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>The &amp;reconciliation</source>
        <translation>Bảng đối &amp;chiếu</translation>
    </message>
    <message>
        <source>The inventory &amp;record</source>
        <translation>&amp;Biên bản kiểm kê</translation>
    </message>
    <message>
        <source>C&amp;lose the inventory…</source>
        <translation>Kết thúc kiể&amp;m kê…</translation>
    </message>
    <message>
        <source>Mark every item not yet checked as missing?</source>
        <translation>Ghi mọi tài sản chưa kiểm là không thấy?</translation>
    </message>
    <message>
        <source>Inventory of %1 (%2): %3 item(s); %4 found, %5 elsewhere, %6 damaged, %7 missing, %8 not checked; %9 extra(s).</source>
        <translation>Kiểm kê ngày %1 (%2): %3 tài sản; %4 có đúng nơi, %5 ở nơi khác, %6 hư hỏng, %7 không thấy, %8 chưa kiểm; %9 tài sản thừa.</translation>
    </message>
    <message>
        <source>scanned</source>
        <translation>quét nhãn</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>nhập danh sách</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>đánh dấu tay</translation>
    </message>
    <message>
        <source>%1 %2: found.</source>
        <translation>%1 %2: có.</translation>
    </message>
    <message>
        <source>%1 %2: already marked (%3).</source>
        <translation>%1 %2: đã đánh dấu trước (%3).</translation>
    </message>
    <message>
        <source>%1: no item of the register in use has this code. If it is an item, add it as an extra.</source>
        <translation>%1: không có tài sản đang quản lý nào mang mã này. Nếu đó là tài sản, hãy ghi là tài sản thừa.</translation>
    </message>
    <message>
        <source>Where was %1 found?</source>
        <translation>Tìm thấy %1 ở đâu?</translation>
    </message>
    <message>
        <source>An extra</source>
        <translation>Tài sản thừa</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Value (đồng):</source>
        <translation>&amp;Giá trị (đồng):</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Nơi phát hiện:</translation>
    </message>
    <message>
        <source>Give the extra&apos;s value.</source>
        <translation>Hãy ghi giá trị của tài sản thừa.</translation>
    </message>
    <message>
        <source>The phone&apos;s list of codes</source>
        <translation>Danh sách mã từ điện thoại</translation>
    </message>
    <message>
        <source>Lists of codes (*.csv *.txt);;All files (*)</source>
        <translation>Danh sách mã (*.csv *.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Không đọc được %1.</translation>
    </message>
    <message>
        <source>Marked found: %1; already marked: %2.</source>
        <translation>Đã đánh dấu có: %1; đã đánh dấu trước: %2.</translation>
    </message>
    <message>
        <source>Codes no item in use has: %1</source>
        <translation>Mã không có trong sổ: %1</translation>
    </message>
    <message>
        <source>Close the inventory</source>
        <translation>Kết thúc kiểm kê</translation>
    </message>
    <message>
        <source>e.g. 01/BB-KK</source>
        <translation>vd: 01/BB-KK</translation>
    </message>
    <message>
        <source>needed when an item is missing</source>
        <translation>cần khi có tài sản không thấy</translation>
    </message>
    <message>
        <source>&amp;Record number:</source>
        <translation>Số &amp;biên bản:</translation>
    </message>
    <message>
        <source>&amp;Decision on the missing items:</source>
        <translation>&amp;Quyết định xử lý tài sản thiếu:</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Kết thúc</translation>
    </message>
    <message>
        <source>The inventory is closed. Print its record from the Print menu of the page.</source>
        <translation>Đã kết thúc kiểm kê. In biên bản từ nút In của trang Tài sản.</translation>
    </message>
    <message>
        <source>Closing applies what the committee agreed: items found elsewhere are handed over there, missing ones are written off as lost under the decision, extras enter the register; damaged ones are said on the record.</source>
        <translation>Kết thúc kiểm kê sẽ thực hiện những gì Tổ kiểm kê đã thống nhất: tài sản ở nơi khác được bàn giao về nơi đó, tài sản không thấy được ghi giảm do mất theo quyết định, tài sản thừa được ghi vào sổ; tài sản hư hỏng được ghi trong biên bản.</translation>
    </message>
    <message>
        <source>Exp&amp;ort…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <source>The inventory&apos;s lines to .xlsx, .ods or .csv</source>
        <translation>Xuất các dòng kiểm kê ra .xlsx, .ods hoặc .csv</translation>
    </message>
    <message>
        <source>inventory</source>
        <translation>kiem-ke</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::KeptPapersBox</name>
    <message>
        <source>Printed papers of its meetings</source>
        <translation>Bản in tài liệu các cuộc họp</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Mở tệp &amp;PDF</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Xem</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::LendDialog</name>
    <message>
        <source>a &amp;user:</source>
        <translation>&amp;người dùng:</translation>
    </message>
    <message>
        <source>another &amp;person:</source>
        <translation>người &amp;khác:</translation>
    </message>
    <message>
        <source>Lend dossier %1/%2</source>
        <translation>Cho mượn hồ sơ %1/%2</translation>
    </message>
    <message>
        <source>(no approval)</source>
        <translation>(không có người duyệt)</translation>
    </message>
    <message>
        <source>e.g. Looking up the 2024 resolutions</source>
        <translation>ví dụ Tra cứu các nghị quyết năm 2024</translation>
    </message>
    <message>
        <source>%1 — %2. A secret dossier is lent only to a user cleared to it, with a leader&apos;s approval.</source>
        <translation>%1 — %2. Hồ sơ mật chỉ cho người dùng có đủ độ mật mượn, khi lãnh đạo đã duyệt.</translation>
    </message>
    <message>
        <source>Lent to:</source>
        <translation>Cho mượn:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Mục đích:</translation>
    </message>
    <message>
        <source>&amp;Approved by:</source>
        <translation>Người &amp;duyệt:</translation>
    </message>
    <message>
        <source>Lent &amp;on:</source>
        <translation>N&amp;gày mượn:</translation>
    </message>
    <message>
        <source>&amp;Due back on:</source>
        <translation>&amp;Hạn trả:</translation>
    </message>
    <message>
        <source>&amp;Lend</source>
        <translation>&amp;Cho mượn</translation>
    </message>
    <message>
        <source>The borrower&apos;s full name and unit</source>
        <translation>Họ tên, đơn vị người mượn</translation>
    </message>
    <message>
        <source>Dossier %1/%2: %3</source>
        <translation>Hồ sơ số %1/%2: %3</translation>
    </message>
    <message>
        <source>No user of the file is cleared to this mark.</source>
        <translation>Không người dùng nào của tệp có quyền tiếp cận mức mật này.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::LoansDialog</name>
    <message>
        <source>&amp;Only those not returned</source>
        <translation>&amp;Chỉ những hồ sơ chưa trả</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>Người mượn</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>Lent on</source>
        <translation>Ngày mượn</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn trả</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>Ngày trả</translation>
    </message>
    <message>
        <source>&amp;Returned</source>
        <translation>Đã t&amp;rả</translation>
    </message>
    <message>
        <source>Archive loans</source>
        <translation>Mượn, trả hồ sơ lưu trữ</translation>
    </message>
    <message>
        <source>The selected dossier came back on the day beside</source>
        <translation>Hồ sơ đang chọn đã được trả vào ngày bên cạnh</translation>
    </message>
    <message>
        <source>&amp;Print the lending register…</source>
        <translation>&amp;In sổ theo dõi khai thác…</translation>
    </message>
    <message>
        <source>Returned o&amp;n:</source>
        <translation>&amp;Ngày trả:</translation>
    </message>
    <message numerus="yes">
        <source>%n loan(s)</source>
        <translation>
            <numerusform>%n lượt mượn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n quá hạn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vanphong::ui::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Mở khóa</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>The office file is locked</source>
        <translation>Tệp dữ liệu văn phòng đang khóa</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::MainWindow</name>
    <message>
        <source>VanPhong – Party committee office</source>
        <translation>VanPhong – Văn phòng đảng ủy</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <source>Office profile</source>
        <translation>Thông tin văn phòng</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sao lưu…</translation>
    </message>
    <message>
        <source>&amp;Check the file</source>
        <translation>&amp;Kiểm tra tệp</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Đổi &amp;mật khẩu…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Khóa</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>T&amp;rợ giúp</translation>
    </message>
    <message>
        <source>&amp;About VanPhong</source>
        <translation>&amp;Giới thiệu VanPhong</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>khôi phục</translation>
    </message>
    <message>
        <source>Back up the office file</source>
        <translation>Sao lưu tệp dữ liệu văn phòng</translation>
    </message>
    <message>
        <source>VanPhong office files (*.vpdb)</source>
        <translation>Tệp dữ liệu VanPhong (*.vpdb)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>The backup was written to %1. It opens with the same users and passwords.</source>
        <translation>Đã sao lưu vào %1. Bản sao lưu mở bằng cùng người dùng và mật khẩu.</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>Kiểm tra tệp</translation>
    </message>
    <message>
        <source>The file is intact: %1 pages and %2 audit log entries checked.</source>
        <translation>Tệp nguyên vẹn: đã kiểm tra %1 trang và %2 mục nhật ký thay đổi.</translation>
    </message>
    <message>
        <source>The file is damaged:
%1

Restore it from a backup.</source>
        <translation>Tệp bị hỏng:
%1

Hãy khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Đã đổi mật khẩu của bạn.</translation>
    </message>
    <message>
        <source>About VanPhong</source>
        <translation>Giới thiệu VanPhong</translation>
    </message>
    <message>
        <source>&lt;h3&gt;VanPhong %1&lt;/h3&gt;&lt;p&gt;Registers and meetings for the office of a commune, ward or special-zone party committee.&lt;/p&gt;&lt;p&gt;All data is kept in one encrypted file (AES-256-GCM, scrypt).&lt;/p&gt;&lt;p&gt;Licence: GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;VanPhong %1&lt;/h3&gt;&lt;p&gt;Sổ sách và hội nghị của văn phòng đảng ủy xã, phường, đặc khu.&lt;/p&gt;&lt;p&gt;Toàn bộ dữ liệu lưu trong một tệp được mã hóa (AES-256-GCM, scrypt).&lt;/p&gt;&lt;p&gt;Giấy phép: GNU GPL phiên bản 3 trở lên.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Incoming documents</source>
        <translation>Văn bản đến</translation>
    </message>
    <message>
        <source>Outgoing documents</source>
        <translation>Văn bản đi</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>Meeting package (bring it back to the office to merge) · %1</source>
        <translation>Gói hội nghị (mang về văn phòng để hợp nhất) · %1</translation>
    </message>
    <message>
        <source>VanPhong – Party committee office – SECRET FILE</source>
        <translation>VanPhong – Văn phòng cấp ủy – TỆP MẬT</translation>
    </message>
    <message>
        <source>Move the secret lines to the secret file…</source>
        <translation>Chuyển các dòng mật sang tệp mật…</translation>
    </message>
    <message>
        <source>Bring in the lines from the ordinary file…</source>
        <translation>Nhận các dòng từ tệp thường…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>&amp;Names and recipient groups…</source>
        <translation>&amp;Danh bạ nơi gửi, nơi nhận…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>A warning about the office file</source>
        <translation>Cảnh báo về tệp dữ liệu văn phòng</translation>
    </message>
    <message>
        <source>

Warnings given at sign-in, as the log records them:
%1</source>
        <translation>

Các cảnh báo đã hiện khi đăng nhập, theo nhật ký thay đổi:
%1</translation>
    </message>
    <message>
        <source>The file has been altered outside the application:
%1

The problems above name the entries and, where known, whose key wrote them. Go on with a backup made before.</source>
        <translation>Tệp đã bị sửa đổi ngoài chương trình:
%1

Các lỗi trên nêu các mục nhật ký và, khi biết được, khóa của ai đã ghi chúng. Hãy làm tiếp trên một bản sao lưu có từ trước đó.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Lưu trữ</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Tài sản</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::MeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Cuộc họp mới</translation>
    </message>
    <message>
        <source>e.g. Hội trường Đảng ủy</source>
        <translation>ví dụ Hội trường Đảng ủy</translation>
    </message>
    <message>
        <source>One item per line, e.g.
Báo cáo tình hình tháng
Đề án chuyển đổi số</source>
        <translation>Mỗi dòng một nội dung, ví dụ
Báo cáo tình hình tháng
Đề án chuyển đổi số</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Bắt đầu:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Địa đ&amp;iểm:</translation>
    </message>
    <message>
        <source>C&amp;hair:</source>
        <translation>C&amp;hủ trì:</translation>
    </message>
    <message>
        <source>&amp;Recorder:</source>
        <translation>Thư &amp;ký:</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>&amp;Chương trình:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Tạo</translation>
    </message>
    <message>
        <source>Edit the meeting</source>
        <translation>Sửa cuộc họp</translation>
    </message>
    <message>
        <source>Items to add to the agenda, one per line</source>
        <translation>Các mục thêm vào chương trình, mỗi dòng một mục</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>A meeting marked Mật or above: its minutes and papers are read only by users cleared for it.</source>
        <translation>Cuộc họp mang độ Mật trở lên: biên bản và tài liệu chỉ người đủ mức tiếp cận được xem.</translation>
    </message>
    <message>
        <source>Secrec&amp;y:</source>
        <translation>Độ &amp;mật:</translation>
    </message>
    <message>
        <source>Correct the meeting&apos;s record</source>
        <translation>Sửa biên bản cuộc họp</translation>
    </message>
    <message>
        <source>The meeting is closed. Why are its place, chair or recorder corrected?</source>
        <translation>Cuộc họp đã kết thúc. Vì sao sửa địa điểm, người chủ trì hoặc thư ký?</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>The date printed on the invitations (giấy mời): the day they are issued, before the meeting.</source>
        <translation>Ngày in trên giấy mời: ngày phát hành giấy mời, trước ngày họp.</translation>
    </message>
    <message>
        <source>&amp;Invitations dated:</source>
        <translation>Ngày &amp;giấy mời:</translation>
    </message>
    <message>
        <source>Not set yet: the invitations take the day they are numbered (issued), unless a date is saved here.</source>
        <translation>Chưa đặt: giấy mời lấy ngày được cấp số (phát hành), trừ khi lưu một ngày ở đây.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::MeetingsPage</name>
    <message>
        <source>&amp;New meeting…</source>
        <translation>Tạo cuộc &amp;họp…</translation>
    </message>
    <message>
        <source>C&amp;lose the meeting…</source>
        <translation>&amp;Kết thúc cuộc họp…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>&amp;Preparation</source>
        <translation>&amp;Chuẩn bị</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>Thành &amp;phần</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Biên bản</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Meetings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Cuộc họp&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Create a meeting with “New meeting…”; its checklist follows from its kind.</source>
        <translation>Tạo cuộc họp bằng nút “Tạo cuộc họp…”; danh mục việc chuẩn bị được lập theo loại cuộc họp.</translation>
    </message>
    <message>
        <source>%1, %2 · chair: %3 · recorder: %4</source>
        <translation>%1, %2 · chủ trì: %3 · thư ký: %4</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>chưa ghi</translation>
    </message>
    <message>
        <source>The minutes are not complete</source>
        <translation>Biên bản chưa đầy đủ</translation>
    </message>
    <message>
        <source>Close the meeting</source>
        <translation>Kết thúc cuộc họp</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <source>The &amp;minutes…</source>
        <translation>&amp;Biên bản…</translation>
    </message>
    <message>
        <source>&amp;Invitations…</source>
        <translation>&amp;Giấy mời…</translation>
    </message>
    <message>
        <source>The &amp;sign-in sheet…</source>
        <translation>&amp;Danh sách ký tên…</translation>
    </message>
    <message>
        <source>The &amp;programme…</source>
        <translation>&amp;Chương trình…</translation>
    </message>
    <message>
        <source>The &amp;dossier&apos;s contents…</source>
        <translation>&amp;Mục lục hồ sơ…</translation>
    </message>
    <message>
        <source>&amp;Laptop</source>
        <translation>&amp;Máy xách tay</translation>
    </message>
    <message>
        <source>&amp;Take the meeting to a laptop…</source>
        <translation>&amp;Mang cuộc họp sang máy xách tay…</translation>
    </message>
    <message>
        <source>&amp;Bring it back from a laptop…</source>
        <translation>Mang &amp;về từ máy xách tay…</translation>
    </message>
    <message>
        <source>Pape&amp;rs</source>
        <translation>Tài &amp;liệu</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>&amp;Quyết định</translation>
    </message>
    <message>
        <source>Still missing:
- %1

Preview anyway?</source>
        <translation>Còn thiếu:
- %1

Vẫn xem trước?</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Giấy mời</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Danh sách ký tên</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Dossier contents</source>
        <translation>Mục lục hồ sơ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The dossier is not complete</source>
        <translation>Hồ sơ chưa đầy đủ</translation>
    </message>
    <message>
        <source>The package is written to %1.
On the laptop, open it in VanPhong as %2 with the package&apos;s password.</source>
        <translation>Đã ghi gói vào %1.
Trên máy xách tay, mở gói trong VanPhong bằng tài khoản %2 với mật khẩu của gói.</translation>
    </message>
    <message>
        <source>Bring the meeting back from a laptop</source>
        <translation>Mang cuộc họp về từ máy xách tay</translation>
    </message>
    <message>
        <source>Meeting packages (*.%1);;All files (*)</source>
        <translation>Gói hội nghị (*.%1);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Package password</source>
        <translation>Mật khẩu của gói</translation>
    </message>
    <message>
        <source>Password of the package %1:</source>
        <translation>Mật khẩu của gói %1:</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Edit the meeting</source>
        <translation>Sửa cuộc họp</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>Chươn&amp;g trình</translation>
    </message>
    <message>
        <source>Committee &amp;members…</source>
        <translation>Danh sách cấp ủ&amp;y viên…</translation>
    </message>
    <message>
        <source>Choose a meeting to see its preparation, attendance and minutes.</source>
        <translation>Chọn một cuộc họp để xem công tác chuẩn bị, thành phần và biên bản.</translation>
    </message>
    <message>
        <source>The meeting of %1 began at %2. When did it end?</source>
        <translation>Cuộc họp ngày %1 bắt đầu lúc %2. Cuộc họp kết thúc lúc mấy giờ?</translation>
    </message>
    <message>
        <source>&amp;Close the meeting</source>
        <translation>&amp;Kết thúc cuộc họp</translation>
    </message>
    <message>
        <source>&amp;Ended at:</source>
        <translation>Kết thúc &amp;lúc:</translation>
    </message>
    <message>
        <source>The invitation has no number yet: printed now, it is a proof marked DỰ THẢO, with a blank number and date.

Issue it first: take its number in the outgoing register, dated the invitation&apos;s own date?</source>
        <translation>Giấy mời chưa có số: in bây giờ sẽ là bản DỰ THẢO, để trống số và ngày.

Phát hành trước: lấy số giấy mời trong sổ văn bản đi, mang ngày của giấy mời?</translation>
    </message>
    <message>
        <source>&amp;Number and print</source>
        <translation>&amp;Cấp số rồi in</translation>
    </message>
    <message>
        <source>Print the &amp;proof</source>
        <translation>In bản &amp;dự thảo</translation>
    </message>
    <message>
        <source>The dossier of the meeting: %1 of %2</source>
        <translation>Hồ sơ hội nghị: %1 ngày %2</translation>
    </message>
    <message>
        <source>Filed in: %1</source>
        <translation>Lưu tại: %1</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::MembersDialog</name>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Standing committee</source>
        <translation>Ban Thường vụ</translation>
    </message>
    <message>
        <source>Standing members</source>
        <translation>Thường trực</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Thôi từ ngày</translation>
    </message>
    <message>
        <source>&amp;Standing committee</source>
        <translation>Ban Thường &amp;vụ</translation>
    </message>
    <message>
        <source>Standing &amp;member</source>
        <translation>Thường t&amp;rực</translation>
    </message>
    <message>
        <source>Committee members</source>
        <translation>Cấp ủy viên</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>e.g. Phó Bí thư, Ủy viên Ban Thường vụ</source>
        <translation>ví dụ: Phó Bí thư, Ủy viên Ban Thường vụ</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Khóa:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <source>&amp;Left the committee today</source>
        <translation>Thôi làm cấp ủy viên từ &amp;hôm nay</translation>
    </message>
    <message>
        <source>Add the committee&apos;s term on the office profile page first.</source>
        <translation>Hãy thêm khóa (nhiệm kỳ) ở trang thông tin văn phòng trước.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>&amp;Correct the selected…</source>
        <translation>&amp;Sửa người đang chọn…</translation>
    </message>
    <message>
        <source>A mistyped name or position: the entry is corrected with a reason; meetings not yet closed invite the corrected name</source>
        <translation>Gõ sai họ tên hoặc chức vụ: sửa kèm lý do; các cuộc họp chưa kết thúc sẽ mời theo tên đã sửa</translation>
    </message>
    <message>
        <source>Correct a member</source>
        <translation>Sửa thông tin cấp ủy viên</translation>
    </message>
    <message>
        <source>Why is %1&apos;s entry corrected?</source>
        <translation>Vì sao sửa thông tin của %1?</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Save the correction…</source>
        <translation>&amp;Lưu phần sửa…</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::MinutesTab</name>
    <message>
        <source>Speech</source>
        <translation>Phát biểu</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Trình bày</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Biểu quyết</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Who speaks</source>
        <translation>Người phát biểu</translation>
    </message>
    <message>
        <source>The gist of what was said, or what is voted on</source>
        <translation>Tóm tắt nội dung phát biểu, hoặc nội dung biểu quyết</translation>
    </message>
    <message>
        <source>The chair&apos;s conclusion on this item</source>
        <translation>Kết luận của chủ trì về nội dung này</translation>
    </message>
    <message>
        <source>for</source>
        <translation>tán thành</translation>
    </message>
    <message>
        <source>against</source>
        <translation>không tán thành</translation>
    </message>
    <message>
        <source>abstaining</source>
        <translation>không biểu quyết</translation>
    </message>
    <message>
        <source>&amp;Next entry (Ctrl+Enter)</source>
        <translation>Ý kiến &amp;tiếp theo (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Người phát biểu:</translation>
    </message>
    <message>
        <source>&amp;What was said:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <source>Votes:</source>
        <translation>Biểu quyết:</translation>
    </message>
    <message>
        <source>Vote: %1 — for %2, against %3, abstaining %4</source>
        <translation>Biểu quyết: %1 — tán thành %2, không tán thành %3, không biểu quyết %4</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu lúc %1</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::MoneyField</name>
    <message>
        <source>Give the amount in đồng.</source>
        <translation>Hãy ghi số tiền (đồng).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of whole đồng: write it as 12.500.000 or 12500000.</source>
        <translation>&quot;%1&quot; không phải số đồng chẵn: hãy viết như 12.500.000 hoặc 12500000.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::MovementDialog</name>
    <message>
        <source>&amp;Date:</source>
        <translation>Ngà&amp;y:</translation>
    </message>
    <message>
        <source>unchanged (the rate goes on)</source>
        <translation>không đổi (giữ tỷ lệ)</translation>
    </message>
    <message>
        <source> years</source>
        <translation> năm</translation>
    </message>
    <message>
        <source>&amp;Life left:</source>
        <translation>Thời gian &amp;còn lại:</translation>
    </message>
    <message>
        <source>To &amp;room:</source>
        <translation>Nơi sử &amp;dụng mới:</translation>
    </message>
    <message>
        <source>To &amp;keeper:</source>
        <translation>Người &amp;nhận:</translation>
    </message>
    <message>
        <source>Hand-over &amp;record:</source>
        <translation>Số &amp;biên bản bàn giao:</translation>
    </message>
    <message>
        <source>e.g. 05/BB-VP</source>
        <translation>vd: 05/BB-VP</translation>
    </message>
    <message>
        <source>&amp;Cost (đồng):</source>
        <translation>&amp;Chi phí (đồng):</translation>
    </message>
    <message>
        <source>&amp;What was repaired:</source>
        <translation>Nội &amp;dung sửa chữa:</translation>
    </message>
    <message>
        <source>e.g. Thay bo mạch nguồn</source>
        <translation>vd: Thay bo mạch nguồn</translation>
    </message>
    <message>
        <source>&amp;Still under repair</source>
        <translation>&amp;Vẫn đang sửa chữa</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Tình trạng:</translation>
    </message>
    <message>
        <source>&amp;Cost added (đồng):</source>
        <translation>Số tiền &amp;nâng cấp (đồng):</translation>
    </message>
    <message>
        <source>&amp;Decision or invoice:</source>
        <translation>&amp;Quyết định hoặc hóa đơn:</translation>
    </message>
    <message>
        <source>e.g. HĐ 0004567 ngày 10/6/2026</source>
        <translation>vd: HĐ 0004567 ngày 10/6/2026</translation>
    </message>
    <message>
        <source>&amp;New cost (đồng):</source>
        <translation>Nguyên giá &amp;mới (đồng):</translation>
    </message>
    <message>
        <source>&amp;Accumulated depreciation (đồng):</source>
        <translation>Hao mòn &amp;lũy kế (đồng):</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>không đổi</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Quyết định:</translation>
    </message>
    <message>
        <source>e.g. QĐ 20-QĐ/ĐU ngày 01/7/2026</source>
        <translation>vd: QĐ 20-QĐ/ĐU ngày 01/7/2026</translation>
    </message>
    <message>
        <source>e.g. QĐ 12-QĐ/ĐU ngày 01/02/2026</source>
        <translation>vd: QĐ 12-QĐ/ĐU ngày 01/02/2026</translation>
    </message>
    <message>
        <source>Disposal &amp;record:</source>
        <translation>Số &amp;biên bản thanh lý:</translation>
    </message>
    <message>
        <source>e.g. 02/BB-TL</source>
        <translation>vd: 02/BB-TL</translation>
    </message>
    <message>
        <source>&amp;Proceeds (đồng):</source>
        <translation>Số tiền &amp;thu được (đồng):</translation>
    </message>
    <message>
        <source>Loss &amp;record:</source>
        <translation>Số &amp;biên bản:</translation>
    </message>
    <message>
        <source>e.g. 03/BB</source>
        <translation>vd: 03/BB</translation>
    </message>
    <message>
        <source>To the &amp;body:</source>
        <translation>Đơn vị &amp;nhận:</translation>
    </message>
    <message>
        <source>e.g. Ủy ban nhân dân xã</source>
        <translation>vd: Ủy ban nhân dân xã</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>Gh&amp;i chú:</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::NameListTab</name>
    <message>
        <source>Co&amp;rrect the spelling…</source>
        <translation>Sửa &amp;cách viết…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Gộp vào…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Bỏ tên</translation>
    </message>
    <message>
        <source>Find a name (with or without diacritics)…</source>
        <translation>Tìm tên (có hoặc không dấu)…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dùng lần cuối</translation>
    </message>
    <message>
        <source>Also written</source>
        <translation>Cách viết khác</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>Remove the &amp;unused…</source>
        <translation>Bỏ các tên &amp;không dùng…</translation>
    </message>
    <message>
        <source>The old spelling is kept as another way of writing it</source>
        <translation>Cách viết cũ được giữ làm một cách viết khác</translation>
    </message>
    <message>
        <source>Two spellings of one body: keep one; lines already registered stay as written</source>
        <translation>Hai cách viết của cùng một cơ quan: giữ một; các dòng đã vào sổ giữ nguyên như đã ghi</translation>
    </message>
    <message>
        <source>Names that no register line carries any more</source>
        <translation>Các tên không còn dòng nào trong sổ ghi</translation>
    </message>
    <message>
        <source>Add a name</source>
        <translation>Thêm tên</translation>
    </message>
    <message>
        <source>Name, as it should be written:</source>
        <translation>Tên, viết đúng như cần ghi:</translation>
    </message>
    <message>
        <source>Correct the spelling</source>
        <translation>Sửa cách viết</translation>
    </message>
    <message>
        <source>How &quot;%1&quot; should be written (the old spelling is remembered):</source>
        <translation>&quot;%1&quot; cần được viết thế nào (cách viết cũ vẫn được nhớ):</translation>
    </message>
    <message>
        <source>Merge two spellings</source>
        <translation>Gộp hai cách viết</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is another spelling of:</source>
        <translation>&quot;%1&quot; là một cách viết khác của:</translation>
    </message>
    <message>
        <source>Keep &quot;%1&quot; and offer it instead of &quot;%2&quot;?

Lines already registered keep what was written; correct a line in its register if the book must show the other spelling.</source>
        <translation>Giữ &quot;%1&quot; và gợi ý tên này thay cho &quot;%2&quot;?

Các dòng đã vào sổ giữ nguyên như đã ghi; nếu sổ cần ghi theo cách viết kia, hãy sửa dòng đó trong sổ.</translation>
    </message>
    <message numerus="yes">
        <source>%n register line(s) carry it; they keep it, but it will no longer be offered.</source>
        <translation>
            <numerusform>Có %n dòng trong sổ ghi tên này; các dòng đó giữ nguyên, nhưng tên sẽ không còn được gợi ý.</numerusform>
        </translation>
    </message>
    <message>
        <source>No register line carries it.</source>
        <translation>Không dòng nào trong sổ ghi tên này.</translation>
    </message>
    <message>
        <source>Remove a name</source>
        <translation>Bỏ tên</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the list?

%2</source>
        <translation>Bỏ &quot;%1&quot; khỏi danh sách?

%2</translation>
    </message>
    <message>
        <source>Remove the unused</source>
        <translation>Bỏ các tên không dùng</translation>
    </message>
    <message>
        <source>Every name in the list is carried by a register line.</source>
        <translation>Tên nào trong danh sách cũng còn dòng trong sổ ghi.</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n name(s) that no register line carries?</source>
        <translation>
            <numerusform>Bỏ %n tên không còn dòng nào trong sổ ghi?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vanphong::ui::NamesDialog</name>
    <message>
        <source>Names and recipient groups</source>
        <translation>Danh bạ nơi gửi, nơi nhận</translation>
    </message>
    <message>
        <source>The forms offer these names as you type. Correct a spelling, merge two spellings of one body, remove names no longer used. Register lines are corrected in their register.</source>
        <translation>Các biểu mẫu gợi ý những tên này khi gõ. Có thể sửa cách viết, gộp hai cách viết của cùng một cơ quan, bỏ các tên không còn dùng. Các dòng trong sổ thì sửa ngay trong sổ.</translation>
    </message>
    <message>
        <source>&amp;Senders</source>
        <translation>Nơ&amp;i gửi</translation>
    </message>
    <message>
        <source>&amp;Recipients</source>
        <translation>Nơi &amp;nhận</translation>
    </message>
    <message>
        <source>&amp;Handed to</source>
        <translation>Người, đơn vị &amp;xử lý</translation>
    </message>
    <message>
        <source>Recipient &amp;groups</source>
        <translation>Nhó&amp;m nơi nhận</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::NewRecoveryCodeDialog</name>
    <message>
        <source>New recovery code</source>
        <translation>Mã khôi phục mới</translation>
    </message>
    <message>
        <source>The office chief who leaves may know the old recovery code, so the file gets a new one with its new key. Print it or write it down, keep it locked away, then type it below. Until then the file keeps its key and its old code.</source>
        <translation>Chánh Văn phòng nghỉ việc có thể biết mã khôi phục cũ, nên tệp được cấp mã mới cùng khóa mới. Hãy in hoặc chép lại mã, cất giữ cẩn mật, rồi gõ lại mã ở dưới. Trước khi xác nhận, tệp vẫn giữ khóa và mã cũ.</translation>
    </message>
    <message>
        <source>&amp;Print the code…</source>
        <translation>&amp;In mã…</translation>
    </message>
    <message>
        <source>&amp;Type the new code again:</source>
        <translation>&amp;Gõ lại mã mới:</translation>
    </message>
    <message>
        <source>&amp;Use the new code</source>
        <translation>&amp;Dùng mã mới</translation>
    </message>
    <message>
        <source>This is not the code shown above.</source>
        <translation>Mã này không phải mã hiện ở trên.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::OutgoingEditor</name>
    <message>
        <source>A document of the &amp;congress (its own series)</source>
        <translation>Văn bản của đại &amp;hội (dãy số riêng)</translation>
    </message>
    <message>
        <source>Number an outgoing document</source>
        <translation>Lấy số văn bản đi</translation>
    </message>
    <message>
        <source>(signs as head)</source>
        <translation>(người đứng đầu ký)</translation>
    </message>
    <message>
        <source>One recipient per line; &quot;Lưu Văn phòng&quot; is added last</source>
        <translation>Mỗi dòng một nơi nhận; &quot;Lưu Văn phòng&quot; được thêm ở cuối</translation>
    </message>
    <message>
        <source>Incoming number it answers, e.g. 12/2026</source>
        <translation>Số đến của văn bản được trả lời, ví dụ 12/2026</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Loại văn bản:</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>Ngà&amp;y văn bản:</translation>
    </message>
    <message>
        <source>&amp;Excerpt:</source>
        <translation>T&amp;rích yếu:</translation>
    </message>
    <message>
        <source>&amp;Signer:</source>
        <translation>Người &amp;ký:</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Nơi nhận:</translation>
    </message>
    <message>
        <source>urgency:</source>
        <translation>độ khẩn:</translation>
    </message>
    <message>
        <source>copies:</source>
        <translation>số bản:</translation>
    </message>
    <message>
        <source>Se&amp;cret:</source>
        <translation>Độ &amp;mật:</translation>
    </message>
    <message>
        <source>&amp;Answers:</source>
        <translation>&amp;Trả lời văn bản:</translation>
    </message>
    <message>
        <source>&amp;Reserve the number</source>
        <translation>&amp;Giữ số</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Phát hành</translation>
    </message>
    <message>
        <source>Why the line is corrected; kept with it</source>
        <translation>Lý do sửa; được giữ cùng dòng</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Lý &amp;do:</translation>
    </message>
    <message>
        <source>Correct %1</source>
        <translation>Sửa %1</translation>
    </message>
    <message>
        <source>Save the &amp;correction</source>
        <translation>Lưu &amp;bản sửa</translation>
    </message>
    <message>
        <source>Close the form and lose what you typed?</source>
        <translation>Đóng biểu mẫu và bỏ những gì đã gõ?</translation>
    </message>
    <message>
        <source>No term yet</source>
        <translation>Chưa có nhiệm kỳ</translation>
    </message>
    <message>
        <source>No term of the committee covers %1, and outgoing numbers run through a term. Add the term now? What you typed stays.</source>
        <translation>Chưa có nhiệm kỳ nào của cấp ủy bao gồm ngày %1, mà số văn bản đi được đánh theo nhiệm kỳ. Thêm nhiệm kỳ ngay bây giờ? Những gì bạn đã gõ vẫn được giữ.</translation>
    </message>
    <message>
        <source>Add a recipient or a group from the list (Enter)…</source>
        <translation>Thêm nơi nhận hoặc một nhóm trong danh bạ (Enter)…</translation>
    </message>
    <message>
        <source>A group (&quot;Các chi bộ trực thuộc&quot;) adds each of its members</source>
        <translation>Chọn một nhóm (&quot;Các chi bộ trực thuộc&quot;) sẽ thêm từng thành viên của nhóm</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::OutgoingPage</name>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Phát hành</translation>
    </message>
    <message>
        <source>Re&amp;lease the number</source>
        <translation>&amp;Bỏ số</translation>
    </message>
    <message>
        <source>&amp;Number an outgoing document…</source>
        <translation>&amp;Lấy số văn bản đi…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a document to see its details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chọn một văn bản để xem chi tiết.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Ngày văn bản</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Độ mật, độ khẩn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Before it can be issued</source>
        <translation>Cần bổ sung trước khi phát hành</translation>
    </message>
    <message>
        <source>Release the number</source>
        <translation>Bỏ số</translation>
    </message>
    <message>
        <source>Give up number %1? It stays in the register, marked, and is never used again.</source>
        <translation>Bỏ số %1? Số vẫn nằm trong sổ, có đánh dấu, và không bao giờ dùng lại.</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Phát hành</translation>
    </message>
    <message>
        <source>Import last year&apos;s outgoing register from Excel or LibreOffice (.xlsx, .ods, .csv)</source>
        <translation>Nhập sổ văn bản đi năm trước từ Excel hoặc LibreOffice (.xlsx, .ods, .csv)</translation>
    </message>
    <message>
        <source>outgoing-register</source>
        <translation>so-van-ban-di</translation>
    </message>
    <message>
        <source>Re&amp;lease the number…</source>
        <translation>&amp;Bỏ số…</translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Correct the selected line (Ctrl+E)</source>
        <translation>Sửa dòng đang chọn (Ctrl+E)</translation>
    </message>
    <message>
        <source>Cance&amp;l the document…</source>
        <translation>&amp;Hủy văn bản…</translation>
    </message>
    <message>
        <source>Cancelled on %1</source>
        <translation>Đã hủy ngày %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Cancel the document</source>
        <translation>Hủy văn bản</translation>
    </message>
    <message>
        <source>Cancel %1, which was issued? It stays in the register, marked as cancelled with the reason; its number is never used again.</source>
        <translation>Hủy văn bản %1 đã phát hành? Dòng vẫn ở trong sổ, được ghi là đã hủy kèm lý do; số này không bao giờ được dùng lại.</translation>
    </message>
    <message>
        <source>Cance&amp;l the document</source>
        <translation>&amp;Hủy văn bản</translation>
    </message>
    <message>
        <source>Issue %1 now? After that only the office chief can cancel it.</source>
        <translation>Phát hành văn bản %1 ngay bây giờ? Sau khi phát hành, chỉ Chánh Văn phòng mới hủy được.</translation>
    </message>
    <message>
        <source>&amp;Draft from template…</source>
        <translation>S&amp;oạn thảo từ mẫu…</translation>
    </message>
    <message>
        <source>The document&apos;s draft from its type&apos;s template, with the heading, number, date, excerpt, signing block and recipients filled in, opened in your word processor; attach it when finished (Ctrl+Shift+D)</source>
        <translation>Dự thảo văn bản theo mẫu của loại văn bản, đã điền sẵn tiêu đề, số, ngày tháng, trích yếu, phần chữ ký và nơi nhận, mở bằng trình soạn thảo văn bản; khi hoàn chỉnh thì đính kèm vào dòng sổ (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Draft from template</source>
        <translation>Soạn thảo từ mẫu</translation>
    </message>
    <message>
        <source>Number %1 is reserved. Draft the document from its type&apos;s template now? The draft opens in the word processor with the heading, number, date, excerpt, signing block and recipients filled in.</source>
        <translation>Đã giữ số %1. Soạn thảo văn bản từ mẫu của loại văn bản này ngay bây giờ? Bản dự thảo mở trong trình soạn thảo với phần đầu, số, ngày, trích yếu, phần ký và nơi nhận đã điền sẵn.</translation>
    </message>
    <message>
        <source>Outgoing documents</source>
        <translation>Văn bản đi</translation>
    </message>
    <message>
        <source>Filed in</source>
        <translation>Thuộc hồ sơ</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::PackageExportDialog</name>
    <message>
        <source>Take the meeting to a laptop</source>
        <translation>Mang cuộc họp sang máy xách tay</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>The package is a file of its own, encrypted with its own password. Copy it to the laptop and open it there in VanPhong as %1 with this password; record attendance and minutes; bring the file back and import it here.</source>
        <translation>Gói là một tệp riêng, được mã hóa bằng mật khẩu riêng. Chép gói sang máy xách tay, mở bằng VanPhong với tài khoản %1 và mật khẩu này; ghi điểm danh và biên bản; mang tệp về và nhập lại ở đây.</translation>
    </message>
    <message>
        <source>Package &amp;file:</source>
        <translation>&amp;Tệp gói:</translation>
    </message>
    <message>
        <source>Package &amp;password:</source>
        <translation>&amp;Mật khẩu của gói:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Nhập lại:</translation>
    </message>
    <message>
        <source>&amp;Write the package</source>
        <translation>&amp;Ghi gói</translation>
    </message>
    <message>
        <source>Meeting package</source>
        <translation>Gói hội nghị</translation>
    </message>
    <message>
        <source>Meeting packages (*.%1)</source>
        <translation>Gói hội nghị (*.%1)</translation>
    </message>
    <message>
        <source>Choose where to write the package.</source>
        <translation>Hãy chọn nơi ghi gói.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::PackageImportDialog</name>
    <message>
        <source>Bring the meeting back from a laptop</source>
        <translation>Mang cuộc họp về từ máy xách tay</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Package written on %2 by %3. Nothing is written until you press “Write the changes”.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Gói được ghi lúc %2 bởi %3. Chưa ghi gì cho đến khi bấm “Ghi các thay đổi”.</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Phần</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>At the office</source>
        <translation>Ở văn phòng</translation>
    </message>
    <message>
        <source>On the laptop</source>
        <translation>Trên máy xách tay</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Chọn</translation>
    </message>
    <message>
        <source>Keep the &amp;office&apos;s values</source>
        <translation>Giữ bản &amp;văn phòng</translation>
    </message>
    <message>
        <source>Take the &amp;laptop&apos;s values</source>
        <translation>Lấy bản &amp;máy xách tay</translation>
    </message>
    <message>
        <source>All conflicts:</source>
        <translation>Mọi xung đột:</translation>
    </message>
    <message>
        <source>&amp;Write the changes</source>
        <translation>&amp;Ghi các thay đổi</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— chọn —</translation>
    </message>
    <message>
        <source>Keep the office&apos;s</source>
        <translation>Giữ bản văn phòng</translation>
    </message>
    <message>
        <source>Take the laptop&apos;s</source>
        <translation>Lấy bản máy xách tay</translation>
    </message>
    <message>
        <source>from the laptop</source>
        <translation>từ máy xách tay</translation>
    </message>
    <message>
        <source>The package brings no change back. Writing marks it as brought back.</source>
        <translation>Gói không mang về thay đổi nào. Bấm ghi để đánh dấu gói đã được mang về.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#a40000&apos;&gt;%n conflict(s): the same thing was changed at the office and on the laptop. Choose which to keep.&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#a40000&apos;&gt;%n xung đột: cùng một nội dung đã được sửa ở văn phòng và trên máy xách tay. Hãy chọn bản giữ lại.&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) ready to be written.</source>
        <translation>
            <numerusform>%n thay đổi sẵn sàng để ghi.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 change(s) written, %2 kept as at the office.</source>
        <translation>Đã ghi %1 thay đổi, giữ nguyên %2 theo bản văn phòng.</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>từ chối: %1</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::PaperNumbersBar</name>
    <message>
        <source>Number the in&amp;vitation</source>
        <translation>Lấy số giấy &amp;mời</translation>
    </message>
    <message>
        <source>Number the mi&amp;nutes</source>
        <translation>Lấy số &amp;biên bản</translation>
    </message>
    <message>
        <source>Takes the invitation&apos;s number in the outgoing register, dated the invitation&apos;s own date.</source>
        <translation>Lấy số của giấy mời trong sổ văn bản đi, theo ngày của giấy mời.</translation>
    </message>
    <message>
        <source>Takes the minutes&apos; number in the outgoing register, dated today; complete minutes only.</source>
        <translation>Lấy số của biên bản trong sổ văn bản đi, ngày hôm nay; chỉ với biên bản đã đủ.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Giấy mời</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: số %2 ngày %3</translation>
    </message>
    <message>
        <source>%1: no number yet</source>
        <translation>%1: chưa có số</translation>
    </message>
    <message>
        <source>Take the minutes&apos; number in the outgoing register now? The number is kept for these minutes and printed on every copy; it is never used again.</source>
        <translation>Lấy số của biên bản trong sổ văn bản đi ngay bây giờ? Số được giữ cho biên bản này và in trên mọi bản; số đó không bao giờ được dùng lại.</translation>
    </message>
    <message>
        <source>Take the invitation&apos;s number in the outgoing register now, dated the invitation&apos;s own date? Every invitation printed after shows it; it is never used again.</source>
        <translation>Lấy số của giấy mời trong sổ văn bản đi ngay bây giờ, theo ngày của giấy mời? Mọi giấy mời in sau đều có số đó; số đó không bao giờ được dùng lại.</translation>
    </message>
    <message>
        <source>%1, dated %2, is in the outgoing register.</source>
        <translation>%1, ngày %2, đã vào sổ văn bản đi.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::PapersTab</name>
    <message>
        <source>Paper</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Secrecy</source>
        <translation>Độ mật</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <source>Re&amp;called in the room</source>
        <translation>&amp;Thu hồi tại phòng họp</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Người giữ</translation>
    </message>
    <message>
        <source>Given at</source>
        <translation>Lúc phát</translation>
    </message>
    <message>
        <source>e.g. Dự thảo Nghị quyết về chuyển đổi số</source>
        <translation>ví dụ: Dự thảo Nghị quyết về chuyển đổi số</translation>
    </message>
    <message>
        <source>Add the &amp;paper</source>
        <translation>Thêm &amp;tài liệu</translation>
    </message>
    <message>
        <source>&amp;Returned</source>
        <translation>Đã t&amp;rả</translation>
    </message>
    <message>
        <source>Papers of the meeting</source>
        <translation>Tài liệu của cuộc họp</translation>
    </message>
    <message>
        <source>Recall list: copies not yet returned</source>
        <translation>Danh sách thu hồi: các bản chưa trả</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Choose the paper to hand out.</source>
        <translation>Hãy chọn tài liệu để phát.</translation>
    </message>
    <message>
        <source>A&amp;ttach a file…</source>
        <translation>Đính &amp;kèm tệp…</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>&amp;Mở tệp</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1 (%2 KB)</translation>
    </message>
    <message>
        <source>Choose the paper the file belongs to.</source>
        <translation>Hãy chọn tài liệu mà tệp thuộc về.</translation>
    </message>
    <message>
        <source>Attach a file to the paper</source>
        <translation>Đính kèm tệp vào tài liệu</translation>
    </message>
    <message>
        <source>Documents and scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Văn bản và bản quét (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Không đọc được tệp %1.</translation>
    </message>
    <message>
        <source>&amp;Sent ahead on</source>
        <translation>Đã &amp;gửi trước ngày</translation>
    </message>
    <message>
        <source>&amp;Hand out</source>
        <translation>&amp;Phát</translation>
    </message>
    <message>
        <source>Copy of the selected paper to:</source>
        <translation>Phát bản của tài liệu đã chọn cho:</translation>
    </message>
    <message>
        <source>everyone invited</source>
        <translation>mọi người được mời</translation>
    </message>
    <message>
        <source>Numbers of the invitation and the minutes</source>
        <translation>Số của giấy mời và biên bản</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::PasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>Set a new password</source>
        <translation>Đặt mật khẩu mới</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mật khẩu &amp;hiện tại:</translation>
    </message>
    <message>
        <source>New password for %1. They will be asked to choose their own at sign-in.</source>
        <translation>Mật khẩu mới cho %1. Khi đăng nhập, người đó sẽ được yêu cầu tự chọn mật khẩu riêng.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Mật khẩu &amp;mới:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Nhập lại:</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Hãy nhập tên đăng nhập.</translation>
    </message>
    <message>
        <source>Choose your own password</source>
        <translation>Hãy chọn mật khẩu riêng</translation>
    </message>
    <message>
        <source>Your password was set by the office chief. Choose one that only you know.</source>
        <translation>Mật khẩu của bạn do Chánh Văn phòng đặt. Hãy chọn mật khẩu chỉ mình bạn biết.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::PlanApprovalDialog</name>
    <message>
        <source>Approve the dossier list of %1</source>
        <translation>Duyệt danh mục hồ sơ năm %1</translation>
    </message>
    <message>
        <source>Who signed it, e.g. Nguyễn Văn An</source>
        <translation>Người ký duyệt, ví dụ Nguyễn Văn An</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>&amp;Người duyệt:</translation>
    </message>
    <message>
        <source>Approved &amp;on:</source>
        <translation>Ngày &amp;duyệt:</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>D&amp;uyệt</translation>
    </message>
    <message>
        <source>Record the approval of the dossier list of %1 as the leader signed it on paper. The list stays open to dossiers added during the year.</source>
        <translation>Ghi việc duyệt danh mục hồ sơ năm %1 như lãnh đạo đã ký trên giấy. Trong năm vẫn bổ sung được hồ sơ vào danh mục.</translation>
    </message>
    <message>
        <source>This list was approved on %1 by %2. Approve it again only for the supplemented list the leader signed later: the new approval replaces that one, which the audit log keeps.</source>
        <translation>Danh mục này đã được duyệt ngày %1, người duyệt %2. Chỉ duyệt lại khi lãnh đạo đã ký danh mục bổ sung: lần duyệt mới thay lần trước, nhật ký vẫn giữ lần trước.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::ProfileForm</name>
    <message>
        <source>e.g. ĐẢNG BỘ TỈNH ĐỒNG NAI</source>
        <translation>ví dụ: ĐẢNG BỘ TỈNH ĐỒNG NAI</translation>
    </message>
    <message>
        <source>e.g. ĐU, as in Số 20-NQ/ĐU</source>
        <translation>ví dụ: ĐU, như trong Số 20-NQ/ĐU</translation>
    </message>
    <message>
        <source>e.g. Tân Phú</source>
        <translation>ví dụ: Tân Phú</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>Mỗi dòng một người</translation>
    </message>
    <message>
        <source>Higher party organisation:</source>
        <translation>Đảng bộ cấp trên:</translation>
    </message>
    <message>
        <source>&amp;Issuer abbreviation:</source>
        <translation>&amp;Chữ viết tắt cơ quan ban hành:</translation>
    </message>
    <message>
        <source>P&amp;lace name for dates:</source>
        <translation>Đị&amp;a danh ghi ngày tháng:</translation>
    </message>
    <message>
        <source>Office &amp;chief:</source>
        <translation>Chánh &amp;Văn phòng:</translation>
    </message>
    <message>
        <source>&amp;Deputy chiefs:</source>
        <translation>&amp;Phó Chánh Văn phòng:</translation>
    </message>
    <message>
        <source>e.g. ĐẢNG ỦY XÃ TÂN PHÚ</source>
        <translation>ví dụ: ĐẢNG ỦY XÃ TÂN PHÚ</translation>
    </message>
    <message>
        <source>e.g. ĐẢNG BỘ XÃ TÂN PHÚ (taken from the committee when left empty)</source>
        <translation>ví dụ ĐẢNG BỘ XÃ TÂN PHÚ (để trống thì suy ra từ tên cấp ủy)</translation>
    </message>
    <message>
        <source>The executive committee as a paper names it, such as Ban Chấp hành Đảng bộ</source>
        <translation>Tên Ban Chấp hành như ghi trong văn bản, ví dụ Ban Chấp hành Đảng bộ</translation>
    </message>
    <message>
        <source>The standing committee as a paper names it, such as Ban Thường vụ Đảng ủy</source>
        <translation>Tên Ban Thường vụ như ghi trong văn bản, ví dụ Ban Thường vụ Đảng ủy</translation>
    </message>
    <message>
        <source>The standing members as a paper names them, such as Thường trực Đảng ủy</source>
        <translation>Tên Thường trực như ghi trong văn bản, ví dụ Thường trực Đảng ủy</translation>
    </message>
    <message>
        <source>&amp;Party committee (issuing body):</source>
        <translation>Cấp ủ&amp;y ban hành:</translation>
    </message>
    <message>
        <source>Party &amp;organisation (Đảng bộ):</source>
        <translation>Tổ chức đản&amp;g (Đảng bộ):</translation>
    </message>
    <message>
        <source>Secret documents have their own series; this mark after the issuer (Số 01-NQ/ĐU-M) keeps their symbols apart from the ordinary ones</source>
        <translation>Văn bản mật có hệ thống số riêng; dấu hiệu này đặt sau tên cơ quan ban hành (Số 01-NQ/ĐU-M) để ký hiệu của chúng không trùng với văn bản thường</translation>
    </message>
    <message>
        <source>Secret series mar&amp;k:</source>
        <translation>Dấu &amp;hiệu văn bản mật:</translation>
    </message>
    <message>
        <source>The congress&apos;s documents share one series; this issuer (Số 01-NQ/ĐH) keeps their symbols apart from the committee&apos;s</source>
        <translation>Văn bản của Đại hội dùng chung một loạt số; ký hiệu này (Số 01-NQ/ĐH) giữ cho ký hiệu của chúng khác với văn bản của đảng ủy</translation>
    </message>
    <message>
        <source>Congress&apos;s iss&amp;uer:</source>
        <translation>Ký hiệu Đạ&amp;i hội:</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::ProfilePage</name>
    <message>
        <source>&amp;Save</source>
        <translation>Lư&amp;u</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Office profile&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Thông tin văn phòng&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>These names appear in the header of every document and report the office prints.</source>
        <translation>Các tên này xuất hiện ở phần đầu mọi văn bản, báo cáo văn phòng in ra.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::ProfileWizardPage</name>
    <message>
        <source>The party organisation</source>
        <translation>Tổ chức đảng</translation>
    </message>
    <message>
        <source>How the committee is named on its documents. You can change this later.</source>
        <translation>Tên của đảng ủy như ghi trên văn bản. Có thể sửa sau.</translation>
    </message>
    <message>
        <source>e.g. Khóa XV (2025-2030)</source>
        <translation>ví dụ: Khóa XV (2025-2030)</translation>
    </message>
    <message>
        <source>The committee&apos;s current term</source>
        <translation>Nhiệm kỳ hiện nay của cấp ủy</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Started on:</source>
        <translation>&amp;Bắt đầu từ ngày:</translation>
    </message>
    <message>
        <source>Name the committee&apos;s current term (nhiệm kỳ).</source>
        <translation>Hãy ghi tên nhiệm kỳ hiện nay của cấp ủy.</translation>
    </message>
    <message>
        <source>The day the term started: %1</source>
        <translation>Ngày bắt đầu nhiệm kỳ: %1</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::ReasonDialog</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>Kept with the line and printed in the book</source>
        <translation>Được giữ cùng dòng và in trong sổ</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::RecipientGroupsTab</name>
    <message>
        <source>Re&amp;move the group</source>
        <translation>&amp;Bỏ nhóm</translation>
    </message>
    <message>
        <source>One recipient per line, as on the paper</source>
        <translation>Mỗi dòng một nơi nhận, như trên văn bản</translation>
    </message>
    <message>
        <source>e.g. Các chi bộ trực thuộc</source>
        <translation>ví dụ: Các chi bộ trực thuộc</translation>
    </message>
    <message>
        <source>&amp;New group</source>
        <translation>Nhóm &amp;mới</translation>
    </message>
    <message>
        <source>&amp;Save the group</source>
        <translation>&amp;Lưu nhóm</translation>
    </message>
    <message>
        <source>Group &amp;name:</source>
        <translation>&amp;Tên nhóm:</translation>
    </message>
    <message>
        <source>Mem&amp;bers:</source>
        <translation>Thành &amp;viên:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (%n thành viên)</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipient groups</source>
        <translation>Nhóm nơi nhận</translation>
    </message>
    <message>
        <source>Remove the group &quot;%1&quot;? Documents already registered keep their recipients.</source>
        <translation>Bỏ nhóm &quot;%1&quot;? Các văn bản đã vào sổ giữ nguyên nơi nhận.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::RecoveryCodePage</name>
    <message>
        <source>I have &amp;printed or written down the recovery code and will keep it locked away</source>
        <translation>Tôi đã &amp;in hoặc chép lại mã khôi phục và sẽ cất giữ cẩn mật</translation>
    </message>
    <message>
        <source>The recovery code</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <source>If the office chief forgets the password, this code is the only way back into the file. It is shown only now.</source>
        <translation>Nếu Chánh Văn phòng quên mật khẩu, mã này là cách duy nhất để mở lại tệp. Mã chỉ hiện lần này.</translation>
    </message>
    <message>
        <source>&amp;Print the code…</source>
        <translation>&amp;In mã…</translation>
    </message>
    <message>
        <source>Keep it apart from the computer, for example in the office safe. Anyone with this code can open the file.</source>
        <translation>Hãy cất tách khỏi máy tính, ví dụ trong tủ bảo mật của văn phòng. Ai có mã này đều mở được tệp.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::RegisterPage</name>
    <message>
        <source>Search (with or without diacritics)…</source>
        <translation>Tìm kiếm (có dấu hoặc không dấu)…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Mọi năm</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Mọi loại văn bản</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>&amp;Nhập từ bảng tính…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <source>Save the list as filtered to .xlsx, .ods or .csv</source>
        <translation>Lưu danh sách đang lọc ra .xlsx, .ods hoặc .csv</translation>
    </message>
    <message>
        <source>&amp;Print the register…</source>
        <translation>&amp;In sổ…</translation>
    </message>
    <message>
        <source>Preview, print or save as PDF (Ctrl+P; Ctrl+Shift+S straight to PDF)</source>
        <translation>Xem trước, in hoặc lưu PDF (Ctrl+P; Ctrl+Shift+S lưu thẳng ra PDF)</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::RegisterPrintDialog</name>
    <message>
        <source>The separate book of &amp;secret documents</source>
        <translation>Sổ riêng văn bản &amp;mật</translation>
    </message>
    <message>
        <source>Print the incoming register</source>
        <translation>In sổ đăng ký văn bản đến</translation>
    </message>
    <message>
        <source>Print the outgoing register</source>
        <translation>In sổ đăng ký văn bản đi</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đế&amp;n ngày:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Xem trước</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>Không ghi được tệp %1.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <source>Save as PDF (Ctrl+Shift+S)</source>
        <translation>Lưu PDF (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Đã lưu thành %1.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::RetentionReviewDialog</name>
    <message>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Thời hạn bảo quản</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Số tờ</translation>
    </message>
    <message>
        <source>Record the &amp;decision</source>
        <translation>Ghi &amp;quyết định</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>D&amp;estroy…</source>
        <translation>&amp;Hủy tài liệu…</translation>
    </message>
    <message>
        <source>&amp;Print its papers…</source>
        <translation>&amp;In hồ sơ hủy…</translation>
    </message>
    <message>
        <source>Retention review</source>
        <translation>Rà soát thời hạn bảo quản</translation>
    </message>
    <message>
        <source>e.g. 05/QĐ-HĐ</source>
        <translation>ví dụ 05/QĐ-HĐ</translation>
    </message>
    <message>
        <source>The council that weighed them (optional)</source>
        <translation>Hội đồng xác định giá trị tài liệu (không bắt buộc)</translation>
    </message>
    <message>
        <source>Print the &amp;list…</source>
        <translation>In &amp;danh mục…</translation>
    </message>
    <message>
        <source>The list of records past their retention (danh mục tài liệu hết giá trị), for the council</source>
        <translation>Danh mục tài liệu hết giá trị, để trình hội đồng</translation>
    </message>
    <message>
        <source>1. Past their retention, proposed for destruction</source>
        <translation>1. Hồ sơ hết thời hạn bảo quản, đề nghị hủy</translation>
    </message>
    <message>
        <source>Counted from 1 January after each dossier was closed; permanent dossiers are never proposed. Select those the council decided to destroy and record its decision.</source>
        <translation>Tính từ ngày 1 tháng 1 năm sau năm kết thúc hồ sơ; hồ sơ vĩnh viễn không bao giờ được đề nghị. Chọn các hồ sơ hội đồng đã quyết định hủy rồi ghi quyết định.</translation>
    </message>
    <message>
        <source>Decision &amp;number:</source>
        <translation>&amp;Số quyết định:</translation>
    </message>
    <message>
        <source>Decision d&amp;ate:</source>
        <translation>Ngày &amp;ký:</translation>
    </message>
    <message>
        <source>&amp;Council:</source>
        <translation>Hội đồn&amp;g:</translation>
    </message>
    <message>
        <source>Retention &amp;table…</source>
        <translation>&amp;Bảng thời hạn…</translation>
    </message>
    <message>
        <source>How long each kind of dossier is kept</source>
        <translation>Thời hạn bảo quản của từng loại hồ sơ</translation>
    </message>
    <message>
        <source>2. Decisions and destructions</source>
        <translation>2. Quyết định và việc hủy</translation>
    </message>
    <message>
        <source>on %1, record %2</source>
        <translation>ngày %1, biên bản số %2</translation>
    </message>
    <message>
        <source>not yet: waiting to be carried out</source>
        <translation>chưa: đang chờ thực hiện</translation>
    </message>
    <message>
        <source>Select the dossiers the council decided to destroy.</source>
        <translation>Hãy chọn các hồ sơ hội đồng đã quyết định hủy.</translation>
    </message>
    <message>
        <source>Destroyed. Print the destruction record and its list now?</source>
        <translation>Đã hủy. In ngay biên bản hủy và danh mục kèm theo?</translation>
    </message>
    <message>
        <source>Number of dossiers</source>
        <translation>Số lượng hồ sơ</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::RetentionRulesDialog</name>
    <message>
        <source>Retention table</source>
        <translation>Bảng thời hạn bảo quản</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Kind of records</source>
        <translation>Loại hồ sơ</translation>
    </message>
    <message>
        <source>Years (0: permanent)</source>
        <translation>Số năm (0: vĩnh viễn)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <source>How long each kind of dossier is kept. The defaults follow Hướng dẫn 35-HD/VPTW as far as it could be read and are marked to be checked: correct them against the text the office holds. A change applies to dossiers given a retention from now on.</source>
        <translation>Thời hạn bảo quản của từng loại hồ sơ. Giá trị mặc định theo Hướng dẫn 35-HD/VPTW trong chừng mực đọc được và được đánh dấu cần đối chiếu: hãy sửa theo văn bản văn phòng đang giữ. Thay đổi áp dụng cho các hồ sơ được gán thời hạn từ nay.</translation>
    </message>
    <message>
        <source>&amp;Add a row</source>
        <translation>&amp;Thêm dòng</translation>
    </message>
    <message>
        <source>&amp;Remove the row</source>
        <translation>&amp;Xóa dòng</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::SecretFileBanner</name>
    <message>
        <source>This is the office&apos;s &amp;standalone computer</source>
        <translation>Đây là máy tính độc lập của văn phòng</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the secret file, and this computer is connected to a network (%1).&lt;/b&gt; State secrets may be kept only on a computer that is not and has never been connected to the Internet or another network (Law on Protection of State Secrets, article 5). Disconnect it, or use the office&apos;s standalone computer.</source>
        <translation>&lt;b&gt;Đây là tệp mật, và máy tính này đang kết nối mạng (%1).&lt;/b&gt; Bí mật nhà nước chỉ được lưu trên máy tính không và chưa từng kết nối Internet hoặc mạng khác (Luật Bảo vệ bí mật nhà nước, Điều 5). Hãy ngắt kết nối, hoặc dùng máy tính độc lập của văn phòng.</translation>
    </message>
    <message>
        <source>Standalone computer</source>
        <translation>Máy tính độc lập</translation>
    </message>
    <message>
        <source>Confirm that this computer is the office&apos;s standalone computer for secrets, although %1 is up? Your confirmation is written to the audit log.</source>
        <translation>Xác nhận máy tính này là máy tính độc lập dùng cho bí mật của văn phòng, dù %1 đang hoạt động? Xác nhận của bạn được ghi vào nhật ký thay đổi.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::SecretTransferDialog</name>
    <message>
        <source>Move the secret lines to the secret file</source>
        <translation>Chuyển các dòng mật sang tệp mật</translation>
    </message>
    <message>
        <source>Bring in the lines from the ordinary file</source>
        <translation>Nhận các dòng từ tệp thường</translation>
    </message>
    <message>
        <source>The Mật and higher lines of both registers that were not moved yet are written to a file of their own, encrypted with the password you choose here. Copy it to removable media, bring it into the secret file on the office&apos;s standalone computer, then delete it from the media. The move is recorded in both files.</source>
        <translation>Các dòng có độ mật từ Mật trở lên của cả hai sổ chưa được chuyển sẽ được ghi ra một tệp riêng, mã hóa bằng mật khẩu bạn chọn ở đây. Hãy chép tệp vào thiết bị lưu trữ ngoài, đưa vào tệp mật trên máy tính độc lập của văn phòng, rồi xóa tệp khỏi thiết bị. Việc chuyển được ghi lại ở cả hai tệp.</translation>
    </message>
    <message>
        <source>Choose the transfer file written on the ordinary file and type its password. The lines are checked first and keep their numbers; then fill in their excerpts here.</source>
        <translation>Chọn tệp chuyển đã ghi từ tệp thường và nhập mật khẩu của nó. Các dòng được kiểm tra trước và giữ nguyên số; sau đó hãy bổ sung trích yếu tại đây.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>Transfer &amp;file:</source>
        <translation>&amp;Tệp chuyển:</translation>
    </message>
    <message>
        <source>Its &amp;password:</source>
        <translation>&amp;Mật khẩu của tệp:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Nhập lại:</translation>
    </message>
    <message>
        <source>&amp;Write the transfer file</source>
        <translation>&amp;Ghi tệp chuyển</translation>
    </message>
    <message>
        <source>C&amp;heck the file</source>
        <translation>&amp;Kiểm tra tệp</translation>
    </message>
    <message>
        <source>Transfer files (*.%1)</source>
        <translation>Tệp chuyển (*.%1)</translation>
    </message>
    <message>
        <source>Transfer file</source>
        <translation>Tệp chuyển</translation>
    </message>
    <message>
        <source>Choose the transfer file.</source>
        <translation>Hãy chọn tệp chuyển.</translation>
    </message>
    <message>
        <source>%1 incoming and %2 outgoing lines were written to %3.</source>
        <translation>Đã ghi %1 dòng văn bản đến và %2 dòng văn bản đi vào %3.</translation>
    </message>
    <message>
        <source>&amp;Bring them in</source>
        <translation>Đưa &amp;vào</translation>
    </message>
    <message>
        <source>Exported by %1 on %2: %3 incoming and %4 outgoing lines to bring in; %5 are here already.</source>
        <translation>Do %1 xuất ngày %2: %3 dòng văn bản đến và %4 dòng văn bản đi sẽ được đưa vào; %5 dòng đã có sẵn.</translation>
    </message>
    <message>
        <source>%1 incoming and %2 outgoing lines were brought in.</source>
        <translation>Đã đưa vào %1 dòng văn bản đến và %2 dòng văn bản đi.</translation>
    </message>
    <message>
        <source>Fill in the excerpt of: %1</source>
        <translation>Hãy bổ sung trích yếu cho: %1</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::SettingsPage</name>
    <message>
        <source> minutes</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Không bao giờ</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Lock after no use for:</source>
        <translation>Tự &amp;khóa khi không dùng trong:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>A change of language takes effect the next time VanPhong starts.</source>
        <translation>Đổi ngôn ngữ có hiệu lực từ lần mở VanPhong sau.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Cài đặt&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Register a new document (incoming or outgoing page)</source>
        <translation>Vào sổ văn bản mới (trang văn bản đến hoặc đi)</translation>
    </message>
    <message>
        <source>Go to the search box of the page</source>
        <translation>Đến ô tìm kiếm của trang</translation>
    </message>
    <message>
        <source>Correct the selected line</source>
        <translation>Sửa dòng đang chọn</translation>
    </message>
    <message>
        <source>Preview and print the register book</source>
        <translation>Xem trước và in sổ</translation>
    </message>
    <message>
        <source>Save the register book, or the paper previewed, as PDF</source>
        <translation>Lưu sổ, hoặc văn bản đang xem trước, ra PDF</translation>
    </message>
    <message>
        <source>Lock the window (the file is closed; what is being typed is kept)</source>
        <translation>Khóa cửa sổ (tệp được đóng; những gì đang gõ được giữ lại)</translation>
    </message>
    <message>
        <source>In a form: save (and start the next document)</source>
        <translation>Trong biểu mẫu: lưu (và bắt đầu văn bản tiếp theo)</translation>
    </message>
    <message>
        <source>In a form: close it (asks first when something was typed)</source>
        <translation>Trong biểu mẫu: đóng (hỏi trước nếu đã gõ nội dung)</translation>
    </message>
    <message>
        <source>Next field (a date or a time is left with one press)</source>
        <translation>Sang ô tiếp theo (ô ngày, ô giờ chỉ cần một lần bấm)</translation>
    </message>
    <message>
        <source>In a date: open the calendar (also F4)</source>
        <translation>Trong ô ngày: mở lịch (hoặc F4)</translation>
    </message>
    <message>
        <source>In a date: the next day (Down: the day before)</source>
        <translation>Trong ô ngày: ngày hôm sau (Mũi tên xuống: ngày hôm trước)</translation>
    </message>
    <message>
        <source>In the minutes: the next entry</source>
        <translation>Trong biên bản: sang mục ghi tiếp theo</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Tác dụng</translation>
    </message>
    <message>
        <source>Open the user guide</source>
        <translation>Mở hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>Draft the selected outgoing document from its type&apos;s template</source>
        <translation>Soạn thảo văn bản đi đang chọn theo mẫu của loại văn bản</translation>
    </message>
    <message>
        <source>The start page (Ctrl+2 incoming, Ctrl+3 outgoing, Ctrl+4 meetings, Ctrl+5 archive, Ctrl+6 assets … Ctrl+9 settings)</source>
        <translation>Trang chủ (Ctrl+2 văn bản đến, Ctrl+3 văn bản đi, Ctrl+4 cuộc họp, Ctrl+5 lưu trữ, Ctrl+6 tài sản … Ctrl+9 cài đặt)</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::StartPage</name>
    <message>
        <source>(office profile not filled in yet)</source>
        <translation>(chưa khai báo thông tin văn phòng)</translation>
    </message>
    <message>
        <source>Party committee office</source>
        <translation>Văn phòng đảng ủy</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Opened with the recovery code.</source>
        <translation>Đã mở bằng mã khôi phục.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2), %3. File: %4</source>
        <translation>Đăng nhập: %1 (%2), %3. Tệp: %4</translation>
    </message>
    <message>
        <source>Incoming documents overdue or due soon</source>
        <translation>Văn bản đến quá hạn hoặc sắp đến hạn</translation>
    </message>
    <message>
        <source>%1/%2 %3 — %4, due %5%6</source>
        <translation>%1/%2 %3 — %4, hạn %5%6</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (quá hạn)</translation>
    </message>
    <message>
        <source>No incoming document is overdue or due in the next two days.</source>
        <translation>Không có văn bản đến nào quá hạn hoặc đến hạn trong hai ngày tới.</translation>
    </message>
    <message>
        <source>Meetings in the next two weeks</source>
        <translation>Cuộc họp trong hai tuần tới</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Meeting preparation overdue</source>
        <translation>Việc chuẩn bị cuộc họp đã quá hạn</translation>
    </message>
    <message>
        <source>%1 (%2): %3, due %4</source>
        <translation>%1 (%2): %3, hạn %4</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>và %n việc khác</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up of meeting decisions</source>
        <translation>Theo dõi thực hiện kết luận cuộc họp</translation>
    </message>
    <message>
        <source>%1 — %2, due %3</source>
        <translation>%1 — %2, hạn %3</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>chưa có hạn</translation>
    </message>
    <message>
        <source>incoming documents new, not handed over</source>
        <translation>văn bản đến mới, chưa giao xử lý</translation>
    </message>
    <message>
        <source>due this week, not done</source>
        <translation>văn bản đến hạn trong 7 ngày tới</translation>
    </message>
    <message>
        <source>overdue, not done</source>
        <translation>văn bản quá hạn xử lý</translation>
    </message>
    <message>
        <source>outgoing numbers reserved, not issued</source>
        <translation>số văn bản đi đã giữ, chưa phát hành</translation>
    </message>
    <message>
        <source>meetings in the next two weeks</source>
        <translation>cuộc họp trong hai tuần tới</translation>
    </message>
    <message>
        <source>meeting preparation steps late</source>
        <translation>việc chuẩn bị họp bị trễ</translation>
    </message>
    <message>
        <source>follow-up tasks of decisions open</source>
        <translation>việc theo dõi sau họp chưa xong</translation>
    </message>
    <message>
        <source>&amp;Register incoming…</source>
        <translation>&amp;Vào sổ văn bản đến…</translation>
    </message>
    <message>
        <source>&amp;Number an outgoing document…</source>
        <translation>&amp;Lấy số văn bản đi…</translation>
    </message>
    <message>
        <source>New &amp;meeting…</source>
        <translation>Tạo &amp;cuộc họp…</translation>
    </message>
    <message>
        <source>&amp;Search the registers</source>
        <translation>Tì&amp;m trong sổ</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sao lưu…</translation>
    </message>
    <message>
        <source>documents of the closing year in no dossier</source>
        <translation>văn bản của năm sắp kết thúc chưa lập hồ sơ</translation>
    </message>
    <message>
        <source>archive loans overdue</source>
        <translation>hồ sơ cho mượn quá hạn</translation>
    </message>
    <message>
        <source>dossiers due to go to the archive, or late</source>
        <translation>hồ sơ đến hạn hoặc quá hạn nộp lưu</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::TermsBox</name>
    <message>
        <source>Terms of the committee (nhiệm kỳ)</source>
        <translation>Nhiệm kỳ của cấp ủy</translation>
    </message>
    <message>
        <source>Add a &amp;term…</source>
        <translation>Thêm nhiệm &amp;kỳ…</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, từ ngày %2</translation>
    </message>
    <message>
        <source>Add a term</source>
        <translation>Thêm nhiệm kỳ</translation>
    </message>
    <message>
        <source>e.g. Khóa XV (2025-2030)</source>
        <translation>ví dụ: Khóa XV (2025-2030)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Bắt đầu từ ngày:</translation>
    </message>
    <message>
        <source>Co&amp;rrect the term…</source>
        <translation>&amp;Sửa nhiệm kỳ…</translation>
    </message>
    <message>
        <source>Correct the term</source>
        <translation>Sửa nhiệm kỳ</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::UnfiledDialog</name>
    <message>
        <source>&amp;File into dossier…</source>
        <translation>Đưa vào &amp;hồ sơ…</translation>
    </message>
    <message>
        <source>Documents not yet filed</source>
        <translation>Văn bản chưa lập hồ sơ</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Ngày văn bản</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Nơi ban hành</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Select one or more documents (Shift, Ctrl), then choose their dossier</source>
        <translation>Chọn một hoặc nhiều văn bản (Shift, Ctrl), rồi chọn hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Every document of %1 is in a dossier.</source>
        <translation>Mọi văn bản năm %1 đã ở trong hồ sơ.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) in no dossier.</source>
        <translation>
            <numerusform>%n văn bản chưa ở hồ sơ nào.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) to file.</source>
        <translation>
            <numerusform>%n văn bản cần đưa vào hồ sơ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vanphong::ui::UnlockDialog</name>
    <message>
        <source>Open the office file</source>
        <translation>Mở tệp dữ liệu văn phòng</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>Other &amp;file…</source>
        <translation>Tệp &amp;khác…</translation>
    </message>
    <message>
        <source>&amp;New office file…</source>
        <translation>Tạo tệp &amp;mới…</translation>
    </message>
    <message>
        <source>Forgot the password…</source>
        <translation>Quên mật khẩu…</translation>
    </message>
    <message>
        <source>Open an office file</source>
        <translation>Mở tệp dữ liệu văn phòng</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Mã khôi phục</translation>
    </message>
    <message>
        <source>Enter the recovery code printed when the file was created:</source>
        <translation>Nhập mã khôi phục đã in khi tạo tệp:</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Đã đặt mật khẩu</translation>
    </message>
    <message>
        <source>VanPhong office files and meeting packages (*.vpdb *.vphop);;All files (*)</source>
        <translation>Tệp văn phòng VanPhong và gói hội nghị (*.vpdb *.vphop);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>The new password is set, and you are signed in with it.</source>
        <translation>Đã đặt mật khẩu mới, và bạn đã đăng nhập bằng mật khẩu đó.</translation>
    </message>
    <message>
        <source>The file is damaged</source>
        <translation>Tệp bị hỏng</translation>
    </message>
    <message>
        <source>%1

Save what the file held before the damage as a new file? Nothing is written to the damaged file.</source>
        <translation>%1

Lưu những gì tệp có trước chỗ hỏng thành một tệp mới? Tệp bị hỏng không bị ghi thêm gì.</translation>
    </message>
    <message>
        <source>Save the last good state as</source>
        <translation>Lưu trạng thái tốt cuối cùng thành</translation>
    </message>
    <message>
        <source>-saved</source>
        <translation>-ban-luu</translation>
    </message>
    <message>
        <source>VanPhong office files (*.vpdb)</source>
        <translation>Tệp văn phòng VanPhong (*.vpdb)</translation>
    </message>
    <message>
        <source>The last good state was saved as %1. Open that file to go on working, and keep the damaged one for whoever repairs it.</source>
        <translation>Trạng thái tốt cuối cùng đã được lưu thành %1. Hãy mở tệp đó để làm việc tiếp, và giữ lại tệp bị hỏng cho người sửa chữa.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::UserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Thêm người dùng</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Sửa người dùng</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>&amp;Clearance:</source>
        <translation>Mức được t&amp;iếp cận:</translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation>&amp;Mật khẩu ban đầu:</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>Nhập &amp;lại:</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Hãy nhập tên đăng nhập.</translation>
    </message>
    <message>
        <source>The user name must not contain spaces.</source>
        <translation>Tên đăng nhập không được có dấu cách.</translation>
    </message>
</context>
<context>
    <name>vanphong::ui::UsersPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>T&amp;hêm…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Đặt &amp;mật khẩu…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Khóa tài khoản</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Mức tiếp cận</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Users&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Người dùng&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Each user opens the file with their own password. A disabled user&apos;s password no longer opens it.</source>
        <translation>Mỗi người dùng mở tệp bằng mật khẩu riêng. Mật khẩu của tài khoản đã khóa không còn mở được tệp.</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Đã khóa</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Khóa tài khoản</translation>
    </message>
    <message>
        <source>Disable %1? Their password will no longer open the file.</source>
        <translation>Khóa tài khoản %1? Mật khẩu của người này sẽ không còn mở được tệp.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Xóa người dùng</translation>
    </message>
    <message>
        <source>Remove %1 for good? The audit log keeps what they did.</source>
        <translation>Xóa hẳn %1? Nhật ký thay đổi vẫn giữ những việc người này đã làm.</translation>
    </message>
    <message>
        <source>The new recovery code was not confirmed: the file keeps its key and its old code.</source>
        <translation>Mã khôi phục mới chưa được xác nhận: tệp vẫn giữ khóa và mã cũ.</translation>
    </message>
    <message>
        <source>

%1 is an office chief and may know the recovery code: the file will also get a new recovery code, which you will print or write down.</source>
        <translation>

%1 là Chánh Văn phòng và có thể biết mã khôi phục: tệp cũng sẽ được cấp mã khôi phục mới, bạn sẽ in hoặc chép lại mã đó.</translation>
    </message>
</context>
</TS>
