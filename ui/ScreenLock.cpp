#include "ScreenLock.h"

#include "AuditQueue.h"
#include "GlyphIcon.h"
#include "PasswordCheck.h"
#include "domain/Account.h"
#include "domain/SocTimeZone.h"
#include "security/SecretBuffer.h"
#include "store/Session.h"

#include <QApplication>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QProgressBar>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace soc::ui {

namespace {

// Calm on a dark room's eyes: low-contrast slate, no pure white, soft accents.
const char* const kStyle = R"(
#screenLock { background: #141a22; }
#screenLockCard { background: #1c232d; border: 1px solid #2b3542; border-radius: 12px; }
#screenLockCard QLabel { color: #d5dbe3; background: transparent; }
#screenLockTitle { color: #e8ecf1; }
#screenLockNote { color: #9aa4b0; }
#screenLockMessage { color: #ffb4a8; }
QLineEdit#screenLockPassword { background: #10151c; color: #e8ecf1; border: 1px solid #3a4656; border-radius: 6px;
  padding: 8px 12px; selection-background-color: #3d5a80; }
QLineEdit#screenLockPassword:focus { border: 1px solid #6f9bd1; }
QLineEdit#screenLockPassword:disabled { color: #6f7a87; }
QPushButton { background: #2c4767; color: #e8ecf1; border: 1px solid #40618a; border-radius: 6px; padding: 8px 22px; }
QPushButton:hover { background: #34547a; }
QPushButton:pressed { background: #233a55; }
QPushButton:focus { border: 1px solid #8db4e2; }
QPushButton:disabled { background: #232b36; color: #6f7a87; border-color: #2b3542; }
QProgressBar#screenLockBusy { background: #10151c; border: none; border-radius: 2px; }
QProgressBar#screenLockBusy::chunk { background: #6f9bd1; border-radius: 2px; }
)";

QFont scaled(QFont font, qreal factor, bool bold = false)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(font.pixelSize() * factor));
    font.setBold(bold);
    return font;
}

QIcon padlock(int size)
{
    return GlyphIcon::make(size, [size](QPainter& p, int scale) {
        const qreal s = size * scale;
        p.setRenderHint(QPainter::Antialiasing);
        QPen shackle(QColor(0x8d, 0xb4, 0xe2), s * 0.09);
        shackle.setCapStyle(Qt::RoundCap);
        p.setPen(shackle);
        p.setBrush(Qt::NoBrush);
        QPainterPath arc;
        arc.moveTo(s * 0.3, s * 0.48);
        arc.lineTo(s * 0.3, s * 0.34);
        arc.arcTo(QRectF(s * 0.3, s * 0.12, s * 0.4, s * 0.44), 180, -180);
        arc.lineTo(s * 0.7, s * 0.48);
        p.drawPath(arc);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x6f, 0x9b, 0xd1));
        p.drawRoundedRect(QRectF(s * 0.18, s * 0.45, s * 0.64, s * 0.45), s * 0.08, s * 0.08);
        p.setBrush(QColor(0x1c, 0x23, 0x2d));
        p.drawEllipse(QPointF(s * 0.5, s * 0.63), s * 0.06, s * 0.06);
        p.drawRect(QRectF(s * 0.475, s * 0.64, s * 0.05, s * 0.14));
    });
}

} // namespace

ScreenLock::ScreenLock(std::shared_ptr<store::Session> session, AuditQueue* audit, QWidget* window)
    : QWidget(window)
    , m_session(std::move(session))
    , m_window(window)
    , m_check(new PasswordCheck(this))
    , m_audit(audit)
{
    setObjectName(QStringLiteral("screenLock"));
    setAttribute(Qt::WA_StyledBackground);
    setAutoFillBackground(true);
    setStyleSheet(QString::fromLatin1(kStyle));
    buildUi();
    m_sessionEnd.setSingleShot(true);
    connect(&m_sessionEnd, &QTimer::timeout, this, &ScreenLock::sessionEndRequested);
    connect(m_unlock, &QPushButton::clicked, this, &ScreenLock::tryUnlock);
    connect(m_password, &QLineEdit::returnPressed, this, &ScreenLock::tryUnlock);
    connect(m_endNow, &QPushButton::clicked, this, [this] {
        m_sessionEnd.stop();
        emit sessionEndRequested();
    });
    connect(m_check, &PasswordCheck::succeeded, this, &ScreenLock::onUnlocked);
    connect(m_check, &PasswordCheck::failed, this, &ScreenLock::onFailed);
    m_window->installEventFilter(this); // follows the window's size
    retranslateUi();
    hide();
}

