#pragma once

#include "documents/IncomingListing.h"
#include "documents/IncomingRegister.h"
#include "registers/RegisterTableModel.h"

namespace vanphong::ui {

// The incoming register's list (RegisterTableModel): overdue lines in red,
// urgent ones in amber, cancelled ones struck through; the number shows its
// year only when the list holds more than one year's numbers.
class IncomingTableModel final : public RegisterTableModel<documents::IncomingDocument, documents::IncomingFilter>
{
public:
    using Column = documents::IncomingListing::ScreenColumn;
    static constexpr Column Number = Column::Number, Received = Column::Received, Sender = Column::Sender, Symbol = Column::Symbol,
                            DocumentDate = Column::DocumentDate, Excerpt = Column::Excerpt, Assignee = Column::Assignee,
                            Deadline = Column::Deadline, Status = Column::Status;

    explicit IncomingTableModel(QObject *parent = nullptr);

    void reload(documents::IncomingRegister *reg, const documents::IncomingFilter &filter);
    const documents::IncomingDocument *documentAt(int row) const { return lineAt(row); }

protected:
    void linesChanged() override;

private:
    QVariant style(const documents::IncomingDocument &d, int column, int role) const;

    bool m_spansYears = false;
};

} // namespace vanphong::ui
