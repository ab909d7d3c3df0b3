#pragma once
// The dark control-room theme: Fusion style, dark palette, CJK-capable font, the QSS from
// :/theme/dark.qss and the window icon. GUI thread, once at start-up.

class QApplication;

namespace vigil {

void applyDarkTheme(QApplication &app);

} // namespace vigil
