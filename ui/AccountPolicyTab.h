#pragma once

#include "domain/AccountPolicy.h"

#include <QWidget>
#include <memory>
#include <vector>

class QLabel;
class QPushButton;
class QSpinBox;

namespace soc::store {
class Session;
}

namespace soc::ui {

class AccountJob;

// The station's account policy profile (R-23 … R-27): one spin box per setting, each limited to
// what the regulations allow (the ranges come from AccountPolicy::clamped, so the form never
// offers a value the core would change). Save writes it through AccountAdministration::setPolicy.
class AccountPolicyTab : public QWidget {
    Q_OBJECT
public:
    using Field = int domain::AccountPolicy::*;

    AccountPolicyTab(std::shared_ptr<store::Session> admin, QWidget* parent = nullptr);

    static const std::vector<Field>& fields();
    // The allowed range of a setting: what clamped() keeps.
    static std::pair<int, int> range(Field field);
    QSpinBox* spinBox(Field field) const;
    domain::AccountPolicy policy() const; // as edited
    void load();
    void save();
    bool isBusy() const;
    QString message() const;

signals:
    void saved();

protected:
    void changeEvent(QEvent* event) override;

private:
    void showStatus(const QString& text, bool error);
    void retranslateUi();

    std::shared_ptr<store::Session> m_admin;
    AccountJob* m_job;
    QLabel* m_intro;
    std::vector<QLabel*> m_labels;
    std::vector<QSpinBox*> m_spins;
    QLabel* m_status;
    QPushButton* m_save;
    QPushButton* m_revert;
};

} // namespace soc::ui
