#pragma once

#include <QGroupBox>
#include <QList>

class QCheckBox;
class QVBoxLayout;

namespace soc::ui {

// What the regulation asks in a step, as check boxes. The sentences are long (longer still in
// Vietnamese) and a QCheckBox does not wrap, so each item is a box and a wrapped label that
// toggles it. Children: "stepCheck_<i>", "stepCheckText_<i>".
class StepChecklist : public QGroupBox {
    Q_OBJECT
public:
    explicit StepChecklist(QWidget* parent = nullptr);

    void setItems(const QStringList& items, quint32 done); // no toggled() for this
    quint32 doneBits() const;

signals:
    void toggled(quint32 doneBits);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QVBoxLayout* m_layout;
    QList<QCheckBox*> m_boxes;
};

} // namespace soc::ui
