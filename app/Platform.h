#pragma once

// Everything that differs between operating systems lives behind these functions (Platform.cpp),
// so the rest of the code is the same on Linux and Windows.
namespace c360::app::platform {

// On Windows, c360.exe is a GUI program (no console window of its own); a command run from a
// console (`c360 sync …`) writes its output to that console. Elsewhere: nothing to do.
void attachToParentConsole();

} // namespace c360::app::platform
