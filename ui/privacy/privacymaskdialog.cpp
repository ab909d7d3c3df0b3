#include "privacy/privacymaskdialog.h"

#include "analytics/zonecanvas.h"
#include "privacy/privacymasklibrary.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace vigil {

PrivacyMaskDialog::PrivacyMaskDialog(const Input &input, PrivacyMaskLibrary *library,
                                     QWidget *parent)
    : QDialog(parent), m_cameraId(input.cameraId), m_library(library)
{
    setObjectName(QStringLiteral("privacyMaskDialog"));
    setWindowTitle(tr("Privacy masks — %1")
                       .arg(input.cameraName.isEmpty() ? input.cameraId : input.cameraName));
    m_canvas = new ZoneCanvas(false, this);
    m_canvas->setStill(input.still, input.sourceSize);
    QList<AnalyticsShape> shapes;
    for (const PrivacyMask &mask : input.masks) {
        AnalyticsShape shape;
        shape.name = mask.name;
        shape.points = QList<QPointF>(mask.polygon.cbegin(), mask.polygon.cend());
        shapes.append(shape);
    }
    m_canvas->setShapes(shapes);

    m_list = new QListWidget(this);
    m_list->setMaximumWidth(220);
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("Name of the mask"));
    m_delete = new QPushButton(tr("Delete mask"), this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #fbbf24"));
    auto *hint = new QLabel(tr("Click points to draw a polygon, double-click to close it. The "
                               "masked areas are shown black on every view, in analytics "
                               "overlays and in public exports."),
                            this);
    hint->setWordWrap(true);

    auto *side = new QVBoxLayout;
    side->addWidget(m_list, 1);
    auto *details = new QFormLayout;
    details->addRow(tr("Name:"), m_name);
    side->addLayout(details);
    side->addWidget(m_delete);
    auto *body = new QHBoxLayout;
    body->addWidget(m_canvas, 1);
    body->addLayout(side);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(body, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(860, 520);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &PrivacyMaskDialog::save);
    connect(m_canvas, &ZoneCanvas::shapesChanged, this, &PrivacyMaskDialog::refreshList);
    connect(m_canvas, &ZoneCanvas::currentShapeChanged, this, &PrivacyMaskDialog::showCurrent);
    connect(m_list, &QListWidget::currentRowChanged, m_canvas, &ZoneCanvas::setCurrentShape);
    connect(m_delete, &QPushButton::clicked, m_canvas, &ZoneCanvas::removeCurrentShape);
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        const int current = m_canvas->currentShape();
        if (current < 0)
            return;
        AnalyticsShape shape = m_canvas->shapes().at(current);
        shape.name = text;
        m_canvas->updateCurrentShape(shape);
    });
    if (m_library) {
        connect(m_library, &PrivacyMaskLibrary::saved, this, [this](const QString &cameraId) {
            if (cameraId == m_cameraId)
                accept();
        });
        connect(m_library, &PrivacyMaskLibrary::saveFailed, this,
                [this](const QString &cameraId, const QString &message) {
                    if (cameraId != m_cameraId)
                        return;
                    m_message->setText(message);
                    m_save->setEnabled(true);
                });
    }
    refreshList();
    showCurrent(m_canvas->currentShape());
}

void PrivacyMaskDialog::refreshList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QList<AnalyticsShape> &shapes = m_canvas->shapes();
    for (int i = 0; i < shapes.size(); ++i) {
        const QString name = shapes[i].name.isEmpty() ? tr("Mask %1").arg(i + 1) : shapes[i].name;
        m_list->addItem(shapes[i].closed ? name : tr("%1 (being drawn)").arg(name));
    }
    m_list->setCurrentRow(m_canvas->currentShape());
    m_message->clear();
}

void PrivacyMaskDialog::showCurrent(int index)
{
    const bool valid = index >= 0 && index < m_canvas->shapes().size();
    m_name->setEnabled(valid);
    m_delete->setEnabled(valid);
    m_name->setText(valid ? m_canvas->shapes().at(index).name : QString());
    const QSignalBlocker blocker(m_list);
    m_list->setCurrentRow(index);
}

bool PrivacyMaskDialog::collectMasks(PrivacyMaskList *masks, QString *error) const
{
    masks->clear();
    const QList<AnalyticsShape> &shapes = m_canvas->shapes();
    for (int i = 0; i < shapes.size(); ++i) {
        if (!shapes[i].closed) {
            *error = tr("Mask %1 is not finished: double-click to close the polygon, or press "
                        "Esc to drop it.")
                         .arg(i + 1);
            return false;
        }
        PrivacyMask mask;
        mask.name = shapes[i].name.trimmed();
        mask.polygon = QPolygonF(shapes[i].points);
        if (!validatePrivacyMask(m_cameraId, i, mask, error))
            return false;
        masks->append(mask);
    }
    return true;
}

void PrivacyMaskDialog::save()
{
    PrivacyMaskList masks;
    QString error;
    if (!collectMasks(&masks, &error)) {
        m_message->setText(error);
        return;
    }
    if (!m_library) {
        m_message->setText(tr("Privacy masks cannot be saved: no store is open."));
        return;
    }
    m_save->setEnabled(false);
    m_message->setText(tr("Saving…"));
    m_library->saveCamera(m_cameraId, masks);
}

} // namespace vigil
