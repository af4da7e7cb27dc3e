// The keyring kept in the station's database: apart from KeyRing.cpp, which the fuzz targets build without SQL.
#include "KeyRing.h"

#include "database/KeyRingRepository.h"

namespace sn {

Result<KeyRing> KeyRing::load(Database &db)
{
    auto entries = KeyRingRepository(db).all();
    if (!entries)
        return entries.error();
    KeyRing ring;
    ring.m_entries = entries.value();
    return ring;
}

Status KeyRing::save(Database &db) const
{
    return KeyRingRepository(db).replace(m_entries);
}

} // namespace sn
