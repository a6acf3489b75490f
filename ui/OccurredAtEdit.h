#pragma once

#include <QWidget>
#include <functional>

class QComboBox;
class QDateTimeEdit;
class QPushButton;

namespace soc::ui {

// When something happened, as the analyst enters it: date and time (dd/MM/yyyy HH:mm) in the
// offset it was given in (Vietnam +07:00 by default; a fax stamped in UTC can be entered as is),
// and a "Now" button. value() is epoch ms (UTC).
class OccurredAtEdit : public QWidget {
    Q_OBJECT
public:
    explicit OccurredAtEdit(QWidget* parent = nullptr);

    void setValue(qint64 utcMs, int offsetSec = 7 * 3600);
    qint64 value() const;
    int offsetSec() const;
    void setNowSource(std::function<qint64()> now); // the view's clock
    QDateTimeEdit* editor() const { return m_edit; }

signals:
    void valueChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QDateTimeEdit* m_edit;
    QComboBox* m_offset;
    QPushButton* m_now;
    std::function<qint64()> m_nowSource;
};

} // namespace soc::ui