ScreenLock::~ScreenLock()
{
    if (m_locked)
        qApp->removeEventFilter(this);
}

void ScreenLock::buildUi()
{
    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("screenLockCard"));
    card->setAttribute(Qt::WA_StyledBackground);
    card->setMaximumWidth(fontMetrics().averageCharWidth() * 72);
    card->setMinimumWidth(fontMetrics().averageCharWidth() * 48);

    auto* icon = new QLabel(card);
    const int iconSize = fontMetrics().height() * 4;
    icon->setPixmap(padlock(iconSize).pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignCenter);
    m_title = new QLabel(card);
    m_title->setObjectName(QStringLiteral("screenLockTitle"));
    m_title->setFont(scaled(font(), 1.8, true));
    m_title->setAlignment(Qt::AlignCenter);
    m_who = new QLabel(card);
    m_who->setObjectName(QStringLiteral("screenLockUser"));
    m_who->setFont(scaled(font(), 1.15));
    m_who->setAlignment(Qt::AlignCenter);
    m_who->setWordWrap(true);
    m_since = new QLabel(card);
    m_since->setObjectName(QStringLiteral("screenLockSince"));
    m_since->setAlignment(Qt::AlignCenter);

    m_passwordLabel = new QLabel(card);
    m_password = new QLineEdit(card);
    m_password->setObjectName(QStringLiteral("screenLockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setFont(scaled(font(), 1.4));
    m_password->setAttribute(Qt::WA_InputMethodEnabled, false); // no IME preedit of the secret
    m_passwordLabel->setBuddy(m_password);
    m_unlock = new QPushButton(card);
    m_unlock->setObjectName(QStringLiteral("screenLockUnlock"));
    m_unlock->setFont(scaled(font(), 1.2));
    m_unlock->setAutoDefault(false); // Enter in the field unlocks through returnPressed, once
    m_busy = new QProgressBar(card);
    m_busy->setObjectName(QStringLiteral("screenLockBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedHeight(4);
    m_busy->setVisible(false);
    m_message = new QLabel(card);
    m_message->setObjectName(QStringLiteral("screenLockMessage"));
    m_message->setWordWrap(true);
    m_message->setFont(scaled(font(), 1.1));
    m_message->setVisible(false);
    m_endNow = new QPushButton(card);
    m_endNow->setObjectName(QStringLiteral("screenLockEndSession"));
    m_endNow->setVisible(false);
    m_note = new QLabel(card);
    m_note->setObjectName(QStringLiteral("screenLockNote"));
    m_note->setWordWrap(true);

    auto* entry = new QHBoxLayout;
    entry->setSpacing(10);
    entry->addWidget(m_password, 1);
    entry->addWidget(m_unlock);
    auto* inner = new QVBoxLayout(card);
    inner->setContentsMargins(36, 30, 36, 30);
    inner->setSpacing(10);
    inner->addWidget(icon);
    inner->addWidget(m_title);
    inner->addWidget(m_who);
    inner->addWidget(m_since);
    inner->addSpacing(18);
    inner->addWidget(m_passwordLabel);
    inner->addLayout(entry);
    inner->addWidget(m_busy);
    inner->addWidget(m_message);
    inner->addWidget(m_endNow, 0, Qt::AlignRight);
    inner->addSpacing(12);
    inner->addWidget(m_note);

    auto* outer = new QVBoxLayout(this);
    outer->addStretch(2);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card, 4);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(3);
}

void ScreenLock::retranslateUi()
{
    const domain::Account& a = m_session->account();
    const QString who = a.displayName.isEmpty() || a.displayName == a.username
                            ? a.username
                            : QStringLiteral("%1 (%2)").arg(a.displayName, a.username);
    m_title->setText(tr("Screen locked")); // Màn hình đã khóa
    // Máy trạm %1 · %2 · %3
    m_who->setText(tr("Station %1 · %2 · %3").arg(QSysInfo::machineHostName(), who, domain::roleLabel(a.role)));
    m_since->setText(m_lockedAt.isValid()
                         ? tr("Locked at %1").arg(m_lockedAt.toTimeZone(domain::socTimeZone()).toString(QStringLiteral("dd/MM/yyyy HH:mm")))
                         : QString()); // Khóa lúc %1
    m_passwordLabel->setText(tr("&Password of %1:").arg(a.username)); // Mật khẩu của %1:
    m_password->setPlaceholderText(tr("Type your password, then press Enter")); // Nhập mật khẩu rồi nhấn Enter
    m_unlock->setText(tr("&Unlock"));                                             // Mở khóa
    m_endNow->setText(tr("Close the session now"));                               // Đóng phiên ngay
    // Công việc vẫn tiếp tục chạy nền: ...
    m_note->setText(tr("Work continues in the background while the screen is locked: new alerts arrive, "
                       "synchronisation with the central store and imports keep running."));
}

void ScreenLock::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool ScreenLock::isChecking() const { return m_check->isRunning(); }

QString ScreenLock::message() const { return m_message->isHidden() ? QString() : m_message->text(); }

void ScreenLock::lock(const QString& trigger)
{
    if (m_locked)
        return;
    m_locked = true;
    m_ending = false;
    m_focus = QApplication::focusWidget();
    if (!m_focus || m_focus == m_window)
        m_focus = m_window->focusWidget();
    m_lockedAt = QDateTime::currentDateTimeUtc();
    m_content.conceal(m_window, this);
    qApp->installEventFilter(this);
    m_password->setText(QString()); // unlike clear(), also drops the undo history
    m_message->setVisible(false);
    m_endNow->setVisible(false);
    setChecking(false);
    retranslateUi();
    setGeometry(m_window->rect());
    show();
    raise();
    m_password->setFocus(Qt::OtherFocusReason);
    audit(QStringLiteral("screen.lock"), QStringLiteral("ok"), QStringLiteral("trigger"), trigger);
    emit locked();
}

void ScreenLock::tryUnlock()
{
    if (!m_locked || m_ending || m_check->isRunning())
        return;
    if (m_password->text().isEmpty()) {
        showMessage(tr("Type your password to unlock the screen.")); // Nhập mật khẩu để mở khóa màn hình.
        m_password->setFocus();
        return;
    }
    security::SecretBuffer password = security::SecretBuffer::fromUtf8(m_password->text());
    m_password->setText(QString()); // unlike clear(), also drops the undo history
    m_message->setVisible(false);
    setChecking(true);
    m_check->start(m_session->workspaceDir(), m_session->account().username, std::move(password));
}

void ScreenLock::onUnlocked()
{
    setChecking(false);
    if (!m_locked)
        return;
    audit(QStringLiteral("screen.unlock"), QStringLiteral("ok"), {}, {});
    unlockNow();
}

void ScreenLock::unlockNow()
{
    m_locked = false;
    qApp->removeEventFilter(this);
    hide();
    m_content.reveal();
    if (m_focus && m_focus->isVisible()) {
        m_focus->activateWindow();
        m_focus->setFocus(Qt::OtherFocusReason);
    }
    m_focus = nullptr;
    emit unlocked();
}

void ScreenLock::onFailed(store::ErrorCode code, const QString& message)
{
    setChecking(false);
    const QString user = m_session->account().username;
    switch (code) {
    case store::ErrorCode::WrongPassword:
        audit(QStringLiteral("screen.unlock"), QStringLiteral("failed"), QStringLiteral("reason"), QStringLiteral("wrong_password"));
        // Sai mật khẩu. Màn hình vẫn khóa. ...
        showMessage(tr("Wrong password for %1. The screen stays locked. Check Caps Lock and the keyboard layout "
                       "(Unikey/Telex), then try again.")
                        .arg(user));
        break;
    case store::ErrorCode::AccountLocked:
    case store::ErrorCode::AccountSuspended:
        audit(QStringLiteral("screen.unlock"), QStringLiteral("refused"), QStringLiteral("reason"),
              code == store::ErrorCode::AccountLocked ? QStringLiteral("account_locked") : QStringLiteral("account_suspended"));
        m_ending = true;
        // Tài khoản %1 đã bị khóa ... Chỉ quản trị viên mới mở khóa được. ...
        showMessage((code == store::ErrorCode::AccountLocked
                         ? tr("The account %1 is locked after too many failed attempts. Only an administrator can unlock it.")
                         : tr("The account %1 is suspended. Only an administrator can reactivate it."))
                        .arg(user)
                    + QLatin1Char(' ')
                    + tr("This session will now close; all saved work is kept and background work stops safely."));
        m_password->setEnabled(false);
        m_unlock->setEnabled(false);
        m_endNow->setVisible(true);
        m_endNow->setFocus();
        m_sessionEnd.start(m_sessionEndDelay);
        return;
    default:
        audit(QStringLiteral("screen.unlock"), QStringLiteral("failed"), QStringLiteral("reason"), QStringLiteral("error"));
        showMessage(tr("The password could not be checked: %1 The screen stays locked.").arg(message));
        break;
    }
    m_password->setText(QString()); // unlike clear(), also drops the undo history
    m_password->setFocus();
}

void ScreenLock::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(true);
}

void ScreenLock::setChecking(bool checking)
{
    m_busy->setVisible(checking);
    m_password->setEnabled(!checking && !m_ending);
    m_unlock->setEnabled(!checking && !m_ending);
    if (!checking && !m_ending)
        m_password->setFocus();
}

void ScreenLock::audit(const QString& action, const QString& outcome, const QString& detailKey, const QString& detailValue)
{
    const domain::Account& a = m_session->account();
    QString details;
    if (!detailKey.isEmpty())
        details = QString::fromUtf8(QJsonDocument(QJsonObject{{detailKey, detailValue}}).toJson(QJsonDocument::Compact));
    m_audit->append({0, a.username, action, QStringLiteral("account"), a.id, outcome, details});
}

bool ScreenLock::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::Resize && m_locked)
        setGeometry(m_window->rect());
    if (m_locked && filterWhileLocked(watched, event))
        return true;
    return QWidget::eventFilter(watched, event);
}

