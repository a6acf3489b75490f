#include "AccountReviewModel.h"

#include "CaseTime.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

namespace soc::ui {

AccountReviewModel::AccountReviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AccountReviewModel::setRows(std::vector<store::AccountReviewRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const store::AccountReviewRow* AccountReviewModel::row(int index) const
{
    return index >= 0 && index < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<size_t>(index)] : nullptr;
}

QString AccountReviewModel::header(int column)
{
    switch (column) {
    case User: return tr("User");
    case Name: return tr("Full name");
    case Role: return tr("Role");
    case LastSignIn: return tr("Last sign-in");
    case PasswordExpires: return tr("Password expires");
    case Validity: return tr("Valid until");
    case Status: return tr("Status");
    case Failures: return tr("Recent failures");
    default: return {};
    }
}

QString AccountReviewModel::when(qint64 ms) { return ms > 0 ? CaseTime::display(ms) : QStringLiteral("—"); }

QString AccountReviewModel::statusText(const store::AccountReviewRow& r)
{
    if (!r.problem.isEmpty())
        return tr("Unreadable: %1").arg(r.problem);
    QString reason;
    if (r.stateReason == u"failures")
        reason = tr("failed sign-ins");
    else if (r.stateReason == u"inactive")
        reason = tr("not used for too long");
    else if (r.stateReason == u"expired")
        reason = tr("validity ended");
    else if (r.stateReason == u"administrator")
        reason = tr("by an administrator");
    else
        reason = r.stateReason;
    QString text;
    if (r.state == u"locked")
        text = tr("Locked");
    else if (r.state == u"suspended")
        text = tr("Suspended");
    else
        text = tr("Active");
    if (!reason.isEmpty())
        text = tr("%1 (%2)").arg(text, reason);
    if (r.state != u"active" && r.stateSinceMs > 0)
        text = tr("%1 since %2").arg(text, when(r.stateSinceMs));
    if (r.mustChangePassword)
        text = tr("%1; must change the password").arg(text);
    return text;
}

QString AccountReviewModel::text(const store::AccountReviewRow& r, int column)
{
    const bool known = r.problem.isEmpty();
    switch (column) {
    case User: return r.username;
    case Name: return r.displayName;
    case Role: return known ? domain::roleLabel(r.role) : QString();
    case LastSignIn: return known ? (r.lastLoginAtMs > 0 ? when(r.lastLoginAtMs) : tr("never")) : QString();
    case PasswordExpires: return known ? when(r.passwordExpiresAtMs) : QString();
    case Validity: {
        if (!known)
            return {};
        if (r.expiresAtMs <= 0)
            return tr("no end");
        // Stored as the first moment after the last valid day.
        return CaseTime::local(r.expiresAtMs - 1).toString(QStringLiteral("dd/MM/yyyy"));
    }
    case Status: return statusText(r);
    case Failures: return QString::number(r.recentFailures);
    default: return {};
    }
}

int AccountReviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AccountReviewModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AccountReviewModel::data(const QModelIndex& index, int role) const
{
    const store::AccountReviewRow* r = row(index.row());
    if (!r)
        return {};
    if (role == Qt::DisplayRole)
        return text(*r, index.column());
    if (role == Qt::ToolTipRole && index.column() == Status)
        return statusText(*r);
    if (role == Qt::ForegroundRole && index.column() == Status && (r->state != u"active" || !r->problem.isEmpty()))
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::TextAlignmentRole && index.column() == Failures)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AccountReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return header(section);
    return {};
}

} // namespace soc::ui
