#include "FormFields.h"

#include <QFormLayout>
#include <QWidget>

namespace soc::ui {

QString FormFields::keep(const QString& text)
{
    return text.trimmed().isEmpty() ? QString() : text;
}

QStringList FormFields::lines(const QString& text)
{
    QStringList out;
    for (const QString& line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            out << line;
    }
    return out;
}

QString FormFields::printedAs(const QString& official)
{
    return tr("Printed as “%1”").arg(official);
}

QFormLayout* FormFields::newForm(QWidget* parent)
{
    auto* form = new QFormLayout(parent);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    return form;
}

void FormFields::addRow(QFormLayout* form, const QString& label, QWidget* field, const QString& toolTip)
{
    form->addRow(label, field);
    if (toolTip.isEmpty())
        return;
    field->setToolTip(toolTip);
    if (QWidget* l = form->labelForField(field))
        l->setToolTip(toolTip);
}

} // namespace soc::ui
