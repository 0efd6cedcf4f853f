#pragma once

#include "spreadsheet/Sheet.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QList>
#include <QMessageBox>

#include <limits>
#include <optional>
#include <type_traits>

class QWidget;

namespace vanphong::ui {

// Saves a register list where the clerk chooses, as XLSX, ODS or CSV (by the
// filter chosen or the name typed); written whole or not at all. Only this
// file, which the clerk asked for, leaves the encrypted database.
class ListExporter final
{
    Q_DECLARE_TR_FUNCTIONS(ListExporter)
public:
    // `sheet` carries the core's refusal when the user may not export.
    static void save(QWidget *parent, const storage::Result<spreadsheet::Sheet> &sheet, const QString &suggestedName);

    // The lines of a register page to export: every line its filter selects,
    // not only the screenful the list shows; while searching, what the search
    // found (the model's rows). Nothing when the register says why not.
    template<typename Register, typename Filter, typename Model>
    static auto lines(QWidget *parent, Register &reg, Filter filter, bool searching, const Model &model)
        -> std::optional<QList<std::remove_cvref_t<decltype(*model.lineAt(0))>>>
    {
        QList<std::remove_cvref_t<decltype(*model.lineAt(0))>> out;
        if (searching) {
            for (int r = 0; r < model.rowCount(); ++r)
                out << *model.lineAt(r);
            return out;
        }
        filter.registerOrder = true;
        filter.limit = std::numeric_limits<int>::max();
        auto all = reg.list(filter);
        if (!all) {
            QMessageBox::warning(parent, tr("Export"), all.error().message);
            return std::nullopt;
        }
        return std::move(all).value();
    }
};

} // namespace vanphong::ui
