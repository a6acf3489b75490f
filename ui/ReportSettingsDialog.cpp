#include "ReportSettingsDialog.h"

#include "CaseCommands.h"
#include "FormFields.h"
#include "domain/IssuedReport.h"
#include "report/DocumentFrame.h"
#include "report/VietnameseDate.h"
#include "store/CaseService.h"
#include "store/DatabaseError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace soc::ui {

using domain::ReportSettings;

namespace {

QString clean(const QString& text)
{
    return text.trimmed().normalized(QString::NormalizationForm_C);
}

QStringList linesOf(const QPlainTextEdit* edit)
{
    QStringList out;
    for (const QString& line : edit->toPlainText().split(u'\n')) {
        if (const QString l = clean(line); !l.isEmpty())
            out << l;
    }
    return out;
}

// The official term first (what the documents call it), then what the field does, in the UI language.
QString tip(const QString& official, const QString& explanation)
{
    return official + u'\n' + explanation;
}

} // namespace

ReportSettingsDialog::ReportSettingsDialog(CaseCommands* commands, QWidget* parent)
    : QDialog(parent)
    , m_commands(commands)
    , m_authority(new QComboBox(this))
    , m_recipients(new QPlainTextEdit(this))
    , m_distribution(new QPlainTextEdit(this))
    , m_tabs(new QTabWidget(this))
    , m_numberPreview(new QLabel(this))
    , m_signaturePreview(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("reportSettingsDialog"));
    setWindowTitle(tr("Issuer and signer of official documents"));
    m_tabs->setObjectName(QStringLiteral("reportSettingsTabs"));
    m_numberPreview->setObjectName(QStringLiteral("reportNumberPreview"));
    m_signaturePreview->setObjectName(QStringLiteral("reportSignaturePreview"));
    m_error->setObjectName(QStringLiteral("reportSettingsError"));
    m_buttons->setObjectName(QStringLiteral("reportSettingsButtons"));

    auto* intro = new QLabel(tr("How the SOC's official documents are headed, numbered, signed and addressed (NĐ "
                                "30/2020), and what the incident forms (TT 20/2017 Mẫu 03–05) print as the "
                                "reporting organisation. Hover over a field for its official name."),
                             this);
    intro->setWordWrap(true);
    m_tabs->addTab(issuerTab(), tr("Issuer and signer"));
    m_tabs->addTab(recipientsTab(), tr("Recipients"));
    m_tabs->addTab(organisationTab(), tr("Reporting organisation"));

    auto* previewBox = new QGroupBox(tr("As printed"), this);
    auto* preview = FormFields::newForm(previewBox);
    for (QLabel* l : {m_numberPreview, m_signaturePreview}) {
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
    }
    preview->addRow(tr("Number, place and date:"), m_numberPreview);
    preview->addRow(tr("Signature:"), m_signaturePreview);

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(previewBox);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    for (const Row& r : m_rows)
        connect(r.edit, &QLineEdit::textChanged, this, &ReportSettingsDialog::updatePreview);
    connect(m_authority, &QComboBox::editTextChanged, this, &ReportSettingsDialog::updatePreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReportSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    try {
        store::CaseService service(m_commands->database(), m_commands->author(), m_commands->clock());
        setSettings(service.reportSettings());
    } catch (const store::DatabaseError& e) {
        setSettings(ReportSettings::defaults());
        showError(tr("The saved settings could not be read (%1); the defaults are shown.").arg(e.message()));
    }
    resize(760, 600);
}

QLineEdit* ReportSettingsDialog::addLine(QString ReportSettings::*member, const QString& objectName)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    m_rows.push_back({member, edit});
    return edit;
}

QLineEdit* ReportSettingsDialog::line(QString ReportSettings::*member) const
{
    for (const Row& r : m_rows) {
        if (r.member == member)
            return r.edit;
    }
    return nullptr;
}

