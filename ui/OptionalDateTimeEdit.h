#pragma once

#include <QWidget>
#include <functional>

class QCheckBox;
class QDateTimeEdit;

namespace soc::ui {

// A date and time that may be left unset (value 0), entered to the minute in Asia/Ho_Chi_Minh
// (dd/MM/yyyy HH:mm). Ticking the box starts from "now"; a value that is not edited comes back
// exactly as it was set, seconds included.
class OptionalDateTimeEdit : public QWidget {
    Q_OBJECT
public:
    explicit OptionalDateTimeEdit(QWidget* parent = nullptr);

    void setValue(qint64 utcMs); // 0 = not set
    qint64 value() const { return m_valueMs; }
    bool isSet() const;
    void setNowSource(std::function<qint64()> now); // the clock used when the box is ticked
    QCheckBox* checkBox() const { return m_set; }
    QDateTimeEdit* editor() const { return m_edit; }

signals:
    void valueChanged();

private:
    void showValue();
    void onToggled(bool on);
    void onEdited();

    QCheckBox* m_set;
    QDateTimeEdit* m_edit;
    std::function<qint64()> m_now;
    qint64 m_valueMs = 0;
    bool m_updating = false;
};

} // namespace soc::ui
