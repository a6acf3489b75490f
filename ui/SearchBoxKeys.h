#pragma once

#include <QObject>

class QLineEdit;

namespace soc::ui {

// The keys of a filter bar's search box: Enter applies the search at once (no debounce); Esc clears
// it (applying that) and then asks to leave the box for the table.
class SearchBoxKeys : public QObject {
    Q_OBJECT
public:
    explicit SearchBoxKeys(QLineEdit* search); // installs itself on `search`, which owns it

signals:
    void applyRequested();
    void leaveRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLineEdit* m_search;
};

} // namespace soc::ui
