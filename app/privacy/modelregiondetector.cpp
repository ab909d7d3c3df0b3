#include "privacy/modelregiondetector.h"

#include "vision/detectornet.h"
#include "vision/facedetector.h"
#include "vision/platelocator.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace vigil {

namespace {

bool isVehicle(const QString &classId)
{
    return classId == QLatin1String("car") || classId == QLatin1String("bus") ||
           classId == QLatin1String("truck") || classId == QLatin1String("motorcycle");
}

class ModelRegionDetector : public PrivacyRegionDetector
{
public:
    ModelRegionDetector(std::unique_ptr<vision::FaceDetector> faces,
                        std::unique_ptr<vision::DetectorNet> objects,
                        std::unique_ptr<vision::PlateLocator> plates,
                        ModelRegionDetectorOptions options)
        : m_faces(std::move(faces)), m_objects(std::move(objects)), m_plates(std::move(plates)),
          m_options(options)
    {}

    bool detect(const QImage &rgb32, QList<PrivacyRegion> *regions, QString *error) override
    {
        regions->clear();
        const QImage picture =
            rgb32.format() == QImage::Format_RGB32 || rgb32.format() == QImage::Format_ARGB32
                ? rgb32
                : rgb32.convertToFormat(QImage::Format_RGB32);
        const cv::Mat bgra(picture.height(), picture.width(), CV_8UC4,
                           const_cast<uchar *>(picture.constBits()),
                           size_t(picture.bytesPerLine()));
        cv::cvtColor(bgra, m_bgr, cv::COLOR_BGRA2BGR);

        std::vector<vision::FaceBox> faces;
        if (!m_faces->detect(m_bgr, m_options.faceThreshold, &faces, error))
            return false;
        for (const vision::FaceBox &face : faces)
            regions->append({QRectF(face.box.x, face.box.y, face.box.width, face.box.height),
                             PrivacyRegionKind::Face, face.box.height * kBodyPerFace});

        QList<vision::Detection> objects;
        if (!m_objects->detect(m_bgr, m_options.objectThreshold, &objects, error))
            return false;
        // Largest vehicles first: the plate locator runs on at most kMaxPlateSearches of them.
        std::sort(objects.begin(), objects.end(), [](const auto &a, const auto &b) {
            return a.box.width * a.box.height > b.box.width * b.box.height;
        });
        int plateSearches = 0;
        for (const vision::Detection &object : std::as_const(objects)) {
            const QRectF box(object.box.x, object.box.y, object.box.width, object.box.height);
            if (object.classId == QLatin1String("person")) {
                regions->append({headBand(box), PrivacyRegionKind::HeadBand, box.height()});
            } else if (isVehicle(object.classId)) {
                const bool searched = m_plates && plateSearches < kMaxPlateSearches;
                plateSearches += searched ? 1 : 0;
                const std::size_t before = size_t(regions->size());
                if (searched && appendPlates(box, regions)) {
                    for (std::size_t i = before; i < size_t(regions->size()); ++i)
                        (*regions)[qsizetype(i)].motionReference = box.height();
                } else {
                    // No locator, over the budget, or no plate found: the lower band (a plate
                    // the locator misses must not be shown).
                    const double band = box.height() * m_options.plateBandFraction;
                    regions->append({QRectF(box.x(), box.bottom() - band, box.width(), band),
                                     PrivacyRegionKind::Plate, box.height()});
                }
            }
        }
        appendFullFramePlates(regions);
        return true;
    }

private:
    // The top of a person box. A box cut off by the bottom of the picture holds only the top of
    // the body (head, or head and chest): a fraction of its height would miss the face, so the
    // band reaches down 0.35 box widths, up to the whole box. Tuned on messi5.jpg moved to the
    // edges, where the boxes span several players; a group box touching the bottom must not
    // blur the whole picture. For a standing person whose feet are cut that is less than the
    // usual fraction, which then applies.
    QRectF headBand(const QRectF &person) const
    {
        double height = person.height() * m_options.headBandFraction;
        if (person.bottom() >= 1.0 - kEdgeTolerance) {
            const double widthAsHeight =
                person.width() * double(m_bgr.cols) / double(std::max(1, m_bgr.rows));
            height =
                std::max(height, std::min(person.height(), kHeadReachPerWidth * widthAsHeight));
        }
        return QRectF(person.x(), person.y(), person.width(), height);
    }

