#include "SyncKey.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <sodium.h>

namespace sn {

namespace {
const char *Magic = "SafetyNet district key v1";
}

SyncKey SyncKey::generate(const QString &district)
{
    if (sodium_init() < 0)
        return {};
    SyncKey k;
    k.m_key.resize(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    crypto_secretstream_xchacha20poly1305_keygen(reinterpret_cast<unsigned char *>(k.m_key.data()));
    k.m_district = district;
    return k;
}

SyncKey SyncKey::fromBytes(const QByteArray &key, const QString &district)
{
    SyncKey k;
    k.m_key = key;
    k.m_district = district;
    return k;
}

QString SyncKey::id() const
{
    if (!isValid() || sodium_init() < 0)
        return {};
    unsigned char hash[8];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char *>(m_key.constData()),
        size_t(m_key.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(hash), sizeof hash).toHex());
}

Result<SyncKey> SyncKey::load(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error::io(tr("Cannot read the key file %1: %2").arg(file, f.errorString()));
    const QList<QByteArray> lines = f.readAll().split('\n');
    if (lines.isEmpty() || lines.first().trimmed() != Magic)
        return Error::invalid(tr("%1 is not a SafetyNet district key file.").arg(file), QStringLiteral("key"));
    SyncKey k;
    QString expectedId;
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "district")
            k.m_district = QString::fromUtf8(value);
        else if (name == "id")
            expectedId = QString::fromLatin1(value);
        else if (name == "key")
            k.m_key = QByteArray::fromBase64(value);
    }
    if (!k.isValid() || k.id() != expectedId)
        return Error::invalid(
            tr("The key file %1 is damaged (its key does not match its id).").arg(file), QStringLiteral("key"));
    return k;
}

Status SyncKey::save(const QString &file) const
{
    QSaveFile out(file); // temp-then-rename
    if (!out.open(QIODevice::WriteOnly))
        return Error::io(tr("Cannot write the key file %1: %2").arg(file, out.errorString()));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(QByteArray(Magic) + '\n');
    out.write("district: " + m_district.toUtf8() + '\n');
    out.write("id: " + id().toLatin1() + '\n');
    out.write("key: " + m_key.toBase64() + '\n');
    if (!out.commit())
        return Error::io(tr("Cannot write the key file %1: %2").arg(file, out.errorString()));
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

} // namespace sn
