#include "domain/ShiftSlot.h"

#include <QStringList>

namespace soc::domain {

QString ShiftSlot::key() const
{
    return isValid() ? date.toString(Qt::ISODate) + u'/' + QString::number(number) : QString();
}

bool ShiftSlot::parseKey(const QString& key, QDate* date, int* number)
{
    const QStringList parts = key.trimmed().split(u'/');
    if (parts.size() != 2)
        return false;
    const QDate d = QDate::fromString(parts[0], Qt::ISODate);
    bool ok = false;
    const int n = parts[1].toInt(&ok);
    if (!d.isValid() || !ok || n < 1)
        return false;
    *date = d;
    *number = n;
    return true;
}

} // namespace soc::domain
