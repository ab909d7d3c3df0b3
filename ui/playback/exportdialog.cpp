#include "playback/exportdialog.h"

#include "privacy/modelregiondetector.h"
#include "privacy/privacymaskstore.h"
#include "recording/segmentindex.h"
#include "store/database.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace vigil {

ExportDialog::ExportDialog(QString databasePath, QString dataDir,
                           QList<std::pair<QString, QString>> cameras, qint64 fromMs, qint64 toMs,
                           QWidget *parent)
    : QDialog(parent), m_databasePath(std::move(databasePath)), m_dataDir(std::move(dataDir)),
      m_cameras(std::move(cameras)), m_from(new QDateTimeEdit), m_to(new QDateTimeEdit),
      m_operator(new QLineEdit), m_reason(new QLineEdit), m_case(new QLineEdit),
      m_folder(new QLineEdit), m_watermark(new QCheckBox(tr("Burn in a watermark (operator, time, "
                                                            "case number; re-encodes the video)"))),
      m_public(
          new QCheckBox(tr("Public release (black out the privacy masks, blur faces and plates)"))),
      m_progress(new QProgressBar), m_result(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Export evidence"));
    QStringList names;
    for (const auto &camera : m_cameras)
        names << camera.second;
    auto *form = new QFormLayout;
    form->addRow(tr("Cameras:"), new QLabel(names.join(QStringLiteral(", "))));
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        edit->setCalendarPopup(true);
    }
    m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(fromMs));
    m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(toMs));
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    form->addRow(tr("Operator:"), m_operator);
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(tr("Case number:"), m_case);
    auto *folderRow = new QHBoxLayout;
    auto *browse = new QPushButton(tr("Browse…"));
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    form->addRow(tr("Export folder:"), folderRow);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_folder->setText(QDir(documents).filePath(
        QStringLiteral("vigil-export-") +
        QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_watermark);
    layout->addWidget(m_public);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 1000);
    m_progress->hide();
    QPushButton *start = m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export folder"));
        if (!dir.isEmpty())
            m_folder->setText(QDir(dir).filePath(QFileInfo(m_folder->text()).fileName()));
    });
    connect(start, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ExportDialog::onFinished);
}

ExportDialog::~ExportDialog()
{
    m_cancel->store(true);
    m_watcher.waitForFinished();
}

void ExportDialog::reject()
{
    if (m_watcher.isRunning()) {
        m_cancel->store(true); // the worker stops at its next progress report
        m_result->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

void ExportDialog::setOperator(const QString &login)
{
    m_operator->setText(login);
}

void ExportDialog::startExport()
{
    if (m_watcher.isRunning())
        return;
    ExportRequest request;
    const qint64 fromMs = m_from->dateTime().toMSecsSinceEpoch();
    const qint64 toMs = m_to->dateTime().toMSecsSinceEpoch();
    for (const auto &camera : m_cameras)
        request.ranges.append(ExportRange{camera.first, camera.second, fromMs, toMs});
    request.operatorName = m_operator->text().trimmed();
    request.reason = m_reason->text().trimmed();
    request.caseNumber = m_case->text().trimmed();
    request.outputDir = m_folder->text().trimmed();
    request.watermark = m_watermark->isChecked();
    request.publicRelease = m_public->isChecked();
    request.privacyMasks = m_masks;
    if (request.publicRelease)
        request.privacyDetector = m_privacyDetector ? m_privacyDetector : [](QString *error) {
            return createModelRegionDetector(error);
        };
    QString problem;
    if (request.operatorName.isEmpty())
        problem = tr("Name the operator: every export is written to the audit log.");
    else if (request.reason.isEmpty())
        problem = tr("Give a reason for the export.");
    else if (toMs <= fromMs)
        problem = tr("The end of the range must be after its start.");
    else if (request.outputDir.isEmpty() || QDir::isRelativePath(request.outputDir))
        problem = tr("Choose an absolute export folder.");
    if (!problem.isEmpty()) {
        m_result->setText(problem);
        return;
    }
    m_cancel->store(false);
    QPointer<QProgressBar> bar(m_progress);
    const auto cancel = m_cancel;
    request.progress = [bar, cancel](double fraction) {
        QMetaObject::invokeMethod(
            bar.data(),
            [bar, fraction] {
                if (bar)
                    bar->setValue(int(fraction * 1000));
            },
            Qt::QueuedConnection);
        return !cancel->load();
    };
    m_progress->setValue(0);
    m_progress->show();
    m_result->setText(tr("Exporting…"));
    const QString databasePath = m_databasePath;
    const QString dataDir = m_dataDir;
    m_watcher.setFuture(QtConcurrent::run([request, databasePath, dataDir] {
        Outcome outcome;
        auto database = Database::open(databasePath, &outcome.error);
        if (!database)
            return outcome;
        ExportRequest withPolygons = request;
        if (request.publicRelease) {
            // The store's mask polygons are the source of truth; read them where we export.
            PrivacyMaskStore masks(std::move(database));
            QStringList problems;
            const auto stored = masks.loadAll(&outcome.error, &problems);
            if (!stored || !problems.isEmpty()) {
                outcome.error = stored ? problems.join(QLatin1Char('\n')) : outcome.error;
                return outcome; // never release with a mask that could not be read
            }
            withPolygons.privacyPolygons = combinePrivacyMasks(*stored, {});
            database = Database::open(databasePath, &outcome.error);
            if (!database)
                return outcome;
        }
        SegmentIndex index(database->connection());
        EvidenceExporter exporter(index, dataDir);
        outcome.result = exporter.exportEvidence(withPolygons, &outcome.error);
        return outcome;
    }));
}

void ExportDialog::onFinished()
{
    const Outcome outcome = m_watcher.result();
    m_progress->hide();
    if (!outcome.result) {
        m_result->setText(tr("Export failed: %1").arg(outcome.error));
        emit exportFinished(false, {});
        return;
    }
    m_result->setText(tr("Exported %n file(s) to %1. Check it with: vigil-verify %1", nullptr,
                         int(outcome.result->files.size()))
                          .arg(QDir::toNativeSeparators(outcome.result->outputDir)));
    emit exportFinished(true, outcome.result->outputDir);
}

QString ExportDialog::resultText() const
{
    return m_result->text();
}

} // namespace vigil