    // Plates anywhere in the picture, searched every fullFramePlateEvery-th run and reported
    // again by the runs in between (a parked or slow vehicle's plate stays covered).
    void appendFullFramePlates(QList<PrivacyRegion> *regions)
    {
        if (!m_plates || m_options.fullFramePlateEvery <= 0)
            return;
        if (m_runs++ % m_options.fullFramePlateEvery == 0) {
            m_fullFramePlates.clear();
            for (const vision::PlateCandidate &plate : m_plates->locate(m_bgr)) {
                const QRectF box(double(plate.box.x) / m_bgr.cols, double(plate.box.y) / m_bgr.rows,
                                 double(plate.box.width) / m_bgr.cols,
                                 double(plate.box.height) / m_bgr.rows);
                // A vehicle is about eight plate heights tall: the motion allowance of its
                // plate while the result ages.
                m_fullFramePlates.append(
                    {box, PrivacyRegionKind::Plate, box.height() * kVehiclePerPlate});
            }
        }
        regions->append(m_fullFramePlates);
    }

    static constexpr int kMaxPlateSearches = 4;
    static constexpr double kBodyPerFace = 7; // a person is about seven face heights tall
    static constexpr double kVehiclePerPlate = 8;
    static constexpr double kEdgeTolerance = 0.02;     // a box this close to the border touches it
    static constexpr double kHeadReachPerWidth = 0.35; // see headBand()

    // Plates located in the lower 60 % of a vehicle box; false when none was found.
    bool appendPlates(const QRectF &vehicle, QList<PrivacyRegion> *regions)
    {
        const cv::Rect picture(0, 0, m_bgr.cols, m_bgr.rows);
        const cv::Rect roi =
            cv::Rect(int(vehicle.x() * m_bgr.cols),
                     int((vehicle.y() + vehicle.height() * 0.4) * m_bgr.rows),
                     int(vehicle.width() * m_bgr.cols), int(vehicle.height() * 0.6 * m_bgr.rows)) &
            picture;
        if (roi.width < 8 || roi.height < 4)
            return false;
        const std::vector<vision::PlateCandidate> plates = m_plates->locate(m_bgr, roi);
        for (const vision::PlateCandidate &plate : plates)
            regions->append(
                {QRectF(double(plate.box.x) / m_bgr.cols, double(plate.box.y) / m_bgr.rows,
                        double(plate.box.width) / m_bgr.cols,
                        double(plate.box.height) / m_bgr.rows),
                 PrivacyRegionKind::Plate});
        return !plates.empty();
    }

    std::unique_ptr<vision::FaceDetector> m_faces;
    std::unique_ptr<vision::DetectorNet> m_objects;
    std::unique_ptr<vision::PlateLocator> m_plates; // may be null: bands instead
    ModelRegionDetectorOptions m_options;
    cv::Mat m_bgr;
    quint64 m_runs = 0;
    QList<PrivacyRegion> m_fullFramePlates; // of the last whole-picture search
};

} // namespace

std::unique_ptr<PrivacyRegionDetector> createModelRegionDetector(QString *error,
                                                                 ModelRegionDetectorOptions options)
{
    std::unique_ptr<vision::FaceDetector> faces =
        vision::FaceDetector::load(vision::faceModelPath(), error);
    if (!faces)
        return nullptr;
    vision::ModelSpec spec;
    spec.kind = vision::ModelKind::CenterNet;
    spec.inputSize = options.objectInputSize;
    spec.path = vision::centerNetPath(vision::modelDirectory(), spec.inputSize);
    std::unique_ptr<vision::DetectorNet> objects = vision::DetectorNet::load(spec, error);
    if (!objects)
        return nullptr;
    // Without the plate locator's model plates are covered by bands (still closed).
    QString plateError;
    std::unique_ptr<vision::PlateLocator> plates =
        vision::PlateLocator::load(vision::modelDirectory(), &plateError);
    return std::make_unique<ModelRegionDetector>(std::move(faces), std::move(objects),
                                                 std::move(plates), options);
}

} // namespace vigil
