#pragma once

#include "domain/Asset.h"

#include <QComboBox>
#include <vector>

namespace soc::store {
class Database;
}

namespace soc::ui {

// The asset register as a choice for an incident's affected system: one entry per asset,
// "name — IP — agency, level N", after a first "choose" entry. Choosing one emits chosen() with
// what the incident form takes from it (the same wording as store::OwnerLookup::affectedSystem).
class AssetPicker : public QComboBox {
    Q_OBJECT
public:
    struct Choice {
        QString system;       // "name (type, IP)"
        int systemLevel = 0;
        QString owningAgency; // the agency's name
    };

    explicit AssetPicker(QWidget* parent = nullptr);

    // Reads the register and the agency names (two queries); on failure the picker stays empty and
    // the reason is returned.
    QString load(store::Database& db);
    int assetCount() const { return static_cast<int>(m_assets.size()); }
    // Makes the asset with this id or name (case-insensitive) current and emits chosen(); false
    // when there is none.
    bool choose(const QString& idOrName);
    // Shows the entry whose affected-system text is `system` without emitting chosen().
    void showSystem(const QString& system);
    Choice choiceAt(int assetIndex) const;
    static QString systemText(const domain::Asset& asset);

signals:
    void chosen(const soc::ui::AssetPicker::Choice& choice);

private:
    void onActivated(int index);

    std::vector<domain::Asset> m_assets;
    std::vector<QString> m_agencyNames; // per asset
};

} // namespace soc::ui
