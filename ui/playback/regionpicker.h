#pragma once
// RegionPicker: a camera picture with the 16×9 motion grid over it; drag to draw the search
// region (a rectangle, kept in fractions of the picture). Cells of the region are tinted.
//
// Thread contract: GUI thread only.

#include <QImage>
#include <QRectF>
#include <QWidget>

namespace vigil {

class RegionPicker : public QWidget
{
    Q_OBJECT
public:
    explicit RegionPicker(QWidget *parent = nullptr);

    void setPicture(const QImage &image); // null = a gray placeholder
    QRectF region() const { return m_region; }
    void setRegion(const QRectF &region);
    QSize sizeHint() const override { return {320, 180}; }

signals:
    void regionChanged(const QRectF &region);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QRectF pictureRect() const; // where the picture is drawn (aspect kept)
    QPointF fractionAt(const QPointF &position) const;

    QImage m_picture;
    QRectF m_region{0, 0, 1, 1};
    QPointF m_dragStart;
    bool m_dragging = false;
};

} // namespace vigil
