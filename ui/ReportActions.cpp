#include "ReportActions.h"

#include <QAction>

namespace soc::ui {

using domain::ReportKind;

namespace {

constexpr ReportKind kIncidentDocuments[] = {ReportKind::Mau03, ReportKind::Mau04, ReportKind::Record,
                                             ReportKind::Incident};

} // namespace

ReportActions::ReportActions(QObject* parent)
    : QObject(parent)
    , m_forms(new QAction(this))
{
    for (ReportKind k : kIncidentDocuments) {
        auto* a = new QAction(this);
        a->setObjectName(QStringLiteral("actionReport_") + domain::reportKindKey(k));
        a->setData(static_cast<int>(k));
        connect(a, &QAction::triggered, this, [this, k] { emit documentRequested(k); });
        m_documents << a;
    }
    m_forms->setObjectName(QStringLiteral("actionReportForms"));
    connect(m_forms, &QAction::triggered, this, &ReportActions::formsRequested);
    retranslate();
    setAvailable(false);
}

QAction* ReportActions::document(ReportKind kind) const
{
    for (QAction* a : m_documents)
        if (a->data().toInt() == static_cast<int>(kind))
            return a;
    return nullptr;
}

void ReportActions::setAvailable(bool incidentOpen)
{
    for (QAction* a : m_documents)
        a->setEnabled(incidentOpen);
    m_forms->setEnabled(incidentOpen && m_forms->isVisible()); // hidden: the role may not (RoleGate)
}

void ReportActions::retranslate()
{
    const auto set = [this](ReportKind k, const QString& text, const QString& tip) {
        QAction* a = document(k);
        a->setText(text);
        a->setStatusTip(tip);
        a->setToolTip(tip);
    };
    set(ReportKind::Mau03, tr("Mẫu 03 — &initial incident report…"),
        tr("Preview the initial report of the open incident (TT 20/2017 Mẫu 03); issuing numbers it and records it "
           "on the timeline"));
    set(ReportKind::Mau04, tr("Mẫu 04 — &closing report…"),
        tr("Preview the report on the end of the response (Mẫu 04); it refers to the Mẫu 03 issued earlier, if any"));
    set(ReportKind::Record, tr("Closing &record (biên bản)…"),
        tr("Preview the record of the meeting that closes the response, for the chair and the recorder to sign"));
    set(ReportKind::Incident, tr("&Full incident report…"),
        tr("Preview the full report on the incident: classification, the seven steps, timeline and evidence"));
    m_forms->setText(tr("Fill in the report f&orms…"));
    m_forms->setStatusTip(tr("What the Mẫu 03, Mẫu 04 and the closing record print beyond the case itself: contacts, "
                             "findings, the chair and the recorder"));
}

} // namespace soc::ui
