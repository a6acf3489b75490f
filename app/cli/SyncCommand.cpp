#include "cli/CliContext.h"
#include "cli/Commands.h"

namespace soc::cli {

int runSync(CliContext&, const QStringList&) { return UsageError; }

} // namespace soc::cli
