#include "StepChecklist.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace soc::ui {

StepChecklist::StepChecklist(QWidget* parent)
    : QGroupBox(parent)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("stepChecklist"));
    m_layout->setSpacing(2);
}

void StepChecklist::setItems(const QStringList& items, quint32 done)
{
    while (m_boxes.size() > items.size())
        delete m_boxes.takeLast()->parentWidget(); // the row
    while (m_boxes.size() < items.size()) {
        const auto i = m_boxes.size();
        auto* row = new QWidget(this);
        auto* box = new QCheckBox(row);
        auto* text = new QLabel(row);
        box->setObjectName(QStringLiteral("stepCheck_%1").arg(i));
        text->setObjectName(QStringLiteral("stepCheckText_%1").arg(i));
        text->setWordWrap(true);
        text->setBuddy(box);
        text->installEventFilter(this);
        auto* h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(box, 0, Qt::AlignTop);
        h->addWidget(text, 1);
        connect(box, &QCheckBox::toggled, this, [this] { emit toggled(this->doneBits()); });
        m_layout->addWidget(row);
        m_boxes << box;
    }
    for (qsizetype i = 0; i < m_boxes.size(); ++i) {
        const QSignalBlocker block(m_boxes[i]);
        m_boxes[i]->setAccessibleName(items[i]);
        m_boxes[i]->parentWidget()->findChild<QLabel*>()->setText(items[i]);
        m_boxes[i]->setChecked(done & (1u << i));
    }
}

quint32 StepChecklist::doneBits() const
{
    quint32 bits = 0;
    for (qsizetype i = 0; i < m_boxes.size(); ++i)
        if (m_boxes[i]->isChecked())
            bits |= 1u << i;
    return bits;
}

bool StepChecklist::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        auto* label = qobject_cast<QLabel*>(watched);
        if (auto* box = label ? qobject_cast<QCheckBox*>(label->buddy()) : nullptr; box && box->isEnabled()) {
            box->toggle();
            return true;
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

} // namespace soc::ui
