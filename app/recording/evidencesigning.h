#pragma once
// Evidence signing: the workstation's Ed25519 key pair (libsodium), generated once and kept in
// the data folder with owner-only permissions, detached signatures, and file hashes.
//
// Thread contract: free functions without shared state (libsodium is initialised once,
// thread-safely); callable from any thread.

#include <QByteArray>
#include <QString>

#include <optional>

namespace vigil {

struct SigningKey
{
    QByteArray publicKey; // 32 bytes
    QByteArray secretKey; // 64 bytes (libsodium layout: seed + public key)
};

// "<dataDir>/keys/evidence-ed25519.key" (secret) and ".pub" next to it.
QString signingKeyPath(const QString &dataDir);
// Loads the key pair, creating it (mode 0600, folder 0700) the first time.
std::optional<SigningKey> loadOrCreateSigningKey(const QString &dataDir, QString *error);

QByteArray signDetached(const QByteArray &message, const SigningKey &key); // 64 bytes
bool verifyDetached(const QByteArray &message, const QByteArray &signature,
                    const QByteArray &publicKey);

// Lower-case hex SHA-256 of a file, streamed; empty + `error` (naming the file) on failure.
QString sha256OfFile(const QString &path, QString *error);

} // namespace vigil
