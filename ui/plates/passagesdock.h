#pragma once
// PassagesDock: search the passage records (plate or wildcard pattern 鄂C*12?5, time range,
// checkpoint or ring), page through the results, preview the plate crop and vehicle snapshot,
// and the track view: the selected plate's reads over the time range drawn on the map (through
// trackReady → MapDock::showTrack) with their snapshots in a strip. The hotlist dialog opens
// from here. Searches and track reads run on the PassageReader's thread and images are decoded
// on the thread pool; the dock only shows results.
//
// Thread contract: GUI thread only. The PassageService must outlive the dock.

#include "geo/vehicletrack.h"
#include "model/site.h"
#include "plates/passagerecord.h"

#include <QDockWidget>
#include <QFutureWatcher>
#include <QImage>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace vigil {

class PassageService;
class PassageTableModel;

class PassagesDock : public QDockWidget
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 100;

    explicit PassagesDock(PassageService &service, QWidget *parent = nullptr);
    ~PassagesDock() override;

    void setSite(const Site &site);
    // Runs the form's search from the first page; false (and a located error) when the plate
    // field is not a valid plate or pattern.
    bool search();
    void showPage(int page);
    // Track view for `plate` over [from, to].
    void showTrack(const QString &plate, const QDateTime &from, const QDateTime &to);
    // The alert's "Show track": the plate's reads in the day before `at`.
    void showTrackUntil(const QString &plate, const QDateTime &at);
    void openHotlist();

    PassageTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *plateField() const { return m_plate; }
    QComboBox *scopeBox() const { return m_scope; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *toEdit() const { return m_to; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *errorLabel() const { return m_error; }
    QListWidget *snapshotStrip() const { return m_strip; }
    QLabel *cropPreview() const { return m_crop; }
    QLabel *snapshotPreview() const { return m_snapshot; }
    int page() const { return m_page; }
    bool hasNextPage() const { return m_hasMore; }

signals:
    void trackReady(const vigil::geo::VehicleTrack &track);
    // A search page or a track arrived (tests wait for these).
    void resultsShown();
    void trackShown(int reads);

private:
    struct PreviewImages
    {
        quint64 selection = 0;
        QImage crop;
        QImage snapshot;
    };
    struct StripImages
    {
        quint64 track = 0;
        QList<QImage> thumbnails;
    };

    QWidget *buildForm();
    QWidget *buildResults();
    QWidget *buildTrackStrip();
    void runQuery();
    void onSearchFinished(quint64 requestId, const PassagePage &page, const QString &error,
                          double elapsedMs);
    void onTrackLoaded(quint64 requestId, const QString &plate, const QList<PassageRecord> &reads,
                       const QString &error);
    void onSelectionChanged();
    void trackSelected();
    QStringList scopeCheckpoints() const;

    PassageService &m_service;
    Site m_site;
    PassageTableModel *m_model = nullptr;
    QLineEdit *m_plate = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QComboBox *m_scope = nullptr;
    QLabel *m_error = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_track = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_crop = nullptr;
    QLabel *m_snapshot = nullptr;
    QLabel *m_trackTitle = nullptr;
    QListWidget *m_strip = nullptr;

    PassageQuery m_query;
    int m_page = 0;
    bool m_hasMore = false;
    quint64 m_searchRequest = 0; // newest search; older answers are dropped
    quint64 m_trackRequest = 0;
    quint64 m_selection = 0;
    // Request ids shared with PassageService on one reader: the dock counts from its own range.
    quint64 m_nextRequest = quint64(1) << 48;
    QFutureWatcher<PreviewImages> m_previewWatcher;
    QFutureWatcher<StripImages> m_stripWatcher;
};

} // namespace vigil
