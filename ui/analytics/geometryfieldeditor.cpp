#include "analytics/geometryfieldeditor.h"

#include "analytics/zonecanvas.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace vigil {

GeometryFieldEditor::GeometryFieldEditor(const SettingDescriptor &descriptor,
                                         const QJsonValue &value, const QImage &still,
                                         QSize sourceSize, QWidget *parent)
    : QWidget(parent), m_lines(descriptor.type == SettingType::LineList),
      m_maxItems(descriptor.maxItems)
{
    m_canvas = new ZoneCanvas(m_lines, this);
    m_canvas->setObjectName(QStringLiteral("zoneCanvas"));
    m_canvas->setStill(still, sourceSize);
    m_canvas->setMaxShapes(m_maxItems);
    m_canvas->setShapes(shapesFromJson(value, m_lines));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("shapeList"));
    m_list->setMaximumWidth(220);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("shapeName"));
    m_name->setPlaceholderText(m_lines ? tr("Name of the line") : tr("Name of the zone"));
    m_delete = new QPushButton(m_lines ? tr("Delete line") : tr("Delete zone"), this);

    auto *side = new QVBoxLayout;
    side->addWidget(m_list, 1);
    auto *details = new QFormLayout;
    details->addRow(tr("Name:"), m_name);
    if (m_lines) {
        m_direction = new QComboBox(this);
        m_direction->setObjectName(QStringLiteral("lineDirection"));
        m_direction->addItem(tr("Left to right"),
                             directionKey(AnalyticsShape::Direction::LeftToRight));
        m_direction->addItem(tr("Right to left"),
                             directionKey(AnalyticsShape::Direction::RightToLeft));
        m_direction->addItem(tr("Both directions"), directionKey(AnalyticsShape::Direction::Both));
        m_direction->setToolTip(
            tr("Crossings counted, as seen walking from the first point to the second; the "
               "arrows show the side a counted crossing ends on"));
        details->addRow(tr("Counts:"), m_direction);
        m_flip = new QPushButton(tr("Flip direction"), this);
        m_flip->setObjectName(QStringLiteral("flipDirection"));
        details->addRow(QString(), m_flip);
        connect(m_direction, &QComboBox::currentIndexChanged, this,
                &GeometryFieldEditor::editCurrent);
        connect(m_flip, &QPushButton::clicked, this, &GeometryFieldEditor::flipCurrent);
    }
    side->addLayout(details);
    side->addWidget(m_delete);
    m_limit = new QLabel(this);
    m_limit->setWordWrap(true);
    m_limit->setMaximumWidth(220);
    side->addWidget(m_limit);

    auto *hint = new QLabel(
        m_lines ? tr("Click two points to draw a line. Drag a point to move it; right-click "
                     "or Del removes it.")
                : tr("Click to add points, double-click to close the zone. Drag a point to move "
                     "it; right-click or Del removes it; Esc drops a zone being drawn."),
        this);
    hint->setWordWrap(true);
    auto *left = new QVBoxLayout;
    left->addWidget(m_canvas, 1);
    left->addWidget(hint);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 1);
    layout->addLayout(side);

    connect(m_canvas, &ZoneCanvas::shapesChanged, this, [this] {
        refreshList();
        emit changed();
    });
    connect(m_canvas, &ZoneCanvas::currentShapeChanged, this, &GeometryFieldEditor::showCurrent);
    connect(m_list, &QListWidget::currentRowChanged, m_canvas, &ZoneCanvas::setCurrentShape);
    connect(m_name, &QLineEdit::textEdited, this, &GeometryFieldEditor::editCurrent);
    connect(m_delete, &QPushButton::clicked, m_canvas, &ZoneCanvas::removeCurrentShape);
    refreshList();
    showCurrent(m_canvas->currentShape());
}

QJsonArray GeometryFieldEditor::value() const
{
    return shapesToJson(m_canvas->shapes());
}

QStringList GeometryFieldEditor::unfinishedShapes() const
{
    QStringList problems;
    const QList<AnalyticsShape> &shapes = m_canvas->shapes();
    for (int i = 0; i < shapes.size(); ++i) {
        if (shapes[i].closed)
            continue;
        problems << (m_lines
                         ? tr("%1 needs its second point.").arg(displayName(i))
                         : tr("%1 is not closed: double-click to finish it.").arg(displayName(i)));
    }
    return problems;
}

QString GeometryFieldEditor::displayName(int index) const
{
    const QString &name = m_canvas->shapes().at(index).name;
    if (!name.isEmpty())
        return name;
    return m_lines ? tr("Line %1").arg(index + 1) : tr("Zone %1").arg(index + 1);
}

void GeometryFieldEditor::refreshList()
{
    const QSignalBlocker block(m_list);
    const QList<AnalyticsShape> &shapes = m_canvas->shapes();
    while (m_list->count() > shapes.size())
        delete m_list->takeItem(m_list->count() - 1);
    for (int i = 0; i < shapes.size(); ++i) {
        const QString label =
            shapes[i].closed ? displayName(i) : tr("%1 (drawing)").arg(displayName(i));
        if (i < m_list->count())
            m_list->item(i)->setText(label);
        else
            m_list->addItem(label);
    }
    m_list->setCurrentRow(m_canvas->currentShape());
    const bool full = m_maxItems >= 0 && shapes.size() >= m_maxItems;
    m_limit->setText(full ? (m_lines ? tr("At most %n line(s).", nullptr, m_maxItems)
                                     : tr("At most %n zone(s).", nullptr, m_maxItems))
                          : QString());
}

void GeometryFieldEditor::showCurrent(int index)
{
    const bool valid = index >= 0 && index < m_canvas->shapes().size();
    {
        const QSignalBlocker blockList(m_list);
        m_list->setCurrentRow(index);
    }
    m_name->setEnabled(valid);
    m_delete->setEnabled(valid);
    const QSignalBlocker blockName(m_name);
    m_name->setText(valid ? m_canvas->shapes().at(index).name : QString());
    if (m_direction) {
        const QSignalBlocker blockDirection(m_direction);
        m_direction->setEnabled(valid);
        m_flip->setEnabled(valid && m_canvas->shapes().at(index).direction !=
                                        AnalyticsShape::Direction::Both);
        if (valid)
            m_direction->setCurrentIndex(
                m_direction->findData(directionKey(m_canvas->shapes().at(index).direction)));
    }
}

void GeometryFieldEditor::editCurrent()
{
    const int index = m_canvas->currentShape();
    if (index < 0)
        return;
    AnalyticsShape shape = m_canvas->shapes().at(index);
    shape.name = m_name->text().trimmed();
    if (m_direction)
        shape.direction = directionFromKey(m_direction->currentData().toString());
    m_canvas->updateCurrentShape(shape);
    if (m_flip)
        m_flip->setEnabled(shape.direction != AnalyticsShape::Direction::Both);
}

void GeometryFieldEditor::flipCurrent()
{
    const int index = m_canvas->currentShape();
    if (index < 0)
        return;
    AnalyticsShape shape = m_canvas->shapes().at(index);
    using Direction = AnalyticsShape::Direction;
    if (shape.direction == Direction::Both)
        return;
    shape.direction =
        shape.direction == Direction::LeftToRight ? Direction::RightToLeft : Direction::LeftToRight;
    m_canvas->updateCurrentShape(shape);
    showCurrent(index);
}

} // namespace vigil
