// The file header and its key slots (core/storage/FileHeader, KeySlot): the
// first bytes read from any file the user opens, before any password.
#include "FuzzSupport.h"

#include "crypto/Kdf.h"
#include "storage/FileFormat.h"
#include "storage/FileHeader.h"
#include "storage/KeySlot.h"

#include <cstring>

using namespace vanphong;
using namespace vanphong::storage;

namespace {
const QByteArray Password("mat-khau-fuzz");
// Cheap enough to unwrap on every input; the format allows logN from 1.
const crypto::ScryptParams Cheap{4, 1, 1};

std::span<const std::uint8_t> passwordBytes()
{
    return {reinterpret_cast<const std::uint8_t *>(Password.constData()), std::size_t(Password.size())};
}

void setChecksum(QByteArray &region, qsizetype copyAt)
{
    auto *p = reinterpret_cast<std::uint8_t *>(region.data()) + copyAt;
    const auto sum = crypto::Kdf::sha256({p, format::ChecksumOffset});
    std::memcpy(p + format::ChecksumOffset, sum.data(), sum.size());
}

void makeSeeds(const QString &folder)
{
    const crypto::SecureBytes master = fuzz::fixedKey("master");
    const crypto::SecureBytes mac = fuzz::fixedKey("header");
    FileHeader h;
    h.version = format::Version;
    h.fileId.fill(0x11);
    auto chief = KeySlot::create(KeySlot::Kind::User, QStringLiteral("chanhvp"), passwordBytes(), Cheap, master);
    auto clerk = KeySlot::create(KeySlot::Kind::User, QStringLiteral("Văn Thư"), passwordBytes(), Cheap, master);
    auto recovery = KeySlot::create(KeySlot::Kind::Recovery, QString(), passwordBytes(), Cheap, master);
    if (!chief || !clerk || !recovery || !h.sealAuditSecret(master, fuzz::fixedKey("audit")))
        fuzz::fail("seed slots");
    int n = 0;
    h.sequence = 1;
    const QByteArray empty = h.serializeCopy(mac);
    fuzz::writeSeed(folder, QStringLiteral("no-slots"), empty + empty);
    h.keySlots = {*chief, *recovery};
    const QByteArray older = h.serializeCopy(mac);
    h.sequence = 2;
    h.keySlots = {*chief, *clerk, *recovery};
    const QByteArray newer = h.serializeCopy(mac);
    fuzz::writeSeed(folder, QStringLiteral("three-slots"), newer + newer);
    fuzz::writeSeed(folder, QStringLiteral("second-copy-newer"), older + newer);
    QByteArray torn = newer + older;
    torn[100] = char(torn[100] ^ 1);
    fuzz::writeSeed(folder, QStringLiteral("first-copy-torn"), torn);
    fuzz::writeSeed(folder, QStringLiteral("one-copy"), newer);
    QByteArray future = newer;
    future[16] = 2; // format version 2
    setChecksum(future, 0);
    fuzz::writeSeed(folder, QStringLiteral("newer-format"), future + future);
    n = 6;
    fuzz::seedsWritten(folder, n);
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    if (const QString folder = fuzz::seedFolder(); !folder.isEmpty())
        makeSeeds(folder);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QByteArray region = fuzz::bytesOf(data, size);
    // A fuzzer cannot forge a SHA-256: the first copy's checksum is set here
    // so that mutations reach the slots behind it. The second copy is left as
    // given, so the path of a damaged copy is fuzzed too.
    if (region.size() >= qsizetype(format::HeaderCopySize))
        setChecksum(region, 0);
    auto parsed = FileHeader::parse(region);
    if (!parsed)
        return 0;
    const FileHeader &h = parsed->header;
    const crypto::SecureBytes master = fuzz::fixedKey("master");
    (void)FileHeader::verifyMac(parsed->chosenCopy, fuzz::fixedKey("header"));
    (void)h.openAuditSecret(master);
    (void)h.findUserSlot(QStringLiteral("chanhvp"));
    (void)h.recoverySlot();
    for (const KeySlot &slot : h.keySlots) {
        std::uint8_t out[format::SlotSize];
        slot.serialize(out);
        const auto again = KeySlot::parse(out);
        if (!again || again->kind() != slot.kind() || !(again->kdfParams() == slot.kdfParams()))
            fuzz::fail("a parsed key slot does not read back");
        // Unwrapping runs scrypt with the slot's own cost: only cheap slots, or the run would crawl.
        const crypto::ScryptParams &kdf = slot.kdfParams();
        if (kdf.logN <= 5 && kdf.r <= 2 && kdf.p <= 2)
            (void)slot.unlock(passwordBytes());
    }
    // Written back, the header reads back with the same slots.
    const QByteArray copy = h.serializeCopy(fuzz::fixedKey("header"));
    auto again = FileHeader::parse(copy + copy);
    if (!again || again->header.keySlots.size() != h.keySlots.size() || again->header.sequence != h.sequence)
        fuzz::fail("a parsed header does not read back");
    return 0;
}
