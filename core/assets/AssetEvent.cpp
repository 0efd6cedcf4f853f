#include "AssetEvent.h"

#include <array>

namespace vanphong::assets {

namespace {
constexpr std::array<const char *, 8> Kinds = {"move", "repair", "status", "upgrade", "revalue", "dispose", "lose", "transfer"};
} // namespace

QString AssetEvent::kindCode(Kind kind)
{
    return QLatin1String(Kinds.at(std::size_t(kind)));
}

std::optional<AssetEvent::Kind> AssetEvent::kindFromCode(const QString &code)
{
    for (std::size_t i = 0; i < Kinds.size(); ++i)
        if (code == QLatin1String(Kinds[i]))
            return Kind(i);
    return std::nullopt;
}

} // namespace vanphong::assets
