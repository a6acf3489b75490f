#pragma once

#include <QString>

namespace soc::ui {

// Starts the desktop application on `workspaceDir` (first start offers to create it).
int runGui(int argc, char** argv, const QString& workspaceDir, const QString& language, const QString& user);

} // namespace soc::ui
