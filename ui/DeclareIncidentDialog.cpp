#include "DeclareIncidentDialog.h"

#include "AssetPicker.h"
#include "CaseCommands.h"
#include "FormFields.h"
#include "OccurredAtEdit.h"
#include "SeverityStyle.h"
#include "report/OfficialWording.h"
#include "store/CaseService.h"
#include "store/DatabaseError.h"
#include "store/OwnerLookup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace soc::ui {

using domain::IncidentHandling;
using domain::Severity;

namespace {

constexpr double kMaxDamageVnd = 1e15; // exact in a double, far above any estimate

} // namespace

DeclareIncidentDialog::DeclareIncidentDialog(CaseCommands* commands, const domain::Ticket& ticket,
                                             const std::optional<domain::Incident>& existing, QWidget* parent)
    : QDialog(parent)
    , m_commands(commands)
    , m_ticket(ticket)
    , m_existing(existing)
    , m_severity(new QComboBox(this))
    , m_severityGuidance(new QLabel(this))
    , m_type(new QComboBox(this))
    , m_assets(new AssetPicker(this))
    , m_system(new QLineEdit(this))
    , m_level(new QComboBox(this))
    , m_levelText(new QLabel(this))
    , m_grouping(new QLabel(this))
    , m_agency(new QLineEdit(this))
    , m_detected(new OccurredAtEdit(this))
    , m_reported(new OccurredAtEdit(this))
    , m_handling(new QComboBox(this))
    , m_supportRequested(new QCheckBox(this))
    , m_damage(new QDoubleSpinBox(this))
    , m_helping(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("declareIncidentDialog"));
    setWindowTitle(existing ? tr("Incident classification — %1").arg(ticket.code) : tr("Declare incident — %1").arg(ticket.code));
    m_severity->setObjectName(QStringLiteral("declareSeverity"));
    for (const Severity s : SeverityStyle::allLevels())
        m_severity->addItem(SeverityStyle::icon(s), domain::severityLabel(s), static_cast<int>(s));
    m_severityGuidance->setObjectName(QStringLiteral("declareSeverityGuidance"));
    m_severityGuidance->setWordWrap(true);
    m_type->setObjectName(QStringLiteral("declareType"));
    for (int t = 1; t <= domain::kIncidentTypeCount; ++t)
        m_type->addItem(tr("%1. %2").arg(t).arg(domain::incidentTypeLabel(t)), t);
    m_assets->setObjectName(QStringLiteral("declareAsset"));
    m_assets->setToolTip(tr("Takes the system, its security level and the owning agency from the asset register (R-31)"));
    if (const QString failed = m_assets->load(m_commands->database()); !failed.isEmpty())
        m_assets->setToolTip(tr("The asset register could not be read: %1").arg(failed));
    m_system->setObjectName(QStringLiteral("declareSystem"));
    m_system->setPlaceholderText(tr("e.g. provincial web portal (cong-tt), one-stop service system"));
    m_level->setObjectName(QStringLiteral("declareLevel"));
    m_level->addItem(tr("Unknown"), 0);
    for (int l = 1; l <= 5; ++l)
        m_level->addItem(tr("Level %1").arg(l), l);
    m_levelText->setObjectName(QStringLiteral("declareLevelText"));
    m_levelText->setWordWrap(true);

    auto* criteriaBox = new QGroupBox(tr("National grouping (R-2): serious only when all three parts hold"), this);
    criteriaBox->setObjectName(QStringLiteral("declareCriteria"));
    const QStringList criteria = {
        tr("The system is security level 4–5 (or national critical information infrastructure)"),
        tr("Service interruption"),
        tr("Possible disclosure of state secrets"),
        tr("Unrecoverable loss of integrity of important data"),
        tr("Loss of control of the system"),
        tr("Cascading harm to other level 4–5 systems"),
        tr("The owner cannot handle it alone"),
    };
    auto* cl = new QVBoxLayout(criteriaBox);
    cl->setSpacing(2);
    auto* harmList = new QVBoxLayout;
    harmList->setContentsMargins(20, 0, 0, 0);
    harmList->setSpacing(2);
    auto* harms = new QLabel(tr("and at least one of:"), criteriaBox);
    auto* andLabel = new QLabel(tr("and:"), criteriaBox);
    for (int i = 0; i < criteria.size(); ++i) {
        auto* box = new QCheckBox(criteria[i], criteriaBox);
        box->setObjectName(QStringLiteral("criterion_%1").arg(i));
        connect(box, &QCheckBox::toggled, this, &DeclareIncidentDialog::updateGrouping);
        if (i == 1) {
            cl->addWidget(harms);
            cl->addLayout(harmList);
        }
        if (i == 6)
            cl->addWidget(andLabel);
        (i >= 1 && i <= 5 ? harmList : cl)->addWidget(box);
        m_criteria << box;
    }
    m_grouping->setObjectName(QStringLiteral("declareGrouping"));
    m_grouping->setWordWrap(true);
    cl->addWidget(m_grouping);

    m_agency->setObjectName(QStringLiteral("declareAgency"));
    m_agency->setPlaceholderText(tr("agency that owns the affected system"));
    m_detected->setObjectName(QStringLiteral("declareDetected"));
    m_reported->setObjectName(QStringLiteral("declareReported"));
    m_detected->setNowSource([c = m_commands] { return c->nowMs(); });
    m_reported->setNowSource([c = m_commands] { return c->nowMs(); });
    m_error->setObjectName(QStringLiteral("declareError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #9b111e;"));
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(existing ? tr("Save classification") : tr("Declare incident"));

    auto* levelRow = new QHBoxLayout;
    levelRow->addWidget(m_system, 1);
    levelRow->addWidget(m_level);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Severity (R-1):"), m_severity);
    form->addRow(QString(), m_severityGuidance);
    form->addRow(tr("Incident type (R-4):"), m_type);
    form->addRow(tr("Asset register (R-31):"), m_assets);
    form->addRow(tr("Affected system and security level (R-5):"), levelRow);
    form->addRow(QString(), m_levelText);
    form->addRow(tr("Owning agency:"), m_agency);
    form->addRow(tr("Detected at:"), m_detected);
    form->addRow(tr("Reported at:"), m_reported);
    auto* content = new QWidget;
    auto* cv = new QVBoxLayout(content);
    cv->addLayout(form);
    cv->addWidget(criteriaBox);
    QGroupBox* assistance = assistanceGroup();
    assistance->setVisible(existing.has_value()); // how it was handled is known once the response is under way
    cv->addWidget(assistance);
    cv->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    // Start from what is known: the incident being edited, or the ticket.
    if (existing) {
        setSeverity(existing->severity);
        setType(existing->type);
        setSystem(existing->affectedSystem, existing->systemLevel);
        m_agency->setText(existing->owningAgency);
        const int bits = existing->criteria.toBits();
        for (int i = 0; i < m_criteria.size(); ++i)
            m_criteria[i]->setChecked(bits & (1 << i));
        m_detected->setValue(existing->detectedAtMs);
        m_reported->setValue(existing->reportedAtMs);
        m_detected->setEnabled(false); // the R-11 clock starts from it: not edited here
        m_reported->setEnabled(false);
        setHandling(existing->handling);
        setSupportRequested(existing->supportRequested);
        setEstimatedDamage(existing->estimatedDamageVnd);
        setHelpingOrganisations(existing->helpingOrganisations);
    } else {
        setSeverity(std::max(ticket.severity, Severity::Medium));
        setType(10);
        m_agency->setText(ticket.agency);
        m_detected->setValue(ticket.createdAtMs);
        m_reported->setValue(m_commands->nowMs());
    }
    connect(m_severity, &QComboBox::currentIndexChanged, this, &DeclareIncidentDialog::updateSeverityGuidance);
    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        const int level = m_level->currentData().toInt();
        if (level > 0)
            m_criteria[0]->setChecked(level >= 4);
        updateLevelText();
    });
    connect(m_assets, &AssetPicker::chosen, this, [this](const AssetPicker::Choice& c) {
        setSystem(c.system, c.systemLevel);
        if (!c.owningAgency.isEmpty())
            m_agency->setText(c.owningAgency);
    });
    connect(m_system, &QLineEdit::textEdited, this, [this](const QString& text) { m_assets->showSystem(text.trimmed()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DeclareIncidentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!existing || existing->affectedSystem.trimmed().isEmpty())
        prefillFromRegister();
    else
        m_assets->showSystem(existing->affectedSystem);
    updateSeverityGuidance();
    updateLevelText();
    updateGrouping();
    resize(760, 660); // fits a 1366×768 screen with a taskbar; the form scrolls
}

void DeclareIncidentDialog::prefillFromRegister()
{
    store::OwnerLookup::AffectedSystem found;
    try {
        found = store::OwnerLookup(m_commands->database()).affectedSystem(m_ticket.id);
    } catch (const store::DatabaseError&) {
        return; // the form stays as it was: the analyst types the system
    }
    if (!found.system.isEmpty()) {
        setSystem(found.system, found.systemLevel); // the level sets the "level 4-5" criterion
        m_assets->showSystem(found.system);
    }
    if (!found.owningAgency.isEmpty() && (m_agency->text().trimmed().isEmpty() || !found.system.isEmpty()))
        m_agency->setText(found.owningAgency);
}

QString DeclareIncidentDialog::system() const { return m_system->text().trimmed(); }
int DeclareIncidentDialog::systemLevel() const { return m_level->currentData().toInt(); }
QString DeclareIncidentDialog::agency() const { return m_agency->text().trimmed(); }

QGroupBox* DeclareIncidentDialog::assistanceGroup()
{
    auto* box = new QGroupBox(tr("Handling and assistance (Mẫu 05)"), this);
    box->setObjectName(QStringLiteral("declareAssistance"));
    m_handling->setObjectName(QStringLiteral("declareHandling"));
    const std::pair<IncidentHandling, QString> handlings[] = {
        {IncidentHandling::InHouse, tr("In-house")},
        {IncidentHandling::WithOtherOrganisations, tr("With help from other organisations in Vietnam")},
        {IncidentHandling::WithForeignOrganisations, tr("With help from foreign organisations")},
    };
    for (const auto& [handling, label] : handlings) {
        m_handling->addItem(label, static_cast<int>(handling));
        m_handling->setItemData(m_handling->count() - 1,
                                FormFields::printedAs(report::OfficialWording::handling(handling)), Qt::ToolTipRole);
    }
    m_supportRequested->setObjectName(QStringLiteral("declareSupportRequested"));
    m_supportRequested->setText(tr("Support was requested from the national coordinator (VNCERT/CC)"));
    m_supportRequested->setToolTip(
        FormFields::printedAs(QStringLiteral("Đề nghị Cơ quan điều phối quốc gia hỗ trợ")));
    m_damage->setObjectName(QStringLiteral("declareDamage"));
    m_damage->setDecimals(0);
    m_damage->setRange(0, kMaxDamageVnd);
    m_damage->setSingleStep(1'000'000);
    m_damage->setGroupSeparatorShown(true);
    m_damage->setSuffix(tr(" VND"));
    m_damage->setSpecialValueText(tr("Not estimated"));
    m_damage->setToolTip(FormFields::printedAs(QStringLiteral("Thiệt hại ước tính")));
    m_damage->setMinimumWidth(m_damage->fontMetrics().horizontalAdvance(QStringLiteral("0,000,000,000,000,000 VND"))
                              + 40); // the widest value and the arrows
    m_helping->setObjectName(QStringLiteral("declareHelpingOrganisations"));
    m_helping->setTabChangesFocus(true);
    m_helping->setPlaceholderText(tr("One organisation per line; required unless handled in-house"));
    m_helping->setToolTip(FormFields::printedAs(QStringLiteral("Tổ chức hỗ trợ")));
    m_helping->setFixedHeight(fontMetrics().lineSpacing() * 3 + 12);
    auto* damageRow = new QHBoxLayout;
    damageRow->addWidget(m_damage);
    damageRow->addStretch(1);
    auto* form = FormFields::newForm(box);
    form->addRow(tr("Handled:"), m_handling);
    form->addRow(QString(), m_supportRequested);
    form->addRow(tr("Estimated damage:"), damageRow);
    form->addRow(tr("Helping organisations:"), m_helping);
    return box;
}

void DeclareIncidentDialog::setHandling(IncidentHandling handling)
{
    m_handling->setCurrentIndex(std::max(0, m_handling->findData(static_cast<int>(handling))));
}

void DeclareIncidentDialog::setSupportRequested(bool requested) { m_supportRequested->setChecked(requested); }
void DeclareIncidentDialog::setEstimatedDamage(qint64 vnd) { m_damage->setValue(static_cast<double>(vnd)); }
qint64 DeclareIncidentDialog::estimatedDamage() const { return qRound64(m_damage->value()); }
void DeclareIncidentDialog::setHelpingOrganisations(const QString& lines) { m_helping->setPlainText(lines); }
QString DeclareIncidentDialog::error() const { return m_error->isHidden() ? QString() : m_error->text(); }

void DeclareIncidentDialog::setSeverity(Severity s) { m_severity->setCurrentIndex(std::max(0, m_severity->findData(static_cast<int>(s)))); }
void DeclareIncidentDialog::setType(int type) { m_type->setCurrentIndex(std::max(0, m_type->findData(type))); }
void DeclareIncidentDialog::setAgency(const QString& agency) { m_agency->setText(agency); }
void DeclareIncidentDialog::setCriterion(int index, bool on)
{
    if (index >= 0 && index < m_criteria.size())
        m_criteria[index]->setChecked(on);
}

void DeclareIncidentDialog::setSystem(const QString& name, int level)
{
    m_system->setText(name);
    m_level->setCurrentIndex(std::max(0, m_level->findData(level)));
}

domain::SeriousCriteria DeclareIncidentDialog::criteria() const
{
    int bits = 0;
    for (int i = 0; i < m_criteria.size(); ++i)
        if (m_criteria[i]->isChecked())
            bits |= 1 << i;
    return domain::SeriousCriteria::fromBits(bits);
}

QString DeclareIncidentDialog::groupingText() const { return m_grouping->text(); }

void DeclareIncidentDialog::updateSeverityGuidance()
{
    const auto s = static_cast<Severity>(m_severity->currentData().toInt());
    QString text = domain::severityGuidance(s);
    if (s >= Severity::High)
        text += u'\n' + tr("High and emergency incidents are reported at once to the direct superior and the provincial "
                           "department (R-13).");
    m_severityGuidance->setText(text);
}

void DeclareIncidentDialog::updateLevelText()
{
    const int level = m_level->currentData().toInt();
    m_levelText->setText(level > 0 ? domain::securityLevelLabel(level)
                                   : tr("Security level not known yet (NĐ 85/2016 levels 1–5)."));
}

void DeclareIncidentDialog::updateGrouping()
{
    const domain::SeriousCriteria c = criteria();
    const auto g = c.grouping();
    QString text = tr("Resulting grouping: %1").arg(domain::nationalGroupingLabel(g));
    if (g == domain::NationalGrouping::Ordinary) {
        QStringList missing;
        if (!c.systemLevel4or5)
            missing << tr("the system is not level 4–5");
        if (!(c.serviceInterruption || c.stateSecretDisclosure || c.unrecoverableIntegrityLoss || c.lossOfControl || c.cascadingHarm))
            missing << tr("none of the listed harms");
        if (!c.ownerCannotHandleAlone)
            missing << tr("the owner can handle it");
        text += QStringLiteral(" (") + missing.join(QStringLiteral("; ")) + u')';
    }
    m_grouping->setText(text);
    m_grouping->setStyleSheet(g == domain::NationalGrouping::Serious ? QStringLiteral("color: #9b111e; font-weight: bold;")
                                                                      : QStringLiteral("font-weight: bold;"));
}

void DeclareIncidentDialog::accept()
{
    const auto severity = static_cast<Severity>(m_severity->currentData().toInt());
    const int type = m_type->currentData().toInt();
    const QString system = m_system->text().trimmed();
    const int level = m_level->currentData().toInt();
    const QString agency = m_agency->text().trimmed();
    const domain::SeriousCriteria c = criteria();
    CaseCommands::Result r;
    if (m_existing) {
        domain::Incident i = *m_existing;
        i.severity = severity;
        i.type = type;
        i.criteria = c;
        i.affectedSystem = system;
        i.systemLevel = level;
        i.owningAgency = agency;
        i.handling = static_cast<IncidentHandling>(m_handling->currentData().toInt());
        i.supportRequested = m_supportRequested->isChecked();
        i.estimatedDamageVnd = estimatedDamage();
        QStringList helping = FormFields::lines(m_helping->toPlainText());
        for (QString& organisation : helping)
            organisation = organisation.trimmed();
        i.helpingOrganisations = helping.join(u'\n');
        if (i.handling != IncidentHandling::InHouse && helping.isEmpty()) {
            m_error->setText(tr("Name the organisations that helped, one per line: the half-yearly summary (Mẫu 05) "
                                "lists them for incidents not handled in-house."));
            m_error->show();
            if (auto* scroll = findChild<QScrollArea*>())
                scroll->ensureWidgetVisible(m_helping);
            m_helping->setFocus();
            return;
        }
        r = m_commands->run([&](store::CaseService& s) { s.updateIncident(i); });
    } else {
        store::CaseService::Declaration d;
        d.severity = severity;
        d.type = type;
        d.criteria = c;
        d.affectedSystem = system;
        d.systemLevel = level;
        d.owningAgency = agency;
        d.detectedAtMs = m_detected->value();
        d.reportedAtMs = m_reported->value();
        r = m_commands->run([&](store::CaseService& s) { s.declareIncident(m_ticket.id, d); });
    }
    if (r.ok()) {
        QDialog::accept();
        return;
    }
    m_error->setText(r.message);
    m_error->show();
}

} // namespace soc::ui
