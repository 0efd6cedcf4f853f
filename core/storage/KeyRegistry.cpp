#include "KeyContext.h"

#include "crypto/Random.h"

#include <map>
#include <string>

namespace vanphong::storage {

namespace {
std::mutex g_mutex;
std::map<std::string, std::shared_ptr<KeyContext>> &entries()
{
    static std::map<std::string, std::shared_ptr<KeyContext>> map;
    return map;
}
} // namespace

QString KeyRegistry::add(std::shared_ptr<KeyContext> context)
{
    std::uint8_t raw[16];
    crypto::fillRandom(raw);
    const QString token = QString::fromLatin1(QByteArray(reinterpret_cast<char *>(raw), sizeof raw).toHex());
    std::lock_guard lock(g_mutex);
    entries()[token.toStdString()] = std::move(context);
    return token;
}

std::shared_ptr<KeyContext> KeyRegistry::find(const char *token)
{
    if (!token)
        return nullptr;
    std::lock_guard lock(g_mutex);
    auto it = entries().find(token);
    return it == entries().end() ? nullptr : it->second;
}

void KeyRegistry::remove(const QString &token)
{
    std::lock_guard lock(g_mutex);
    entries().erase(token.toStdString());
}

} // namespace vanphong::storage
