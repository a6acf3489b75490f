#include "store/DirectoryCsvImport.h"

#include "store/AgencyDirectory.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <array>

namespace soc::store {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DirectoryCsvImport", text);
}

} // namespace

DirectoryCsvImport::DirectoryCsvImport(Database& db, QString actor, const domain::Clock& clock)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_clock(clock)
{
}

QStringList DirectoryCsvImport::columns()
{
    return {QStringLiteral("code"),     QStringLiteral("name"),     QStringLiteral("kind"),
            QStringLiteral("parent"),   QStringLiteral("networks"), QStringLiteral("contact_name"),
            QStringLiteral("position"), QStringLiteral("phone"),    QStringLiteral("email"),
            QStringLiteral("notes")};
}

QStringList DirectoryCsvImport::requiredColumns()
{
    return {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("kind")};
}

CsvImportReport DirectoryCsvImport::importFile(const QString& path)
{
    AgencyDirectory directory(m_db, m_actor, m_clock);
    directory.access().require(domain::Action::ManageDirectory, QStringLiteral("file"), QFileInfo(path).fileName());
    const CsvReader csv =
        readImportFile(m_db, m_actor, m_clock.nowMs(), QStringLiteral("directory.import"), path, requiredColumns());
    std::array<int, 10> col{};
    const QStringList names = columns();
    for (int i = 0; i < names.size(); ++i)
        col[static_cast<std::size_t>(i)] = csv.column(names.at(i));
    CsvImportReport report;
    report.file = path;
    static const QRegularExpression separators(QStringLiteral("[;\\s]+"));

    Transaction tx(m_db);
    for (const CsvRecord& rec : csv.records()) {
        ++report.rows;
        auto field = [&](int c) {
            return col[static_cast<std::size_t>(c)] < 0 ? QString()
                                                        : rec.fields.value(col[static_cast<std::size_t>(c)]).trimmed();
        };
        auto bad = [&](const QString& reason) { report.problems.push_back({path, rec.line, reason}); };
        if (rec.fields.size() != csv.header().size()) {
            bad(tr("The row has %1 fields; the header has %2.").arg(rec.fields.size()).arg(csv.header().size()));
            continue;
        }
        // Each row is a savepoint: a row that fails half-way leaves nothing behind.
        Transaction row(m_db);
        try {
            const QString code = field(0);
            std::optional<domain::Agency> existing =
                domain::Agency::isValidId(code) ? directory.agency(code) : std::nullopt;
            if (existing && existing->id != code)
                existing.reset(); // matched by name, not by code
            domain::Agency a = existing.value_or(domain::Agency{});
            a.id = code;
            if (!field(1).isEmpty())
                a.name = field(1);
            if (!field(2).isEmpty()) {
                const auto kind = domain::agencyKindFromKey(field(2));
                if (!kind) {
                    bad(tr("Unknown kind \"%1\": use provincial_department, commune_committee, police, "
                           "national_coordinator, "
                           "isp or other.")
                            .arg(field(2)));
                    continue;
                }
                a.kind = *kind;
            } else if (!existing) {
                bad(tr("A new agency needs its kind."));
                continue;
            }
            if (!field(3).isEmpty())
                a.parentId = field(3);
            if (!field(9).isEmpty())
                a.notes = field(9);
            // Validate everything before writing anything.
            QList<QPair<QString, QString>> nets;
            QString why;
            for (const QString& n : field(4).split(separators, Qt::SkipEmptyParts)) {
                QString kind;
                const QString canonical = AgencyDirectory::canonicalNetwork(n, &kind, &why);
                if (canonical.isEmpty())
                    break;
                nets.append({canonical, kind});
            }
            if (!why.isEmpty()) {
                bad(why);
                continue;
            }
            domain::FocalPoint contact{QString(), code, field(5), field(6), field(7), field(8)};
            if (contact.name.isEmpty() && !(contact.position + contact.phone + contact.email).isEmpty()) {
                bad(tr("The row gives a position, phone or email but no contact_name."));
                continue;
            }
            const bool unchanged = existing && a.name == existing->name && a.kind == existing->kind &&
                                   a.parentId == existing->parentId && a.notes == existing->notes;
            const bool added = !unchanged && directory.writeAgency(a);
            int networks = 0;
            for (const auto& [canonical, kind] : nets)
                networks += directory.writeNetwork(code, canonical, kind) ? 1 : 0;
            if (!contact.name.isEmpty())
                directory.writeFocalPoint(contact);
            row.commit();
            report.added += added ? 1 : 0;
            report.updated += !unchanged && !added ? 1 : 0;
            report.networks += networks;
            report.contacts += contact.name.isEmpty() ? 0 : 1;
        } catch (const DatabaseError& e) {
            if (e.code() != ErrorCode::Refused && e.code() != ErrorCode::NotFound)
                throw;
            bad(e.message());
        }
    }
    auditImport(m_db, m_actor, m_clock.nowMs(), QStringLiteral("directory.import"), report);
    tx.commit();
    return report;
}

} // namespace soc::store
