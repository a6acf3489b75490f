#include "InitialReportTab.h"

#include "FormFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace soc::ui {

using domain::IncidentForm;

namespace {

QLabel* hint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    label->setPalette(p);
    return label;
}

} // namespace

InitialReportTab::InitialReportTab(QWidget* parent)
    : QScrollArea(parent)
    , m_confidential(new QComboBox)
    , m_recommendations(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("formInitialTab"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget;
    auto* grid = new QGridLayout(content);
    grid->addWidget(hint(tr("What the initial report asks beyond the incident record, numbered as Mẫu 03 prints it. "
                            "Empty fields are left out, or print what is shown in grey."),
                         content),
                    0, 0, 1, 2);
    grid->addWidget(contactGroup(), 1, 0);
    grid->addWidget(systemGroup(), 1, 1);
    grid->addWidget(detectionGroup(), 2, 0);
    grid->addWidget(notifiedGroup(), 2, 1);
    grid->addWidget(detailsGroup(), 3, 0, 1, 2);
    grid->addWidget(recommendationsGroup(), 4, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(5, 1);
    setWidget(content);
}

QLineEdit* InitialReportTab::text(QString IncidentForm::*member, const QString& objectName)
{
    auto* e = new QLineEdit;
    e->setObjectName(objectName);
    m_texts.push_back({member, e});
    return e;
}

QCheckBox* InitialReportTab::flag(bool IncidentForm::*member, const QString& objectName, const QString& label,
                                  const QString& printedAs)
{
    auto* box = new QCheckBox(label);
    box->setObjectName(objectName);
    box->setToolTip(FormFields::printedAs(printedAs));
    m_flags.push_back({member, box});
    return box;
}

QLineEdit* InitialReportTab::edit(QString IncidentForm::*member) const
{
    for (const TextField& t : m_texts) {
        if (t.member == member)
            return t.edit;
    }
    return nullptr;
}

// Check boxes in a row, then "Other:" with its text (ticked on the form when the text is not empty).
QWidget* InitialReportTab::boxesWithOther(std::initializer_list<QCheckBox*> boxes, QLineEdit* other)
{
    auto* row = new QWidget;
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    for (QCheckBox* b : boxes)
        h->addWidget(b);
    h->addSpacing(12);
    h->addWidget(new QLabel(tr("Other:")));
    h->addWidget(other, 1);
    other->setToolTip(FormFields::printedAs(QStringLiteral("Khác: …")));
    return row;
}

QGroupBox* InitialReportTab::contactGroup()
{
    auto* box = new QGroupBox(tr("2. Contact person"));
    box->setToolTip(FormFields::printedAs(QStringLiteral("2. Thông tin người liên hệ (*)")));
    auto* form = FormFields::newForm(box);
    FormFields::addRow(form, tr("Name:"), text(&IncidentForm::contactName, QStringLiteral("formContactName")),
                       FormFields::printedAs(QStringLiteral("Họ và tên (*)")));
    FormFields::addRow(form, tr("Position:"),
                       text(&IncidentForm::contactPosition, QStringLiteral("formContactPosition")),
                       FormFields::printedAs(QStringLiteral("Chức vụ")));
    FormFields::addRow(form, tr("Phone:"), text(&IncidentForm::contactPhone, QStringLiteral("formContactPhone")),
                       FormFields::printedAs(QStringLiteral("Điện thoại (*)")));
    FormFields::addRow(form, tr("Email:"), text(&IncidentForm::contactEmail, QStringLiteral("formContactEmail")),
                       FormFields::printedAs(QStringLiteral("Thư điện tử (*)")));
    form->addRow(hint(tr("Empty: the default contact of the report settings."), box));
    return box;
}

QGroupBox* InitialReportTab::systemGroup()
{
    auto* box = new QGroupBox(tr("3. Affected system"));
    box->setToolTip(FormFields::printedAs(QStringLiteral("3. Thông tin về hệ thống thông tin bị sự cố")));
    auto* form = FormFields::newForm(box);
    FormFields::addRow(form, tr("Operating unit:"),
                       text(&IncidentForm::operatingUnit, QStringLiteral("formOperatingUnit")),
                       FormFields::printedAs(QStringLiteral("Đơn vị vận hành hệ thống thông tin (*)")));
    QLineEdit* addresses = text(&IncidentForm::systemAddresses, QStringLiteral("formSystemAddresses"));
    addresses->setPlaceholderText(tr("related domains and IP addresses"));
    FormFields::addRow(form, tr("Domains and IP addresses:"), addresses,
                       FormFields::printedAs(QStringLiteral("Tên hệ thống, tên miền và địa chỉ IP liên quan")));
    QLineEdit* security = text(&IncidentForm::securityProvider, QStringLiteral("formSecurityProvider"));
    security->setPlaceholderText(tr("if any"));
    FormFields::addRow(form, tr("Security service provider:"), security,
                       FormFields::printedAs(QStringLiteral("Đơn vị cung cấp dịch vụ bảo đảm an toàn thông tin")));
    QLineEdit* connectivity = text(&IncidentForm::connectivityProvider, QStringLiteral("formConnectivityProvider"));
    connectivity->setPlaceholderText(tr("if any"));
    FormFields::addRow(form, tr("Connectivity provider:"), connectivity,
                       FormFields::printedAs(QStringLiteral("Đơn vị cung cấp dịch vụ kết nối")));
    return box;
}

QGroupBox* InitialReportTab::detectionGroup()
{
    auto* box = new QGroupBox(tr("7. How it was detected"));
    box->setToolTip(FormFields::printedAs(QStringLiteral("7. Cách thức phát hiện sự cố (*)")));
    auto* form = FormFields::newForm(box);
    form->addRow(flag(&IncidentForm::detectedByIds, QStringLiteral("formDetectedByIds"),
                      tr("By the intrusion-detection system"), QStringLiteral("Qua hệ thống phát hiện xâm nhập")));
    form->addRow(flag(&IncidentForm::detectedByLogReview, QStringLiteral("formDetectedByLogReview"),
                      tr("By reviewing logs"), QStringLiteral("Qua kiểm tra dữ liệu nhật ký")));
    QLineEdit* notifiedBy = text(&IncidentForm::notifiedBy, QStringLiteral("formNotifiedBy"));
    notifiedBy->setPlaceholderText(tr("who told us, if someone did"));
    FormFields::addRow(form, tr("Notified by:"), notifiedBy,
                       FormFields::printedAs(QStringLiteral("Nhận được thông báo từ: …")));
    FormFields::addRow(form, tr("Other:"), text(&IncidentForm::detectedOther, QStringLiteral("formDetectedOther")),
                       FormFields::printedAs(QStringLiteral("Khác: …")));
    form->addRow(hint(tr("Nothing ticked: tickets from monitoring print as detected by the intrusion-detection "
                         "system."),
                      box));
    return box;
}

QGroupBox* InitialReportTab::notifiedGroup()
{
    auto* box = new QGroupBox(tr("8. Already notified"));
    box->setToolTip(FormFields::printedAs(QStringLiteral("8. Đã thông báo sự cố cho (*)")));
    auto* v = new QVBoxLayout(box);
    v->addWidget(flag(&IncidentForm::notifiedNetworkMember, QStringLiteral("formNotifiedNetworkMember"),
                      tr("The responsible member of the response network"),
                      QStringLiteral("Thành viên mạng lưới ứng cứu sự cố")));
    v->addWidget(flag(&IncidentForm::notifiedIsp, QStringLiteral("formNotifiedIsp"),
                      tr("The telecommunications or Internet service provider (ISP)"),
                      QStringLiteral("Doanh nghiệp cung cấp dịch vụ viễn thông, Internet (ISP)")));
    v->addWidget(flag(&IncidentForm::notifiedCoordinator, QStringLiteral("formNotifiedCoordinator"),
                      tr("The national coordinator (VNCERT/CC)"),
                      QStringLiteral("Cơ quan điều phối quốc gia (VNCERT/CC)")));
    v->addWidget(hint(tr("The national coordinator is also ticked when its notification is recorded on the "
                         "incident."),
                      box));
    v->addStretch(1);
    return box;
}

QGroupBox* InitialReportTab::detailsGroup()
{
    auto* box = new QGroupBox(tr("9. Additional information about the system"));
    box->setToolTip(FormFields::printedAs(QStringLiteral("9. Thông tin bổ sung về hệ thống thông tin bị sự cố")));
    auto* form = FormFields::newForm(box);
    FormFields::addRow(form, tr("Operating system and version:"),
                       text(&IncidentForm::operatingSystem, QStringLiteral("formOperatingSystem")),
                       FormFields::printedAs(QStringLiteral("Hệ điều hành, phiên bản")));
    QWidget* services = boxesWithOther(
        {flag(&IncidentForm::serviceWeb, QStringLiteral("formServiceWeb"), tr("Web"), QStringLiteral("Web")),
         flag(&IncidentForm::serviceMail, QStringLiteral("formServiceMail"), tr("Mail"), QStringLiteral("Thư điện tử")),
         flag(&IncidentForm::serviceDatabase, QStringLiteral("formServiceDatabase"), tr("Database"),
              QStringLiteral("Cơ sở dữ liệu"))},
        text(&IncidentForm::serviceOther, QStringLiteral("formServiceOther")));
    FormFields::addRow(form, tr("Services on the system:"), services,
                       FormFields::printedAs(QStringLiteral("Các dịch vụ có trên hệ thống")));
    QWidget* measures = boxesWithOther({flag(&IncidentForm::measureAntivirus, QStringLiteral("formMeasureAntivirus"),
                                             tr("Anti-malware"), QStringLiteral("Phòng chống mã độc")),
                                        flag(&IncidentForm::measureFirewall, QStringLiteral("formMeasureFirewall"),
                                             tr("Firewall"), QStringLiteral("Tường lửa")),
                                        flag(&IncidentForm::measureIds, QStringLiteral("formMeasureIds"),
                                             tr("Intrusion detection"), QStringLiteral("Phát hiện xâm nhập"))},
                                       text(&IncidentForm::measureOther, QStringLiteral("formMeasureOther")));
    FormFields::addRow(form, tr("Security measures in place:"), measures,
                       FormFields::printedAs(QStringLiteral("Các biện pháp bảo đảm an toàn thông tin đã triển khai")));
    FormFields::addRow(form, tr("Public IP addresses:"),
                       text(&IncidentForm::publicIps, QStringLiteral("formPublicIps")),
                       FormFields::printedAs(QStringLiteral("Địa chỉ IP công khai của hệ thống")));
    FormFields::addRow(form, tr("Domain names:"), text(&IncidentForm::domains, QStringLiteral("formDomains")),
                       FormFields::printedAs(QStringLiteral("Các tên miền của hệ thống")));
    FormFields::addRow(form, tr("Main purpose of the system:"),
                       text(&IncidentForm::purpose, QStringLiteral("formPurpose")),
                       FormFields::printedAs(QStringLiteral("Mục đích chính sử dụng hệ thống")));
    QWidget* attachments =
        boxesWithOther({flag(&IncidentForm::attachLogs, QStringLiteral("formAttachLogs"), tr("System logs"),
                             QStringLiteral("Nhật ký hệ thống")),
                        flag(&IncidentForm::attachMalwareSample, QStringLiteral("formAttachMalwareSample"),
                             tr("Malware sample"), QStringLiteral("Mẫu mã độc"))},
                       text(&IncidentForm::attachOther, QStringLiteral("formAttachOther")));
    FormFields::addRow(form, tr("Sent with the report:"), attachments,
                       FormFields::printedAs(QStringLiteral("Thông tin gửi kèm")));
    m_confidential->setObjectName(QStringLiteral("formConfidential"));
    m_confidential->addItem(tr("Not stated (left out)"), -1);
    m_confidential->addItem(tr("Yes, keep it confidential"), 1);
    m_confidential->addItem(tr("No"), 0);
    auto* confidentialRow = new QHBoxLayout;
    confidentialRow->addWidget(m_confidential);
    confidentialRow->addStretch(1);
    form->addRow(tr("Keep the information confidential:"), confidentialRow);
    const QString confidentialTip = FormFields::printedAs(QStringLiteral("Đề nghị giữ bí mật thông tin: □ Có □ Không"));
    m_confidential->setToolTip(confidentialTip);
    if (QWidget* l = form->labelForField(confidentialRow))
        l->setToolTip(confidentialTip);
    return box;
}

QGroupBox* InitialReportTab::recommendationsGroup()
{
    auto* box = new QGroupBox(tr("10. Recommendations and requests for support"));
    box->setToolTip(FormFields::printedAs(QStringLiteral("10. Kiến nghị, đề xuất hỗ trợ")));
    m_recommendations->setObjectName(QStringLiteral("formRecommendations"));
    m_recommendations->setTabChangesFocus(true);
    m_recommendations->setPlaceholderText(tr("Empty: item 10 is left out"));
    m_recommendations->setFixedHeight(fontMetrics().lineSpacing() * 4 + 12);
    auto* v = new QVBoxLayout(box);
    v->addWidget(m_recommendations);
    return box;
}

void InitialReportTab::setDefaults(const domain::ReportSettings& settings, const QString& operatingUnit)
{
    edit(&IncidentForm::contactName)->setPlaceholderText(settings.contactName);
    edit(&IncidentForm::contactPosition)->setPlaceholderText(settings.contactPosition);
    edit(&IncidentForm::contactPhone)->setPlaceholderText(settings.contactPhone);
    edit(&IncidentForm::contactEmail)->setPlaceholderText(settings.contactEmail);
    edit(&IncidentForm::operatingUnit)->setPlaceholderText(operatingUnit);
}

void InitialReportTab::load(const IncidentForm& form)
{
    for (const TextField& t : m_texts)
        t.edit->setText(form.*t.member);
    for (const FlagField& f : m_flags)
        f.box->setChecked(form.*f.member);
    m_confidential->setCurrentIndex(m_confidential->findData(form.confidential ? (*form.confidential ? 1 : 0) : -1));
    m_recommendations->setPlainText(form.recommendations);
}

void InitialReportTab::store(IncidentForm& form) const
{
    for (const TextField& t : m_texts)
        form.*t.member = FormFields::keep(t.edit->text());
    for (const FlagField& f : m_flags)
        form.*f.member = f.box->isChecked();
    const int confidential = m_confidential->currentData().toInt();
    form.confidential = confidential < 0 ? std::nullopt : std::optional<bool>(confidential == 1);
    form.recommendations = FormFields::keep(m_recommendations->toPlainText());
}

} // namespace soc::ui
