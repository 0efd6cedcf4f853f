#pragma once

#include "documents/OutgoingListing.h"
#include "documents/OutgoingRegister.h"
#include "registers/RegisterTableModel.h"

namespace vanphong::ui {

// The outgoing register's list (RegisterTableModel): urgent lines in amber,
// released numbers and cancelled documents struck through.
class OutgoingTableModel final : public RegisterTableModel<documents::OutgoingDocument, documents::OutgoingFilter>
{
public:
    using Column = documents::OutgoingListing::ScreenColumn;
    static constexpr Column Symbol = Column::Symbol, Date = Column::Date, Excerpt = Column::Excerpt, Signer = Column::Signer,
                            Recipients = Column::Recipients, Status = Column::Status;

    explicit OutgoingTableModel(QObject *parent = nullptr);

    void reload(documents::OutgoingRegister *reg, const documents::OutgoingFilter &filter);
    const documents::OutgoingDocument *documentAt(int row) const { return lineAt(row); }
};

} // namespace vanphong::ui
