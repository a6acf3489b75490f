#include "store/AssetCsvImport.h"

#include "store/AssetRegister.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace soc::store {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AssetCsvImport", text);
}

} // namespace

AssetCsvImport::AssetCsvImport(Database& db, QString actor, const domain::Clock& clock)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_clock(clock)
{
}

QStringList AssetCsvImport::requiredColumns()
{
    return {QStringLiteral("name"), QStringLiteral("type"),   QStringLiteral("ip"),
            QStringLiteral("mac"),  QStringLiteral("agency"), QStringLiteral("security_level")};
}

CsvImportReport AssetCsvImport::importFile(const QString& path)
{
    AssetRegister reg(m_db, m_actor, m_clock);
    reg.access().require(domain::Action::ManageDirectory, QStringLiteral("file"), QFileInfo(path).fileName());
    const CsvReader csv =
        readImportFile(m_db, m_actor, m_clock.nowMs(), QStringLiteral("asset.import"), path, requiredColumns());
    const QStringList names =
        AssetRegister::csvColumns(); // id, name, type, ip, mac, agency, security_level, criticality, notes
    std::vector<int> col;
    for (const QString& n : names)
        col.push_back(csv.column(n));
    CsvImportReport report;
    report.file = path;

    Transaction tx(m_db);
    for (const CsvRecord& rec : csv.records()) {
        ++report.rows;
        auto field = [&](int c) {
            return col[static_cast<std::size_t>(c)] < 0 ? QString()
                                                        : rec.fields.value(col[static_cast<std::size_t>(c)]);
        };
        auto bad = [&](const QString& reason) { report.problems.push_back({path, rec.line, reason}); };
        if (rec.fields.size() != csv.header().size()) {
            bad(tr("The row has %1 fields; the header has %2.").arg(rec.fields.size()).arg(csv.header().size()));
            continue;
        }
        domain::Asset a;
        a.id = field(0).trimmed();
        a.name = field(1);
        a.type = field(2);
        a.ip = field(3);
        a.mac = field(4);
        a.agencyId = field(5).trimmed();
        a.notes = field(8);
        const QString level = field(6).trimmed();
        if (!level.isEmpty()) {
            bool ok = false;
            a.securityLevel = level.toInt(&ok);
            if (!ok || a.securityLevel < 1 || a.securityLevel > 5) {
                bad(tr("The security level must be 1 to 5 (R-5), or empty when not classified; it is \"%1\".")
                        .arg(level));
                continue;
            }
        }
        if (!field(7).trimmed().isEmpty()) {
            const auto c = domain::criticalityFromKey(field(7));
            if (!c) {
                bad(tr("Unknown criticality \"%1\": use low, medium, high or critical.").arg(field(7).trimmed()));
                continue;
            }
            a.criticality = *c;
        }
        if (a.id.size() > 64) {
            bad(tr("The id is longer than 64 characters."));
            continue;
        }
        const QString why = reg.validate(a);
        if (!why.isEmpty()) {
            bad(why);
            continue;
        }
        if (reg.write(a))
            ++report.added;
        else
            ++report.updated;
    }
    auditImport(m_db, m_actor, m_clock.nowMs(), QStringLiteral("asset.import"), report);
    tx.commit();
    return report;
}

} // namespace soc::store
