#include "alerts/alertcellformat.h"

#include "alerts/alertlabels.h"

namespace vigil {

QString alertTimeText(const QDateTime &time, bool withDate)
{
    if (!time.isValid())
        return {};
    return time.toLocalTime().toString(withDate ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                                : QStringLiteral("HH:mm:ss"));
}

QVariant alertFieldDisplay(const Alert &alert, AlertField field)
{
    switch (field) {
    case AlertField::Priority:
        return priorityLabel(alert.priority);
    case AlertField::State:
        return alertStateLabel(alert.state);
    case AlertField::Type:
        return alertTypeLabel(alert.type);
    case AlertField::Camera:
        return alert.cameraId.isEmpty() ? alert.checkpointId : alert.cameraId;
    case AlertField::Summary:
        return alert.summary;
    case AlertField::EventCount:
        return alert.eventCount;
    case AlertField::RaisedTime:
        return alertTimeText(alert.createdAt, false);
    case AlertField::RaisedDateTime:
        return alertTimeText(alert.createdAt, true);
    case AlertField::Resolution:
        return resolutionLabel(alert.resolution);
    case AlertField::ResolvedDateTime:
        return alertTimeText(alert.resolvedAt, true);
    case AlertField::Unit:
        return alert.unit;
    case AlertField::Operator:
        return alert.assignedTo;
    }
    return {};
}

} // namespace vigil
