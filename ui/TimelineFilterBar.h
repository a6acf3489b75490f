#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;

namespace soc::ui {

class TimelineFilterProxy;

// Filters of the timeline list: kinds (a menu of toggles), step, author, text, hide superseded;
// and how many events pass. Applies them to the proxy as they change.
class TimelineFilterBar : public QWidget {
    Q_OBJECT
public:
    TimelineFilterBar(TimelineFilterProxy* proxy, QWidget* parent = nullptr);

    void setAuthors(const QStringList& authors); // keeps the current choice when still present
    void setCounts(int shown, int total);
    void clear();

signals:
    void filterChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void apply();
    void retranslateUi();
    void updateKindButton();

    TimelineFilterProxy* m_proxy;
    QPushButton* m_kinds;
    QMenu* m_kindMenu;
    QComboBox* m_step;
    QComboBox* m_author;
    QLineEdit* m_text;
    QCheckBox* m_hideSuperseded;
    QLabel* m_count;
    int m_shown = 0;
    int m_total = 0;
};

} // namespace soc::ui
