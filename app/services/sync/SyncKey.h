#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sn {

// The district key that seals every bundle (libsodium secretstream, XChaCha20-Poly1305). Made once by the
// district administrator, carried to each station as a key file, kept on local disk (owner-only), never on
// the share.
class SyncKey
{
    Q_DECLARE_TR_FUNCTIONS(sn::SyncKey)
public:
    static SyncKey generate(const QString &district);
    static SyncKey fromBytes(const QByteArray &key, const QString &district);
    static Result<SyncKey> load(const QString &file);
    Status save(const QString &file) const; // owner-only, temp-then-rename

    bool isValid() const { return m_key.size() == 32; }
    QByteArray key() const { return m_key; }
    QString id() const; // 16 hex digits of BLAKE2b(key): names the key without revealing it
    QString district() const { return m_district; }

private:
    QByteArray m_key;
    QString m_district;
};

} // namespace sn
