#pragma once
// ExportDialog: evidence export of a time range of the playback's cameras — operator, reason,
// case number, optional burned-in watermark, public release (the store's privacy mask polygons
// and recording.json's rectangles blacked out, faces and plates pixelated) and the target
// folder. The export runs on a worker thread with its own database connection, with progress
// and cancel; the result names the folder and how to verify it.
//
// Thread contract: GUI thread; EvidenceExporter runs through QtConcurrent and reports progress
// by queued calls.

#include "recording/evidenceexport.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QCheckBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace vigil {

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // `cameras`: id → name of the cameras to export. `dataDir` holds the signing key.
    ExportDialog(QString databasePath, QString dataDir, QList<std::pair<QString, QString>> cameras,
                 qint64 fromMs, qint64 toMs, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setOperator(const QString &login);
    void setPrivacyMasks(const QHash<QString, QList<QRectF>> &masks) { m_masks = masks; }
    // The face/plate detector of public releases (default: the model detector; tests inject).
    void setPrivacyDetector(decltype(ExportRequest::privacyDetector) factory)
    {
        m_privacyDetector = std::move(factory);
    }
    // Fills the form programmatically (tests) and starts; same checks as the button.
    void startExport();
    QString resultText() const;
    bool isRunning() const { return m_watcher.isRunning(); }
    QLineEdit *folderEdit() const { return m_folder; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLineEdit *caseEdit() const { return m_case; }
    QCheckBox *watermarkBox() const { return m_watermark; }
    QCheckBox *publicReleaseBox() const { return m_public; }

public slots:
    // While exporting: cancels the export (the dialog stays); otherwise closes.
    void reject() override;

signals:
    void exportFinished(bool ok, const QString &outputDir);

private:
    struct Outcome
    {
        std::optional<ExportResult> result;
        QString error;
    };
    void onFinished();

    const QString m_databasePath;
    const QString m_dataDir;
    const QList<std::pair<QString, QString>> m_cameras;
    QHash<QString, QList<QRectF>> m_masks;
    decltype(ExportRequest::privacyDetector) m_privacyDetector;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QLineEdit *m_operator;
    QLineEdit *m_reason;
    QLineEdit *m_case;
    QLineEdit *m_folder;
    QCheckBox *m_watermark;
    QCheckBox *m_public;
    QProgressBar *m_progress;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace vigil
