#include "SecretBench.h"
#include "BenchTiming.h"

#include "documents/IncomingRegister.h"
#include "documents/RegisterSearch.h"
#include "office/LegacySealing.h"
#include "office/OfficeSession.h"

#include <QSqlQuery>

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace vanphong;

namespace {
const char16_t *const Topics[] = {u"công tác cán bộ", u"nhân sự dự kiến", u"kiểm tra dấu hiệu vi phạm", u"quốc phòng, an ninh",
                                  u"bảo vệ chính trị nội bộ", u"giải quyết tố cáo", u"phương án tác chiến", u"quy hoạch cán bộ"};

// One office (secret or ordinary) with `lines` incoming lines at `level`.
std::unique_ptr<office::OfficeSession> makeOffice(const QString &path, bool secret, int lines, double *registerMs)
{
    office::OfficeSession::NewOffice o;
    o.profile.organisationName = QStringLiteral("ĐẢNG BỘ XÃ TÂN PHÚ");
    o.profile.committeeName = QStringLiteral("ĐẢNG ỦY XÃ TÂN PHÚ");
    o.profile.placeName = QStringLiteral("Tân Phú");
    o.profile.issuerAbbreviation = QStringLiteral("ĐU");
    o.chief.login = QStringLiteral("chanhvp");
    o.chief.fullName = QStringLiteral("Nguyễn Văn An");
    o.forSecrets = secret;
    storage::DatabaseOptions options;
    options.kdf = crypto::ScryptParams{10, 8, 1};
    auto created = office::OfficeSession::create(path, o, "chanh-2026", options);
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error().message));
        return nullptr;
    }
    auto session = std::move(created->session);
    documents::IncomingRegister reg(session->database(), session->user(), session->actor());
    QList<documents::IncomingDocument> docs;
    for (int i = 0; i < lines; ++i) {
        documents::IncomingDocument d;
        d.receivedAt = QDateTime(QDate(2026, 1, 1).addDays(i % 330), QTime(8, 0));
        d.sender = QStringLiteral("Ban Tổ chức Tỉnh ủy");
        d.symbol = documents::DocumentSymbol::parse(QStringLiteral("%1-CV/BTCTU").arg(i + 1));
        d.typeCode = QStringLiteral("CV");
        d.excerpt = QStringLiteral("Về %1 đợt %2").arg(QString::fromUtf16(Topics[i % 8])).arg(i);
        d.confidentiality = secret ? documents::Confidentiality(1 + i % 3) : documents::Confidentiality::Normal;
        docs << d;
    }
    *registerMs = timeMs([&] {
        if (auto done = reg.importAll(docs); !done)
            std::fprintf(stderr, "%s\n", qPrintable(done.error().message));
    }, 1);
    return session;
}
} // namespace

int SecretBench::run(const Options &options)
{
    QTemporaryDir temp;
    const QString dir = options.directory.isEmpty() ? temp.path() : options.directory;
    double secretImport = 0, plainImport = 0;
    auto secret = makeOffice(dir + QStringLiteral("/secret-bench.vpdb"), true, options.lines, &secretImport);
    auto plain = makeOffice(dir + QStringLiteral("/plain-bench.vpdb"), false, options.lines, &plainImport);
    if (!secret || !plain)
        return 1;
    const auto listPage = [](office::OfficeSession &s) {
        documents::IncomingFilter f;
        f.limit = 500;
        return documents::IncomingRegister(s.database(), s.user(), s.actor()).list(f)->size();
    };
    const auto search = [](office::OfficeSession &s, const QString &words) {
        return documents::RegisterSearch::find(s.database(), s.user(), words)->size();
    };
    qsizetype hitsSecret = 0, hitsPlain = 0;
    const double listSecret = timeMs([&] { listPage(*secret); });
    const double listPlain = timeMs([&] { listPage(*plain); });
    const double searchSecret = timeMs([&] { hitsSecret = search(*secret, QStringLiteral("nhan su du kien")); });
    const double searchPlain = timeMs([&] { hitsPlain = search(*plain, QStringLiteral("nhan su du kien")); });

    // Each sign-in looks for secret content an older version kept in plain (office::LegacySealing).
    const double scanSecret = timeMs([&] { (void)office::LegacySealing::run(secret->database(), secret->user()); });
    const double scanPlain = timeMs([&] { (void)office::LegacySealing::run(plain->database(), plain->user()); });
    // The one pass that seals a whole register written in plain (every excerpt, as before schema 15).
    QSqlQuery unseal(secret->database().sql());
    unseal.exec(QStringLiteral("UPDATE incoming_documents SET excerpt = 'Về nhân sự dự kiến đợt ' || id"));
    int sealedValues = 0;
    const double legacyPass = timeMs([&] { sealedValues = office::LegacySealing::run(secret->database(), secret->user()).value(); }, 1);

    std::printf("%d lines (Mật, Tối mật, Tuyệt mật in turn), read by the office chief (cleared for all)\n", options.lines);
    std::printf("%-52s %10s %10s %8s\n", "operation", "sealed ms", "plain ms", "ratio");
    std::printf("%-52s %10.1f %10.1f %8.2f\n", "register (import in one transaction)", secretImport, plainImport, secretImport / plainImport);
    std::printf("%-52s %10.1f %10.1f %8.2f\n", "list, first page of 500 (excerpts opened)", listSecret, listPlain, listSecret / listPlain);
    std::printf("%-52s %10.1f %10.1f %8.2f   (%lld / %lld hits)\n", "search \"nhan su du kien\"", searchSecret, searchPlain,
                searchSecret / searchPlain, static_cast<long long>(hitsSecret), static_cast<long long>(hitsPlain));
    std::printf("%-52s %10.1f %10.1f %8.2f\n", "sign-in: older plain content looked for (none)", scanSecret, scanPlain,
                scanSecret / scanPlain);
    std::printf("%-52s %10.1f %10s %8s   (%d values sealed)\n", "sealing a register written in plain, once", legacyPass, "-", "-",
                sealedValues);
    return 0;
}
