#include "RegisterListModel.h"

namespace vanphong::ui {

int RegisterListModel::rowOf(qint64 id) const
{
    for (int r = 0; r < rowCount(); ++r)
        if (idAt(r) == id)
            return r;
    return -1;
}

} // namespace vanphong::ui
