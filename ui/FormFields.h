#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QFormLayout;
class QWidget;

namespace soc::ui {

// Small helpers shared by the dialogs that edit what official documents print.
class FormFields {
    Q_DECLARE_TR_FUNCTIONS(FormFields)
public:
    // Text as entered; text of spaces only counts as empty (an empty field is left out when printing).
    static QString keep(const QString& text);
    // One entry a line, in order; blank lines dropped, entries kept as entered.
    static QStringList lines(const QString& text);
    // Tooltip naming the official wording a field prints under: Printed as “Họ và tên (*)”.
    static QString printedAs(const QString& official);
    static QFormLayout* newForm(QWidget* parent); // fields grow, long labels wrap above their field
    // Adds a row whose label and field share `toolTip`.
    static void addRow(QFormLayout* form, const QString& label, QWidget* field, const QString& toolTip);
};

} // namespace soc::ui