// Application-wide while locked: no shortcut of the hidden content fires, and a window that
// appears (a background job's message) is hidden until the unlock.
bool ScreenLock::filterWhileLocked(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::ShortcutOverride: {
        const bool mine = LockedContent::belongsTo(watched, this);
        if (mine && static_cast<QKeyEvent*>(event)->modifiers().testFlag(Qt::AltModifier))
            return false; // the lock's own mnemonics (Alt+U)
        event->accept(); // the key goes to the focused widget as a plain key press, never to a shortcut
        return true;
    }
    case QEvent::Shortcut:
        return !LockedContent::belongsTo(watched, this);
    case QEvent::Show: {
        auto* w = qobject_cast<QWidget*>(watched);
        if (w && w->isWindow() && w != m_window && w->windowType() != Qt::ToolTip && !LockedContent::belongsTo(w, this)) {
            // Hiding inside its own show event would confuse the platform window: hide right after.
            QTimer::singleShot(0, this, [this, late = QPointer<QWidget>(w)] {
                if (!m_locked || !late || !late->isVisible())
                    return;
                m_content.concealLate(late);
                m_window->activateWindow(); // the password field, not the hidden window, takes the keys
                m_password->setFocus(Qt::OtherFocusReason);
            });
        }
        return false;
    }
    default:
        return false;
    }
}

} // namespace soc::ui
