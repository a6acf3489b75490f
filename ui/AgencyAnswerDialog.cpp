#include "AgencyAnswerDialog.h"

#include "CaseTime.h"
#include "domain/Clock.h"
#include "store/AgencyRequests.h"
#include "store/DatabaseError.h"
#include "store/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace soc::ui {

AgencyAnswerDialog::AgencyAnswerDialog(std::shared_ptr<store::Session> session, const domain::Clock& clock,
                                       QWidget* parent)
    : QDialog(parent)
    , m_session(std::move(session))
    , m_clock(clock)
    , m_request(new QComboBox(this))
    , m_details(new QLabel(this))
    , m_answer(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("agencyAnswerDialog"));
    setWindowTitle(tr("Record an agency's answer"));
    m_request->setObjectName(QStringLiteral("answerRequest"));
    m_request->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_request->setMinimumContentsLength(40);
    m_details->setObjectName(QStringLiteral("answerDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_answer->setObjectName(QStringLiteral("answerText"));
    m_answer->setTabChangesFocus(true);
    m_answer->setPlaceholderText(tr("What the agency reported: actions taken and their results"));
    m_error->setObjectName(QStringLiteral("answerError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #9b111e;"));
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record answer"));

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Request:"), m_request);
    form->addRow(QString(), m_details);
    form->addRow(tr("Answer:"), m_answer);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_request, &QComboBox::currentIndexChanged, this, [this](int row) {
        const bool valid = row >= 0 && row < requestCount();
        if (!valid) {
            m_details->clear();
        } else {
            const domain::AgencyRequest& r = m_requests[static_cast<size_t>(row)];
            m_details->setText(tr("Sent %1 by %2 (%3); due %4.\n%5")
                                   .arg(CaseTime::display(r.sentAtMs), r.createdBy, domain::commChannelLabel(r.channel),
                                        CaseTime::display(r.dueAtMs), r.text));
        }
        updateOk();
    });
    connect(m_answer, &QPlainTextEdit::textChanged, this, &AgencyAnswerDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AgencyAnswerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
    resize(760, 360);
}

void AgencyAnswerDialog::load()
{
    const qint64 now = m_clock.nowMs();
    try {
        for (domain::AgencyRequest& r : store::AgencyRequests(m_session->database(), QString(), m_clock).list())
            if (r.status == domain::AgencyRequest::Status::Open)
                m_requests.push_back(std::move(r));
    } catch (const store::DatabaseError& e) {
        m_error->setText(tr("The requests could not be read: %1").arg(e.message()));
        m_error->show();
    }
    // The most overdue first, then the ones due soonest.
    std::stable_sort(m_requests.begin(), m_requests.end(),
                     [](const domain::AgencyRequest& a, const domain::AgencyRequest& b) { return a.dueAtMs < b.dueAtMs; });
    for (const domain::AgencyRequest& r : m_requests) {
        const QString text = r.text.size() > 48 ? r.text.left(48) + u'…' : r.text;
        const QString label = r.isOverdueAt(now) ? tr("#%1 · %2 · overdue since %3 · %4") : tr("#%1 · %2 · due %3 · %4");
        m_request->addItem(label.arg(r.number).arg(r.agencyName, CaseTime::display(r.dueAtMs), text), r.number);
        m_request->setItemData(m_request->count() - 1, r.text, Qt::ToolTipRole);
    }
    if (m_requests.empty()) {
        m_request->addItem(tr("No open requests to agencies"));
        m_request->setEnabled(false);
        m_answer->setEnabled(false);
    }
    updateOk();
}

bool AgencyAnswerDialog::selectRequest(qint64 number)
{
    const int row = m_request->findData(number);
    if (row < 0)
        return false;
    m_request->setCurrentIndex(row);
    return true;
}

void AgencyAnswerDialog::setAnswer(const QString& text) { m_answer->setPlainText(text); }

QString AgencyAnswerDialog::error() const { return m_error->isHidden() ? QString() : m_error->text(); }

void AgencyAnswerDialog::updateOk()
{
    const int row = m_request->currentIndex();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(row >= 0 && row < requestCount() && !m_answer->toPlainText().trimmed().isEmpty());
}

void AgencyAnswerDialog::accept()
{
    const int row = m_request->currentIndex();
    const QString text = m_answer->toPlainText().trimmed();
    if (row < 0 || row >= requestCount() || text.isEmpty())
        return;
    const qint64 number = m_requests[static_cast<size_t>(row)].number;
    try {
        store::AgencyRequests(m_session->database(), m_session->account().username, m_clock).answer(number, text);
    } catch (const store::DatabaseError& e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    emit answered(number);
    QDialog::accept();
}

} // namespace soc::ui
