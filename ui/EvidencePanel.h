#pragma once

#include "EvidenceJobs.h"
#include "domain/Evidence.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>
#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace soc::ui {

class CaseCommands;

// The incident's digital evidence: name, size, SHA-256 (monospace, copyable), collected by/at and
// the last check; "Verify all" re-hashes every item in the background and shows ok/mismatch;
// "Export…" writes the selected item with its custody record; the custody log of the selection.
class EvidencePanel : public QWidget {
    Q_OBJECT
public:
    explicit EvidencePanel(CaseCommands* commands, QWidget* parent = nullptr);
    ~EvidencePanel() override;

    void reload();
    int itemCount() const { return static_cast<int>(m_items.size()); }
    QString selectedId() const;
    void selectItem(const QString& evidenceId);
    void verifyAll();
    bool isVerifying() const { return m_verifying; } // until the result is shown
    void exportSelected(const QString& directory, const QString& recipient);
    bool isExporting() const { return m_exporting; } // until the result is shown
    QString checkText(const QString& evidenceId) const; // the "Check" column
    QString message() const;
    QTableWidget* table() const { return m_table; }
    QTableWidget* custodyTable() const { return m_custody; }

signals:
    void addRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    enum Column { NameColumn, SizeColumn, HashColumn, ByColumn, AtColumn, CheckColumn, ColumnCount };
    void fillTable();
    void showCustody();
    void chooseExport();
    void onVerified();
    void onExported();
    void updateButtons();
    void retranslateUi();
    EvidenceJobs::Context context() const;

    CaseCommands* m_commands;
    std::vector<domain::Evidence> m_items;
    QHash<QString, store::CaseService::VerifyOutcome> m_checks;
    QPushButton* m_add;
    QPushButton* m_verifyButton;
    QPushButton* m_exportButton;
    QLabel* m_message;
    QTableWidget* m_table;
    QLabel* m_hashLabel;
    QLineEdit* m_hash;
    QPushButton* m_copy;
    QLabel* m_custodyLabel;
    QTableWidget* m_custody;
    QFutureWatcher<EvidenceJobs::VerifyResult> m_verify;
    QFutureWatcher<EvidenceJobs::ExportResult> m_export;
    bool m_verifying = false;
    bool m_exporting = false;
};

} // namespace soc::ui
