#include "store/ReportSettingsRepository.h"

#include "store/Database.h"

#include <QJsonDocument>

namespace soc::store {

ReportSettingsRepository::ReportSettingsRepository(Database& db)
    : m_db(db)
{
}

domain::ReportSettings ReportSettingsRepository::load()
{
    auto st = m_db.prepare("SELECT value FROM meta WHERE key = 'report_settings'");
    if (!st.step())
        return domain::ReportSettings::defaults();
    return domain::ReportSettings::fromJson(QJsonDocument::fromJson(st.text(0).toUtf8()).object());
}

void ReportSettingsRepository::save(const domain::ReportSettings& s)
{
    auto st = m_db.prepare("INSERT INTO meta(key, value) VALUES('report_settings', ?) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bindText(1, QJsonDocument(s.toJson()).toJson(QJsonDocument::Compact)).exec();
}

} // namespace soc::store
