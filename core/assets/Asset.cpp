#include "Asset.h"

#include <array>

namespace vanphong::assets {

namespace {
template<typename E, std::size_t N>
std::optional<E> fromCode(const std::array<const char *, N> &codes, const QString &code)
{
    for (std::size_t i = 0; i < N; ++i)
        if (code == QLatin1String(codes[i]))
            return E(i);
    return std::nullopt;
}

constexpr std::array<const char *, 2> Books = {"tscd", "ccdc"};
constexpr std::array<const char *, 6> Statuses = {"in-use", "under-repair", "idle", "transferred", "disposed", "lost"};
constexpr std::array<const char *, 2> Fundings = {"ngan-sach", "khac"};
} // namespace

QString Asset::bookCode(Book book) { return QLatin1String(Books.at(std::size_t(book))); }
std::optional<Asset::Book> Asset::bookFromCode(const QString &code) { return fromCode<Book>(Books, code); }
QString Asset::statusCode(Status status) { return QLatin1String(Statuses.at(std::size_t(status))); }
std::optional<Asset::Status> Asset::statusFromCode(const QString &code) { return fromCode<Status>(Statuses, code); }
QString Asset::fundingCode(Funding funding) { return QLatin1String(Fundings.at(std::size_t(funding))); }
std::optional<Asset::Funding> Asset::fundingFromCode(const QString &code) { return fromCode<Funding>(Fundings, code); }

} // namespace vanphong::assets
