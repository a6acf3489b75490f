#pragma once

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace soc::ui {

// A duration as a number and a unit (minutes, hours, days), for service levels.
class DurationEdit : public QWidget {
    Q_OBJECT
public:
    explicit DurationEdit(QWidget* parent = nullptr);

    qint64 valueMs() const;
    void setValueMs(qint64 ms); // picks the largest unit that divides it

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QSpinBox* m_number;
    QComboBox* m_unit;
};

} // namespace soc::ui
