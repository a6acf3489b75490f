#include "DetailPane.h"

#include "AlertTime.h"
#include "RecordFormatter.h"
#include "SeverityStyle.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace soc::ui {

namespace {

QString endpoint(const QString& ip, int port)
{
    if (ip.isEmpty())
        return QStringLiteral("—");
    return port ? QStringLiteral("%1 : %2").arg(ip).arg(port) : ip;
}

} // namespace

DetailPane::DetailPane(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_fields(new QWidget)
    , m_form(new QFormLayout(m_fields))
    , m_rawTitle(new QLabel(this))
    , m_raw(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("detailPane"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_empty->setObjectName(QStringLiteral("detailEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setVerticalSpacing(2);
    for (int i = 0; i <= static_cast<int>(Field::Uuid); ++i) {
        const Field f = static_cast<Field>(i);
        auto* name = new QLabel(m_fields);
        auto* value = new QLabel(m_fields);
        value->setObjectName(QStringLiteral("detail_") + key(f));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setWordWrap(true);
        value->setTextFormat(Qt::PlainText);
        name->setBuddy(value);
        m_labels.insert(f, name);
        m_values.insert(f, value);
        m_form->addRow(name, value);
    }
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    QFont rawTitleFont = m_rawTitle->font();
    rawTitleFont.setBold(true);
    m_rawTitle->setFont(rawTitleFont);
    m_raw->setObjectName(QStringLiteral("detailRaw"));
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* rawBox = new QWidget(this);
    auto* rawLayout = new QVBoxLayout(rawBox);
    rawLayout->setContentsMargins(0, 4, 0, 0);
    rawLayout->addWidget(m_rawTitle);
    rawLayout->addWidget(m_raw, 1);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("detailSplitter"));
    split->addWidget(scroll);
    split->addWidget(rawBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_empty, 1);
    layout->addWidget(split, 1);
    m_empty->setVisible(true);
    split->setVisible(false);
    retranslateUi();
    showAlert(std::nullopt);
}

QString DetailPane::key(Field f)
{
    switch (f) {
    case Field::Time: return QStringLiteral("time");
    case Field::Utc: return QStringLiteral("utc");
    case Field::SourceTime: return QStringLiteral("sourceTime");
    case Field::Severity: return QStringLiteral("severity");
    case Field::Status: return QStringLiteral("status");
    case Field::StatusBy: return QStringLiteral("statusBy");
    case Field::Reason: return QStringLiteral("reason");
    case Field::Subsystem: return QStringLiteral("subsystem");
    case Field::Product: return QStringLiteral("product");
    case Field::Signature: return QStringLiteral("signature");
    case Field::SignatureId: return QStringLiteral("signatureId");
    case Field::Category: return QStringLiteral("category");
    case Field::Source: return QStringLiteral("source");
    case Field::Destination: return QStringLiteral("destination");
    case Field::Protocol: return QStringLiteral("protocol");
    case Field::Host: return QStringLiteral("host");
    case Field::Agency: return QStringLiteral("agency");
    case Field::Asset: return QStringLiteral("asset");
    case Field::Mitre: return QStringLiteral("mitre");
    case Field::Uuid: return QStringLiteral("uuid");
    }
    return {};
}

QString DetailPane::label(Field f) const
{
    switch (f) {
    case Field::Time: return tr("Time (Vietnam)");           // Thời gian (giờ Việt Nam)
    case Field::Utc: return tr("Time (UTC)");
    case Field::SourceTime: return tr("Time at the source"); // Giờ tại nguồn
    case Field::Severity: return tr("Severity");             // Mức độ
    case Field::Status: return tr("Status");                 // Trạng thái
    case Field::StatusBy: return tr("Changed by");
    case Field::Reason: return tr("Reason");                 // Lý do
    case Field::Subsystem: return tr("Subsystem");           // Phân hệ
    case Field::Product: return tr("Sensor");
    case Field::Signature: return tr("Signature");
    case Field::SignatureId: return tr("Rule id");
    case Field::Category: return tr("Category");
    case Field::Source: return tr("Source");
    case Field::Destination: return tr("Destination");
    case Field::Protocol: return tr("Protocol");
    case Field::Host: return tr("Host");
    case Field::Agency: return tr("Agency");             // Đơn vị
    case Field::Asset: return tr("Asset");               // Tài sản
    case Field::Mitre: return tr("MITRE ATT&&CK");
    case Field::Uuid: return tr("Alert UUID");
    }
    return {};
}

void DetailPane::retranslateUi()
{
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it)
        it.value()->setText(label(it.key()) + u':');
    m_rawTitle->setText(tr("Original record, exactly as the sensor wrote it"));
    m_empty->setText(tr("Select an alert to see its details."));
    fill();
}

void DetailPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DetailPane::showAlert(const std::optional<domain::Alert>& alert, const store::OwnerLookup::Owner& owner)
{
    m_alert = alert;
    m_owner = alert ? owner : store::OwnerLookup::Owner{};
    fill();
}

QString DetailPane::agencyText() const
{
    if (!m_owner.agency)
        return tr("not in the agency directory");
    const auto& m = *m_owner.agency;
    if (!m.network.isEmpty())
        return tr("%1 (%2)").arg(m.agencyName, m.network);
    return tr("%1 (owner of the registered asset)").arg(m.agencyName);
}

QString DetailPane::assetText() const
{
    if (!m_owner.asset)
        return tr("not in the asset register");
    const domain::Asset& a = *m_owner.asset;
    QStringList facts;
    if (!a.type.isEmpty())
        facts << a.type;
    facts << (a.securityLevel > 0 ? tr("security level %1").arg(a.securityLevel) : tr("security level not classified"));
    facts << tr("criticality %1").arg(domain::criticalityLabel(a.criticality));
    QString text = tr("%1 — %2").arg(a.name, facts.join(QStringLiteral(", ")));
    if (!a.ip.isEmpty())
        text += QStringLiteral(" · ") + a.ip;
    return text;
}

void DetailPane::fill()
{
    const bool has = m_alert.has_value();
    m_empty->setVisible(!has);
    if (QWidget* split = findChild<QSplitter*>(QStringLiteral("detailSplitter")))
        split->setVisible(has);
    if (!has) {
        m_title->setText(tr("Alert details"));
        m_raw->clear();
        for (QLabel* v : std::as_const(m_values))
            v->clear();
        return;
    }
    const domain::Alert& a = *m_alert;
    const QString dash = QStringLiteral("—");
    auto orDash = [&dash](const QString& s) { return s.isEmpty() ? dash : s; };
    m_title->setText(a.signature.isEmpty() ? tr("Alert %1").arg(a.id) : a.signature);
    m_values[Field::Time]->setText(AlertTime::display(a.detectedAtMs));
    m_values[Field::Utc]->setText(AlertTime::utc(a.detectedAtMs));
    m_values[Field::SourceTime]->setText(a.sourceOffsetSec ? AlertTime::sourceWallClock(a.detectedAtMs, a.sourceOffsetSec)
                                                           : tr("no offset in the source record"));
    m_values[Field::Severity]->setText(domain::severityLabel(a.severity) + QStringLiteral(" — ")
                                       + domain::severityGuidance(a.severity));
    m_values[Field::Status]->setText(domain::alertStatusLabel(a.status));
    m_values[Field::StatusBy]->setText(a.statusBy.isEmpty() ? dash
                                                            : tr("%1, %2").arg(a.statusBy, AlertTime::display(a.statusAtMs)));
    m_values[Field::Reason]->setText(orDash(a.statusReason));
    m_values[Field::Subsystem]->setText(orDash(a.subsystem));
    m_values[Field::Product]->setText(orDash(a.source));
    m_values[Field::Signature]->setText(orDash(a.signature));
    m_values[Field::SignatureId]->setText(orDash(a.signatureId));
    m_values[Field::Category]->setText(orDash(a.category));
    m_values[Field::Source]->setText(endpoint(a.srcIp, a.srcPort));
    m_values[Field::Destination]->setText(endpoint(a.dstIp, a.dstPort));
    m_values[Field::Protocol]->setText(orDash(a.protocol));
    m_values[Field::Host]->setText(orDash(a.host));
    m_values[Field::Agency]->setText(agencyText());
    m_values[Field::Asset]->setText(assetText());
    m_values[Field::Mitre]->setText(a.mitre.isEmpty() ? dash : a.mitre.join(QStringLiteral(", ")));
    m_values[Field::Uuid]->setText(orDash(a.uuid));
    const bool reasonShown = !a.statusReason.isEmpty();
    m_labels[Field::Reason]->setVisible(reasonShown);
    m_values[Field::Reason]->setVisible(reasonShown);
    m_raw->setPlainText(RecordFormatter::pretty(a.raw));
}

QString DetailPane::rawText() const { return m_raw->toPlainText(); }

QString DetailPane::fieldText(const QString& k) const
{
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        if (key(it.key()) == k)
            return it.value()->text();
    return {};
}

} // namespace soc::ui
