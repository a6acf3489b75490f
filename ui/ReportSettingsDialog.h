#pragma once

#include "domain/ReportSettings.h"

#include <QDialog>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

namespace soc::ui {

class CaseCommands;

// Report → Issuer and signer…: who issues the SOC's official documents (NĐ 30/2020 header and
// number), who signs them, to whom they go ("Kính gửi", "Nơi nhận") and what TT 20/2017 Mẫu 03-05
// print as the reporting organisation and its default contact. A live preview shows how the
// number and the signature print; problems are shown inline and keep the dialog open.
class ReportSettingsDialog : public QDialog {
    Q_OBJECT
public:
    ReportSettingsDialog(CaseCommands* commands, QWidget* parent = nullptr);

    domain::ReportSettings settings() const; // as entered: trimmed, lists one entry a line
    void setSettings(const domain::ReportSettings& settings);
    QString problem() const;          // what keeps the settings from being saved; empty when fine
    QString error() const;            // the inline message shown, empty when none
    QString numberPreview() const;    // "Số: 01/BC-SOC — Bến Tre, ngày …"
    QString signaturePreview() const; // "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Văn A"
    void accept() override;           // validates, saves through CaseService::setReportSettings

private:
    struct Row {
        QString domain::ReportSettings::*member;
        QLineEdit* edit;
    };
    QLineEdit* addLine(QString domain::ReportSettings::*member, const QString& objectName);
    QWidget* issuerTab();
    QWidget* recipientsTab();
    QWidget* organisationTab();
    QLineEdit* line(QString domain::ReportSettings::*member) const;
    void updatePreview();
    void showError(const QString& text);

    CaseCommands* m_commands;
    std::vector<Row> m_rows;
    QComboBox* m_authority;
    QPlainTextEdit* m_recipients;
    QPlainTextEdit* m_distribution;
    QTabWidget* m_tabs;
    QLabel* m_numberPreview;
    QLabel* m_signaturePreview;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace soc::ui
