#include "AssetPicker.h"

#include "domain/Clock.h"
#include "store/AgencyDirectory.h"
#include "store/AssetRegister.h"
#include "store/DatabaseError.h"

#include <QHash>

namespace soc::ui {

AssetPicker::AssetPicker(QWidget* parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("assetPicker"));
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(28);
    addItem(tr("Choose from the asset register…"));
    connect(this, &QComboBox::activated, this, &AssetPicker::onActivated);
}

QString AssetPicker::systemText(const domain::Asset& a)
{
    QStringList what;
    if (!a.type.isEmpty())
        what << a.type;
    if (!a.ip.isEmpty())
        what << a.ip;
    return what.isEmpty() ? a.name : QStringLiteral("%1 (%2)").arg(a.name, what.join(QStringLiteral(", ")));
}

QString AssetPicker::load(store::Database& db)
{
    clear();
    m_assets.clear();
    m_agencyNames.clear();
    QString error;
    try {
        const domain::SystemClock clock; // only read
        m_assets = store::AssetRegister(db, QString(), clock).assets();
        QHash<QString, QString> names;
        if (!m_assets.empty())
            for (const domain::Agency& a : store::AgencyDirectory(db, QString(), clock).agencies())
                names.insert(a.id, a.name);
        for (const domain::Asset& a : m_assets)
            m_agencyNames.push_back(names.value(a.agencyId, a.agencyId));
    } catch (const store::DatabaseError& e) {
        m_assets.clear();
        m_agencyNames.clear();
        error = e.message();
    }
    addItem(m_assets.empty() ? tr("The asset register is empty") : tr("Choose from the asset register…"));
    const QString dash = QStringLiteral("—");
    for (size_t i = 0; i < m_assets.size(); ++i) {
        const domain::Asset& a = m_assets[i];
        const QString agency = m_agencyNames[i].isEmpty() ? tr("no owning agency") : m_agencyNames[i];
        const QString level = a.securityLevel > 0 ? tr("level %1").arg(a.securityLevel) : tr("level not classified");
        addItem(tr("%1 — %2 — %3, %4").arg(a.name, a.ip.isEmpty() ? dash : a.ip, agency, level),
                static_cast<int>(i));
        setItemData(count() - 1,
                    tr("%1\nType: %2\nCriticality: %3")
                        .arg(systemText(a), a.type.isEmpty() ? dash : a.type, domain::criticalityLabel(a.criticality)),
                    Qt::ToolTipRole);
    }
    setEnabled(!m_assets.empty());
    setCurrentIndex(0);
    return error;
}

AssetPicker::Choice AssetPicker::choiceAt(int i) const
{
    if (i < 0 || i >= assetCount())
        return {};
    const domain::Asset& a = m_assets[static_cast<size_t>(i)];
    return {systemText(a), a.securityLevel, m_agencyNames[static_cast<size_t>(i)]};
}

bool AssetPicker::choose(const QString& idOrName)
{
    for (int i = 0; i < assetCount(); ++i) {
        const domain::Asset& a = m_assets[static_cast<size_t>(i)];
        if (a.id == idOrName || a.name.compare(idOrName, Qt::CaseInsensitive) == 0) {
            const int index = findData(i);
            setCurrentIndex(index);
            onActivated(index);
            return true;
        }
    }
    return false;
}

void AssetPicker::showSystem(const QString& system)
{
    for (int i = 0; i < assetCount(); ++i)
        if (systemText(m_assets[static_cast<size_t>(i)]) == system) {
            setCurrentIndex(findData(i));
            return;
        }
    setCurrentIndex(0);
}

void AssetPicker::onActivated(int index)
{
    const QVariant asset = itemData(index);
    if (!asset.isValid())
        return;
    emit chosen(choiceAt(asset.toInt()));
}

} // namespace soc::ui