QWidget* ReportSettingsDialog::issuerTab()
{
    auto* page = new QWidget;
    auto* issuerBox = new QGroupBox(tr("Issuing body"), page);
    auto* issuer = FormFields::newForm(issuerBox);
    FormFields::addRow(issuer, tr("Parent body:"),
                       addLine(&ReportSettings::parentBody, QStringLiteral("reportParentBody")),
                       tip(QStringLiteral("Tên cơ quan, tổ chức chủ quản trực tiếp"),
                           tr("First line of the header, in capitals. Leave empty when there is none.")));
    FormFields::addRow(
        issuer, tr("Issuing body (required):"),
        addLine(&ReportSettings::issuingBody, QStringLiteral("reportIssuingBody")),
        tip(QStringLiteral("Tên cơ quan, tổ chức ban hành văn bản"),
            tr("Second line of the header, in bold capitals; also the organisation named by Mẫu 03 and 04.")));
    FormFields::addRow(issuer, tr("Issuing code (required):"),
                       addLine(&ReportSettings::issuingCode, QStringLiteral("reportIssuingCode")),
                       tip(QStringLiteral("Ký hiệu cơ quan ban hành (Số: 05/BC-SOC)"),
                           tr("Letters, digits and hyphens only; follows the type code in every document number.")));
    FormFields::addRow(issuer, tr("Place name (required):"),
                       addLine(&ReportSettings::placeName, QStringLiteral("reportPlaceName")),
                       tip(QStringLiteral("Địa danh (Bến Tre, ngày 05 tháng 01 năm 2026)"),
                           tr("Starts the place and date line at the top right.")));

    auto* signerBox = new QGroupBox(tr("Signer"), page);
    auto* signer = FormFields::newForm(signerBox);
    m_authority->setObjectName(QStringLiteral("reportSignerAuthority"));
    m_authority->setEditable(true);
    m_authority->setInsertPolicy(QComboBox::NoInsert);
    m_authority->lineEdit()->setPlaceholderText(tr("none: the head signs"));
    const QList<std::pair<QString, QString>> prefixes{
        {QString(), tr("The head of the body signs in their own name")},
        {QStringLiteral("TM."), tr("TM. (thay mặt): on behalf of a collective body")},
        {QStringLiteral("KT."), tr("KT. (ký thay): a deputy signs for the head")},
        {QStringLiteral("Q."), tr("Q. (quyền): acting head")},
        {QStringLiteral("TL."), tr("TL. (thừa lệnh): by order of the head")},
        {QStringLiteral("TUQ."), tr("TUQ. (thừa ủy quyền): by authorisation of the head")},
    };
    for (const auto& [prefix, meaning] : prefixes) {
        m_authority->addItem(prefix);
        m_authority->setItemData(m_authority->count() - 1, meaning, Qt::ToolTipRole);
    }
    FormFields::addRow(signer, tr("Authority prefix:"), m_authority,
                       tip(QStringLiteral("Quyền hạn của người ký: TM., KT., Q., TL., TUQ."),
                           tr("Printed before the head's title; empty when the head signs.")));
    FormFields::addRow(
        signer, tr("Signing for (title of the head):"),
        addLine(&ReportSettings::signerAuthorityOf, QStringLiteral("reportSignerAuthorityOf")),
        tip(QStringLiteral("KT. GIÁM ĐỐC"), tr("Follows the prefix, e.g. GIÁM ĐỐC; printed in capitals.")));
    FormFields::addRow(
        signer, tr("Position of the signer:"),
        addLine(&ReportSettings::signerPosition, QStringLiteral("reportSignerPosition")),
        tip(QStringLiteral("Chức vụ của người ký"), tr("Printed in bold capitals above the signature.")));
    FormFields::addRow(signer, tr("Name of the signer:"),
                       addLine(&ReportSettings::signerName, QStringLiteral("reportSignerName")),
                       tip(QStringLiteral("Họ và tên người ký"), tr("Printed in bold under the signature and seal.")));

    auto* v = new QVBoxLayout(page);
    v->addWidget(issuerBox);
    v->addWidget(signerBox);
    v->addStretch(1);
    return page;
}

QWidget* ReportSettingsDialog::recipientsTab()
{
    auto* page = new QWidget;
    m_recipients->setObjectName(QStringLiteral("reportRecipients"));
    m_distribution->setObjectName(QStringLiteral("reportDistribution"));
    for (QPlainTextEdit* e : {m_recipients, m_distribution}) {
        e->setTabChangesFocus(true);
        e->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    }
    m_recipients->setPlaceholderText(tr("One recipient per line"));
    m_distribution->setPlaceholderText(tr("One entry per line, e.g. “Như trên”"));
    auto* form = FormFields::newForm(page);
    FormFields::addRow(
        form, tr("Addressed to:"), m_recipients,
        tip(QStringLiteral("Kính gửi"), tr("Reports sent upward are addressed to these, one per line.")));
    FormFields::addRow(form, tr("Distribution:"), m_distribution,
                       tip(QStringLiteral("Nơi nhận"),
                           tr("Listed at the bottom left, one per line, without the final archive entry.")));
    FormFields::addRow(
        form, tr("Archive unit:"), addLine(&ReportSettings::archiveUnit, QStringLiteral("reportArchiveUnit")),
        tip(QStringLiteral("- Lưu: VT, SOC."), tr("The unit named in the last line of the distribution list.")));
    return page;
}

