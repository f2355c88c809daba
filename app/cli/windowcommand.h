// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

struct CommandLineOptions;

namespace WindowCommand {
// Loads the content, opens the main window on the chosen page and runs the
// event loop; or, for --screenshot and --quit-after-first-frame, exits after
// the first frame. Needs a QGuiApplication. Returns the exit status.
int run(const CommandLineOptions &options);
}
