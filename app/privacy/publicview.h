#pragma once
// Public views: a window (or any QObject subtree) marked public shows faces and plates blurred.
// The mark is a dynamic property, so the core can read it from a display's owner without
// knowing widgets: a display is public when its owner or any ancestor carries the mark.
//
// Thread contract: GUI thread (QObject properties and parents).

class QObject;

namespace vigil {

void setPublicView(QObject *scope, bool isPublic);
bool isPublicView(const QObject *object); // the object or any ancestor is marked

} // namespace vigil
