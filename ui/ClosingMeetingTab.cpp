#include "ClosingMeetingTab.h"

#include "FormFields.h"
#include "OptionalDateTimeEdit.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace soc::ui {

ClosingMeetingTab::ClosingMeetingTab(QWidget* parent)
    : QScrollArea(parent)
    , m_start(new OptionalDateTimeEdit)
    , m_end(new OptionalDateTimeEdit)
    , m_place(new QLineEdit)
    , m_attendees(new QPlainTextEdit)
    , m_chair(new QLineEdit)
    , m_recorder(new QLineEdit)
{
    setObjectName(QStringLiteral("formMeetingTab"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    m_start->setObjectName(QStringLiteral("formMeetingStart"));
    m_end->setObjectName(QStringLiteral("formMeetingEnd"));
    m_place->setObjectName(QStringLiteral("formMeetingPlace"));
    m_attendees->setObjectName(QStringLiteral("formAttendees"));
    m_chair->setObjectName(QStringLiteral("formChair"));
    m_recorder->setObjectName(QStringLiteral("formRecorder"));
    m_attendees->setTabChangesFocus(true);
    m_attendees->setPlaceholderText(tr("One person per line, with their position.\nEmpty: the owners of the response "
                                       "steps and the assignee."));
    m_attendees->setMinimumHeight(fontMetrics().lineSpacing() * 6);

    auto* content = new QWidget;
    auto* intro = new QLabel(tr("The record of the meeting that closes the incident. Times are Hà Nội time; a time "
                                "that is not set prints as the time the record is issued (start) and one hour "
                                "later (end)."),
                             content);
    intro->setWordWrap(true);
    auto* form = FormFields::newForm(nullptr);
    FormFields::addRow(form, tr("Started at:"), m_start, FormFields::printedAs(QStringLiteral("Thời gian bắt đầu")));
    FormFields::addRow(form, tr("Ended at:"), m_end,
                       FormFields::printedAs(QStringLiteral("Cuộc họp kết thúc vào lúc")));
    FormFields::addRow(form, tr("Place:"), m_place, FormFields::printedAs(QStringLiteral("Địa điểm")));
    FormFields::addRow(form, tr("Attendees:"), m_attendees,
                       FormFields::printedAs(QStringLiteral("Thành phần tham dự")));
    FormFields::addRow(form, tr("Chair:"), m_chair, FormFields::printedAs(QStringLiteral("Chủ trì; ký CHỦ TỌA")));
    FormFields::addRow(form, tr("Recorder:"), m_recorder,
                       FormFields::printedAs(QStringLiteral("Thư ký (người ghi biên bản); ký THƯ KÝ")));
    auto* v = new QVBoxLayout(content);
    v->addWidget(intro);
    v->addLayout(form);
    v->addStretch(1);
    setWidget(content);
}

void ClosingMeetingTab::setNowSource(const std::function<qint64()>& now)
{
    m_start->setNowSource(now);
    m_end->setNowSource(now);
}

void ClosingMeetingTab::setDefaults(const QString& place, const QString& chair, const QString& recorder)
{
    m_place->setPlaceholderText(place);
    m_chair->setPlaceholderText(chair);
    m_recorder->setPlaceholderText(recorder);
}

void ClosingMeetingTab::load(const domain::IncidentForm& form)
{
    m_start->setValue(form.meetingStartMs);
    m_end->setValue(form.meetingEndMs);
    m_place->setText(form.meetingPlace);
    m_attendees->setPlainText(form.attendees.join(u'\n'));
    m_chair->setText(form.chair);
    m_recorder->setText(form.recorder);
}

void ClosingMeetingTab::store(domain::IncidentForm& form) const
{
    form.meetingStartMs = m_start->value();
    form.meetingEndMs = m_end->value();
    form.meetingPlace = FormFields::keep(m_place->text());
    form.attendees = FormFields::lines(m_attendees->toPlainText());
    form.chair = FormFields::keep(m_chair->text());
    form.recorder = FormFields::keep(m_recorder->text());
}

QString ClosingMeetingTab::problem() const
{
    if (m_start->value() && m_end->value() && m_end->value() < m_start->value())
        return tr("The closing meeting cannot end before it starts.");
    return {};
}

} // namespace soc::ui