QWidget* ReportSettingsDialog::organisationTab()
{
    auto* page = new QWidget;
    auto* orgBox = new QGroupBox(tr("Reporting organisation (Mẫu 03, 04 item 1; Mẫu 05)"), page);
    auto* org = FormFields::newForm(orgBox);
    FormFields::addRow(org, tr("Address:"), addLine(&ReportSettings::address, QStringLiteral("reportAddress")),
                       tip(QStringLiteral("Địa chỉ (*)"), tr("Required by Mẫu 03 and 04.")));
    FormFields::addRow(org, tr("Phone:"), addLine(&ReportSettings::phone, QStringLiteral("reportPhone")),
                       tip(QStringLiteral("Điện thoại (*)"), tr("Required by Mẫu 03 and 04.")));
    FormFields::addRow(org, tr("Email:"), addLine(&ReportSettings::email, QStringLiteral("reportEmail")),
                       tip(QStringLiteral("Thư điện tử (*)"), tr("Required by Mẫu 03 and 04.")));
    FormFields::addRow(org, tr("Network member code:"),
                       addLine(&ReportSettings::networkMemberCode, QStringLiteral("reportNetworkMemberCode")),
                       tip(QStringLiteral("Mã thành viên mạng lưới ứng cứu sự cố"),
                           tr("The organisation's code in the national incident response network (Mẫu 05).")));

    auto* contactBox = new QGroupBox(tr("Default contact person (Mẫu 03 item 2)"), page);
    auto* contact = FormFields::newForm(contactBox);
    const QString usedWhen = tr("Used when an incident's form names no contact of its own.");
    FormFields::addRow(contact, tr("Name:"), addLine(&ReportSettings::contactName, QStringLiteral("reportContactName")),
                       tip(QStringLiteral("Họ và tên (*)"), usedWhen));
    FormFields::addRow(contact, tr("Position:"),
                       addLine(&ReportSettings::contactPosition, QStringLiteral("reportContactPosition")),
                       tip(QStringLiteral("Chức vụ"), usedWhen));
    FormFields::addRow(contact, tr("Phone:"),
                       addLine(&ReportSettings::contactPhone, QStringLiteral("reportContactPhone")),
                       tip(QStringLiteral("Điện thoại (*)"), usedWhen));
    FormFields::addRow(contact, tr("Email:"),
                       addLine(&ReportSettings::contactEmail, QStringLiteral("reportContactEmail")),
                       tip(QStringLiteral("Thư điện tử (*)"), usedWhen));

    auto* v = new QVBoxLayout(page);
    v->addWidget(orgBox);
    v->addWidget(contactBox);
    v->addStretch(1);
    return page;
}

ReportSettings ReportSettingsDialog::settings() const
{
    ReportSettings s;
    for (const Row& r : m_rows)
        s.*r.member = clean(r.edit->text());
    s.signerAuthority = clean(m_authority->currentText());
    s.recipients = linesOf(m_recipients);
    s.distribution = linesOf(m_distribution);
    return s;
}

void ReportSettingsDialog::setSettings(const ReportSettings& s)
{
    for (const Row& r : m_rows)
        r.edit->setText(s.*r.member);
    m_authority->setCurrentText(s.signerAuthority);
    m_recipients->setPlainText(s.recipients.join(u'\n'));
    m_distribution->setPlainText(s.distribution.join(u'\n'));
    updatePreview();
}

QString ReportSettingsDialog::problem() const { return settings().problem(); }

QString ReportSettingsDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}
QString ReportSettingsDialog::numberPreview() const
{
    return m_numberPreview->text();
}
QString ReportSettingsDialog::signaturePreview() const
{
    return m_signaturePreview->text();
}

void ReportSettingsDialog::updatePreview()
{
    const ReportSettings s = settings();
    const QDate today = report::VietnameseDate::local(m_commands->nowMs()).date();
    m_numberPreview->setText(QStringLiteral("Số: ") + domain::documentNumber(1, QStringLiteral("BC"), s.issuingCode) +
                             QStringLiteral("    ") + report::VietnameseDate::placeDateLine(s.placeName, today));
    const report::SignatureBlock b = report::DocumentFrame::signer(s);
    QStringList parts;
    for (const QString& part : {b.authority.toUpper(), b.position.toUpper(), b.name}) {
        if (!part.isEmpty())
            parts << part;
    }
    m_signaturePreview->setText(parts.isEmpty() ? tr("(no signer)") : parts.join(QStringLiteral(" / ")));
    // An error shown on Save follows the fields until it is fixed.
    if (!m_error->isHidden() && problem().isEmpty())
        m_error->hide();
}

void ReportSettingsDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void ReportSettingsDialog::accept()
{
    if (const QString p = problem(); !p.isEmpty()) {
        showError(p);
        const ReportSettings s = settings();
        QLineEdit* first = s.issuingBody.isEmpty()                                  ? line(&ReportSettings::issuingBody)
                           : !ReportSettings::isValidIssuingCode(s.issuingCode) ? line(&ReportSettings::issuingCode)
                                                                                    : line(&ReportSettings::placeName);
        m_tabs->setCurrentIndex(0);
        first->setFocus();
        return;
    }
    const ReportSettings s = settings();
    const CaseCommands::Result r = m_commands->run([&](store::CaseService& service) { service.setReportSettings(s); });
    if (!r.ok()) {
        showError(r.outcome == CaseCommands::Outcome::Refused ? r.message
                                                              : tr("The settings were not saved: %1").arg(r.message));
        return;
    }
    QDialog::accept();
}

} // namespace soc::ui
