#include "recording/evidencesigning.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace vigil {

namespace {

bool initSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

bool writeNewPrivateFile(const QString &path, const QByteArray &data, QString *error)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (error)
            *error =
                QStringLiteral("cannot create %1: %2")
                    .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    const bool ok =
        ::write(fd, data.constData(), size_t(data.size())) == data.size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok && error)
        *error = QStringLiteral("cannot write %1").arg(QDir::toNativeSeparators(path));
    return ok;
}

} // namespace

QString signingKeyPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("keys/evidence-ed25519.key"));
}

std::optional<SigningKey> loadOrCreateSigningKey(const QString &dataDir, QString *error)
{
    if (!initSodium()) {
        if (error)
            *error = QStringLiteral("libsodium failed to initialise");
        return std::nullopt;
    }
    const QString path = signingKeyPath(dataDir);
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(QDir::toNativeSeparators(folder));
        return std::nullopt;
    }
    ::chmod(QFile::encodeName(folder).constData(), 0700);

    SigningKey key;
    if (!QFileInfo::exists(path)) {
        key.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
        key.secretKey.resize(crypto_sign_SECRETKEYBYTES);
        crypto_sign_keypair(reinterpret_cast<unsigned char *>(key.publicKey.data()),
                            reinterpret_cast<unsigned char *>(key.secretKey.data()));
        if (!writeNewPrivateFile(path, key.secretKey.toBase64() + '\n', error))
            return std::nullopt;
        QFile pub(path + QStringLiteral(".pub"));
        if (pub.open(QIODevice::WriteOnly | QIODevice::Truncate))
            pub.write(key.publicKey.toBase64() + '\n');
        return key;
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    // Whoever made the file, it must not stay readable by others.
    if (file.permissions() &
        (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther))
        ::chmod(QFile::encodeName(path).constData(), 0600);
    key.secretKey = QByteArray::fromBase64(file.readAll().trimmed());
    if (key.secretKey.size() != int(crypto_sign_SECRETKEYBYTES)) {
        if (error)
            *error = QStringLiteral("%1: not an Ed25519 secret key (expected %2 bytes in base64)")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(crypto_sign_SECRETKEYBYTES);
        return std::nullopt;
    }
    key.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    crypto_sign_ed25519_sk_to_pk(
        reinterpret_cast<unsigned char *>(key.publicKey.data()),
        reinterpret_cast<const unsigned char *>(key.secretKey.constData()));
    return key;
}

QByteArray signDetached(const QByteArray &message, const SigningKey &key)
{
    if (!initSodium() || key.secretKey.size() != int(crypto_sign_SECRETKEYBYTES))
        return {};
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         quint64(message.size()),
                         reinterpret_cast<const unsigned char *>(key.secretKey.constData()));
    return signature;
}

bool verifyDetached(const QByteArray &message, const QByteArray &signature,
                    const QByteArray &publicKey)
{
    if (!initSodium() || signature.size() != int(crypto_sign_BYTES) ||
        publicKey.size() != int(crypto_sign_PUBLICKEYBYTES))
        return false;
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.constData()),
               quint64(message.size()),
               reinterpret_cast<const unsigned char *>(publicKey.constData())) == 0;
}

QString sha256OfFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        if (error)
            *error = QStringLiteral("cannot read %1").arg(QDir::toNativeSeparators(path));
        return {};
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace vigil
