#include "cli/CliContext.h"
#include "cli/Commands.h"

namespace soc::cli {

int runIngest(CliContext&, const QStringList&) { return UsageError; }

} // namespace soc::cli
