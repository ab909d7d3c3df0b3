// vigil-verify: standalone check of a Vigil evidence export folder.
#include "recording/evidenceverify.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <cstdio>

namespace {

void print(FILE *stream, const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stream);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    QByteArray trustedKey;
    QString dir;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QStringLiteral("--help") || arg == QStringLiteral("-h")) {
            print(stdout,
                  QStringLiteral("usage: vigil-verify [--key PUBLIC_KEY_BASE64|FILE.pub] DIR\n"
                                 "Checks the Ed25519 signature of DIR/manifest.json and the "
                                 "SHA-256 of every file it lists.\n"
                                 "--key: also require this signer (the workstation's "
                                 "keys/evidence-ed25519.key.pub).\nExit 0 = intact, 1 = not."));
            return 0;
        }
        if (arg == QStringLiteral("--key") && i + 1 < args.size()) {
            const QString value = args.at(++i);
            QFile file(value);
            const QByteArray text =
                file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : value.toLatin1();
            trustedKey = QByteArray::fromBase64(text);
            if (trustedKey.size() != 32) {
                print(stderr,
                      QStringLiteral("vigil-verify: --key %1: not a base64 Ed25519 public key")
                          .arg(value));
                return 1;
            }
        } else if (dir.isEmpty()) {
            dir = arg;
        } else {
            print(stderr, QStringLiteral("vigil-verify: unexpected argument \"%1\"").arg(arg));
            return 1;
        }
    }
    if (dir.isEmpty()) {
        print(stderr, QStringLiteral("usage: vigil-verify [--key KEY] DIR"));
        return 1;
    }
    const vigil::EvidenceVerification result = vigil::verifyEvidenceFolder(dir, trustedKey);
    for (const QString &problem : result.problems)
        print(stderr, QStringLiteral("vigil-verify: %1").arg(problem));
    print(result.ok ? stdout : stderr, result.summary);
    return result.ok ? 0 : 1;
}
