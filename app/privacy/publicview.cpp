#include "privacy/publicview.h"

#include <QObject>
#include <QVariant>

namespace vigil {

namespace {
constexpr char kPublicViewProperty[] = "vigilPublicView";
}

void setPublicView(QObject *scope, bool isPublic)
{
    if (scope)
        scope->setProperty(kPublicViewProperty, isPublic);
}

bool isPublicView(const QObject *object)
{
    for (const QObject *o = object; o; o = o->parent())
        if (o->property(kPublicViewProperty).toBool())
            return true;
    return false;
}

} // namespace vigil
