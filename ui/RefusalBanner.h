#pragma once

#include <QFrame>
#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace soc::ui {

// A refusal shown where the analyst acted (ux.md: refusals explain themselves): why, and a button
// that does the fix ("Add containment action…"). Children: "refusalText", "refusalFix".
class RefusalBanner : public QFrame {
    Q_OBJECT
public:
    explicit RefusalBanner(QWidget* parent = nullptr);

    // Shows `text`; with a fix, a button labelled `fixText` that runs it.
    void showRefusal(const QString& text, const QString& fixText = {}, std::function<void()> fix = {});
    void dismiss();
    QString text() const;
    QPushButton* fixButton() const { return m_fix; }

private:
    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_fix;
    QToolButton* m_close;
    std::function<void()> m_fixAction;
};

} // namespace soc::ui
