#pragma once
// ZoneCanvas: draws and edits the zones (polygons) or directed lines of one settings field over
// a still of the camera (or a grey placeholder), in normalized picture coordinates.
//
//   click on free space   starts a shape (when under the field's limit) or adds a point to the
//                         shape being drawn; a line is finished by its second point
//   double-click          closes the polygon being drawn (3 points or more)
//   drag a point          moves it (clicking a point of another shape selects that shape)
//   right-click a point   removes it; Del/Backspace removes the selected point
//   Esc                   drops the shape being drawn
//
// Thread contract: GUI thread only.

#include "analytics/analyticsshapes.h"

#include <QImage>
#include <QWidget>

namespace vigil {

class ZoneCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit ZoneCanvas(bool lines, QWidget *parent = nullptr);

    // `sourceSize` gives the aspect ratio (the still may be scaled); a null still shows grey.
    void setStill(const QImage &still, QSize sourceSize = {});
    bool lines() const { return m_lines; }
    void setMaxShapes(int maxShapes) { m_maxShapes = maxShapes; } // -1 = unlimited

    const QList<AnalyticsShape> &shapes() const { return m_shapes; }
    void setShapes(const QList<AnalyticsShape> &shapes);
    int currentShape() const { return m_current; }
    void setCurrentShape(int index);
    // Changes the selected shape (name, direction) without touching its points.
    void updateCurrentShape(const AnalyticsShape &shape);
    void removeCurrentShape();
    bool isDrawing() const;

    // Where the picture is drawn (letterboxed), and the mapping to normalized coordinates.
    QRectF pictureRect() const;
    PictureMapping mapping() const { return {pictureRect(), QRectF(0, 0, 1, 1)}; }

    QSize sizeHint() const override { return {480, 270}; }
    QSize minimumSizeHint() const override { return {320, 180}; }

signals:
    void shapesChanged();
    void currentShapeChanged(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Hit
    {
        int shape = -1;
        int vertex = -1;
    };
    Hit vertexAt(QPointF pixel) const;
    QPointF clampedNormalized(QPointF pixel) const;
    void addPoint(QPointF pixel);
    void removeVertex(int shape, int vertex);
    void select(int shape, int vertex);

    const bool m_lines;
    QImage m_still;
    QSize m_sourceSize;
    int m_maxShapes = -1;
    QList<AnalyticsShape> m_shapes;
    int m_current = -1;
    int m_selectedVertex = -1;
    bool m_dragging = false;
};

} // namespace vigil
