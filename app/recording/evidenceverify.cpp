#include "recording/evidenceverify.h"

#include "recording/evidencesigning.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vigil {

EvidenceVerification verifyEvidenceFolder(const QString &dir, const QByteArray &trustedPublicKey)
{
    EvidenceVerification result;
    const QDir folder(dir);
    auto finish = [&](const QString &summary) {
        result.ok = result.problems.isEmpty();
        result.summary = summary;
        return result;
    };
    const QString manifestPath = folder.filePath(QStringLiteral("manifest.json"));
    const QString signaturePath = folder.filePath(QStringLiteral("manifest.sig"));
    QFile manifestFile(manifestPath);
    if (!manifestFile.open(QIODevice::ReadOnly)) {
        result.problems << QStringLiteral("%1: cannot read (%2)")
                               .arg(QDir::toNativeSeparators(manifestPath),
                                    manifestFile.errorString());
        return finish(QStringLiteral("FAILED: no readable manifest.json in %1")
                          .arg(QDir::toNativeSeparators(dir)));
    }
    const QByteArray manifestBytes = manifestFile.readAll();
    QFile signatureFile(signaturePath);
    QByteArray signature;
    if (signatureFile.open(QIODevice::ReadOnly))
        signature = QByteArray::fromBase64(signatureFile.readAll().trimmed());

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(manifestBytes, &parseError);
    if (!document.isObject()) {
        result.problems << QStringLiteral("manifest.json: not valid JSON at offset %1: %2")
                               .arg(parseError.offset)
                               .arg(parseError.errorString());
        return finish(QStringLiteral("FAILED: manifest.json is damaged"));
    }
    const QJsonObject manifest = document.object();
    const QByteArray publicKey =
        QByteArray::fromBase64(manifest.value(QStringLiteral("public_key")).toString().toLatin1());

    if (signature.isEmpty()) {
        result.problems << QStringLiteral("manifest.sig: missing or empty");
    } else if (!verifyDetached(manifestBytes, signature, publicKey)) {
        result.problems << QStringLiteral(
            "manifest.json: signature does not match (manifest or manifest.sig changed)");
    } else if (!trustedPublicKey.isEmpty() && trustedPublicKey != publicKey) {
        result.problems << QStringLiteral(
            "manifest.json: signed with a different key than the trusted one given");
    }

    const QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
    if (files.isEmpty())
        result.problems << QStringLiteral("manifest.json: field \"files\" lists no file");
    for (const QJsonValue &value : files) {
        const QJsonObject entry = value.toObject();
        const QString name = entry.value(QStringLiteral("name")).toString();
        const QString expected = entry.value(QStringLiteral("sha256")).toString();
        if (name.isEmpty() || name.contains(QLatin1String("..")) || QDir::isAbsolutePath(name)) {
            result.problems << QStringLiteral(
                                   "manifest.json: file entry with an invalid name \"%1\"")
                                   .arg(name);
            continue;
        }
        const QString path = folder.filePath(name);
        if (!QFileInfo::exists(path)) {
            result.problems << QStringLiteral("%1: missing").arg(name);
            continue;
        }
        QString error;
        const QString actual = sha256OfFile(path, &error);
        ++result.filesChecked;
        if (actual.isEmpty())
            result.problems << QStringLiteral("%1: %2").arg(name, error);
        else if (actual.compare(expected, Qt::CaseInsensitive) != 0)
            result.problems << QStringLiteral(
                                   "%1: SHA-256 mismatch (file changed): expected %2, got %3")
                                   .arg(name, expected, actual);
    }
    if (!result.problems.isEmpty())
        return finish(QStringLiteral("FAILED: %1").arg(result.problems.first()));
    return finish(
        QStringLiteral("OK: signature valid (Ed25519 key %1), %2 file(s) match their SHA-256")
            .arg(QString::fromLatin1(publicKey.toBase64()))
            .arg(result.filesChecked));
}

} // namespace vigil
