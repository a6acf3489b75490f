#pragma once

#include <QTimeZone>

namespace soc::domain {

// The zone in which the SOC's documents are dated and calendar years counted: Asia/Ho_Chi_Minh,
// or a fixed +07:00 where the system has no zone database.
const QTimeZone& socTimeZone();

} // namespace soc::domain
