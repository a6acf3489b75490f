#pragma once

#include <QWidget>

class QButtonGroup;
class QToolButton;
class QVBoxLayout;

namespace soc::ui {

// The narrow rail on the left: one button per view (Cảnh báo, Hàng đợi, Sự cố, Tổng quan, Ca trực,
// Báo cáo), icon above the word; Ctrl+1…6 are wired by the main window.
class NavigationRail : public QWidget {
    Q_OBJECT
public:
    explicit NavigationRail(QWidget* parent = nullptr);

    int addEntry(const QString& objectName, const QIcon& icon);
    void setEntryText(int index, const QString& text, const QString& toolTip);
    void setCurrent(int index);
    int current() const;
    int count() const;

signals:
    void currentChanged(int index);

private:
    QButtonGroup* m_group;
    QVBoxLayout* m_layout;
};

} // namespace soc::ui
