#include "SyncStatusText.h"

#include "DurationText.h"

namespace soc::ui {

using sync::SyncStatus;

QString SyncStatusText::summary(const SyncStatus& s)
{
    QString text;
    switch (s.state) {
    case SyncStatus::State::NotConfigured: return tr("Working alone"); // Làm việc độc lập
    case SyncStatus::State::Connecting:
        text = tr("Connecting to the central store…"); // Đang kết nối kho trung tâm…
        break;
    case SyncStatus::State::Online:
        if (s.pending <= 0)
            text = tr("Synced"); // Đã đồng bộ
        else
            text = s.pending == 1 ? tr("Sending 1 change…")
                                  : tr("Sending %1 changes…").arg(s.pending); // Đang gửi N thay đổi…
        break;
    case SyncStatus::State::Offline:
        if (s.pending <= 0)
            text = tr("Offline — nothing waiting"); // Ngoại tuyến — không có thay đổi nào đang chờ
        else
            text = s.pending == 1
                       ? tr("Offline — 1 change waiting")
                       : tr("Offline — %1 changes waiting").arg(s.pending); // Ngoại tuyến — N thay đổi đang chờ
        break;
    case SyncStatus::State::Refused:
        return s.lastError.isEmpty() ? tr("Refused by the central store")  // Bị kho trung tâm từ chối
                                     : tr("Refused: %1").arg(s.lastError); // Bị từ chối: …
    }
    if (s.rejected > 0)
        text = tr("%1 · %2 rejected").arg(text).arg(s.rejected); // … · N bị từ chối
    return text;
}

QString SyncStatusText::stateWord(SyncStatus::State state)
{
    switch (state) {
    case SyncStatus::State::NotConfigured: return tr("Working alone: no central store is configured");
    case SyncStatus::State::Connecting: return tr("Connecting");                      // Đang kết nối
    case SyncStatus::State::Online: return tr("Online");                              // Trực tuyến
    case SyncStatus::State::Offline: return tr("Offline: working locally, retrying"); // Ngoại tuyến
    case SyncStatus::State::Refused: return tr("Refused: needs an administrator");    // Bị từ chối
    }
    return {};
}

QString SyncStatusText::changes(qint64 count)
{
    return count == 1 ? tr("1 change") : tr("%1 changes").arg(count);
}

QString SyncStatusText::ago(qint64 thenMs, qint64 nowMs)
{
    if (thenMs <= 0)
        return tr("never"); // chưa bao giờ
    if (nowMs - thenMs < 60'000)
        return tr("just now");                                   // vừa xong
    return tr("%1 ago").arg(DurationText::span(nowMs - thenMs)); // … trước
}

QString SyncStatusText::in(qint64 thenMs, qint64 nowMs)
{
    const qint64 ms = thenMs - nowMs;
    if (ms < 1000)
        return tr("now"); // ngay bây giờ
    if (ms < 60'000) {
        const qint64 seconds = (ms + 999) / 1000;
        return seconds == 1 ? tr("in 1 second") : tr("in %1 seconds").arg(seconds);
    }
    return tr("in %1").arg(DurationText::span(ms)); // sau …
}

QString SyncStatusText::latency(int ms)
{
    return ms < 0 ? QStringLiteral("—") : tr("%1 ms").arg(ms);
}

} // namespace soc::ui
