#pragma once
// Checks an evidence export folder: the Ed25519 signature of manifest.json (with the public key
// in the manifest, or a trusted key given by the caller) and the SHA-256 of every listed file.
// Thread contract: a function without shared state; any thread.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace vigil {

struct EvidenceVerification
{
    bool ok = false;
    int filesChecked = 0;
    QStringList problems; // each names the file at fault
    QString summary;      // one line for the user
};

// `trustedPublicKey` (32 raw bytes): also require the manifest to be signed by this key.
EvidenceVerification verifyEvidenceFolder(const QString &dir,
                                          const QByteArray &trustedPublicKey = {});

} // namespace vigil
