#include "Region.h"

#include "EnumTable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sn {

namespace {

constexpr EnumEntry<RegionLevel> kLevelEntries[] = {
    { RegionLevel::District, "district" },
    { RegionLevel::Township, "township" },
    { RegionLevel::Village, "village" },
    { RegionLevel::Grid, "grid" },
};
constexpr EnumTable<RegionLevel> kLevels("sn::RegionTree", kLevelEntries);

} // namespace

QString regionLevelCode(RegionLevel level)
{
    return kLevels.code(level);
}

RegionLevel regionLevelFromCode(const QString &code)
{
    return kLevels.fromCode(code);
}

void RegionTree::add(const Region &region)
{
    if (const auto it = m_byCode.constFind(region.code); it != m_byCode.constEnd()) {
        m_regions[*it] = region;
        return;
    }
    m_byCode.insert(region.code, int(m_regions.size()));
    m_regions.append(region);
    if (region.level == RegionLevel::District)
        m_districtCode = region.code;
}

bool RegionTree::loadJson(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return fail(tr("The region file is not valid JSON: %1 at offset %2")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("safetynet-regions/1"))
        return fail(tr("The region file does not have the format \"safetynet-regions/1\"."));
    const QJsonObject district = root.value(QLatin1String("district")).toObject();
    const QString districtCode = district.value(QLatin1String("code")).toString();
    if (districtCode.isEmpty() || district.value(QLatin1String("name")).toString().isEmpty())
        return fail(tr("The region file names no district code and name."));

    RegionTree tree;
    tree.add({ districtCode, {}, RegionLevel::District, QStringLiteral("district"),
        district.value(QLatin1String("name")).toString() });
    const QJsonArray townships = district.value(QLatin1String("townships")).toArray();
    for (const QJsonValue &t : townships) {
        const QJsonObject town = t.toObject();
        const Region township { town.value(QLatin1String("code")).toString(), districtCode, RegionLevel::Township,
            town.value(QLatin1String("kind")).toString(), town.value(QLatin1String("name")).toString() };
        if (township.code.isEmpty() || township.name.isEmpty())
            return fail(tr("A township in the region file has no code or name."));
        if (tree.find(township.code))
            return fail(tr("The region code %1 appears twice.").arg(township.code));
        tree.add(township);
        const QJsonArray villages = town.value(QLatin1String("villages")).toArray();
        for (const QJsonValue &v : villages) {
            const QJsonObject village = v.toObject();
            const Region r { village.value(QLatin1String("code")).toString(), township.code, RegionLevel::Village,
                village.value(QLatin1String("kind")).toString(), village.value(QLatin1String("name")).toString() };
            if (r.code.isEmpty() || r.name.isEmpty())
                return fail(tr("A village or community of %1 has no code or name.").arg(township.name));
            if (tree.find(r.code))
                return fail(tr("The region code %1 appears twice.").arg(r.code));
            tree.add(r);
            const QJsonArray grids = village.value(QLatin1String("grids")).toArray();
            for (const QJsonValue &g : grids) {
                const QJsonObject grid = g.toObject();
                tree.add({ grid.value(QLatin1String("code")).toString(), r.code, RegionLevel::Grid,
                    QStringLiteral("grid"), grid.value(QLatin1String("name")).toString() });
            }
        }
    }
    *this = std::move(tree);
    return true;
}

bool RegionTree::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the region file %1: %2").arg(path, file.errorString());
        return false;
    }
    return loadJson(file.readAll(), error);
}

RegionTree RegionTree::builtIn()
{
    RegionTree tree;
    QString error;
    if (!tree.loadFile(QStringLiteral(":/regions/630105.json"), &error))
        qWarning("Built-in region tree missing: %s", qPrintable(error));
    return tree;
}

const Region *RegionTree::district() const
{
    return find(m_districtCode);
}

const Region *RegionTree::find(const QString &code) const
{
    const auto it = m_byCode.constFind(code);
    return it == m_byCode.constEnd() ? nullptr : &m_regions.at(*it);
}

namespace {

struct Suffix
{
    const char16_t *text;
    int kind; // names with suffixes of different kinds never match loosely: 新村村 is not 新村社区
};

const Suffix Suffixes[] = { { u"街道办事处", 1 }, { u"街道办", 1 }, { u"街道", 1 }, { u"镇人民政府", 1 }, { u"镇", 1 },
    { u"社区居委会", 2 }, { u"居委会", 2 }, { u"社区", 2 }, { u"村民委员会", 3 }, { u"村委会", 3 }, { u"村", 3 },
    { u"网格", 4 } };

QString stem(const QString &name, int *kind)
{
    for (const Suffix &s : Suffixes) {
        const QString suffix = QString::fromUtf16(s.text);
        if (name.size() > suffix.size() && name.endsWith(suffix)) {
            *kind = s.kind;
            return name.left(name.size() - suffix.size());
        }
    }
    *kind = 0;
    return name;
}

} // namespace

const Region *RegionTree::resolve(const QString &codeOrName, RegionLevel level, const QString &parentCode) const
{
    if (codeOrName.isEmpty())
        return nullptr;
    if (const Region *r = find(codeOrName); r && r->level == level)
        return r;
    return findByName(codeOrName, level, parentCode);
}

const Region *RegionTree::findByName(const QString &name, RegionLevel level, const QString &parentCode) const
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return nullptr;
    int wantedKind = 0;
    const QString wantedStem = stem(wanted, &wantedKind);
    const Region *loose = nullptr;
    int looseCount = 0;
    for (const Region &r : m_regions) {
        if (r.level != level || (!parentCode.isEmpty() && r.parentCode != parentCode))
            continue;
        if (r.name == wanted || r.code == wanted)
            return &r;
        int kind = 0;
        const QString regionStem = stem(r.name, &kind);
        // "新村" typed for 新村社区 (the stem itself), or the same stem with a suffix of the same kind.
        if (regionStem == wanted
            || (regionStem == wantedStem && (wantedKind == 0 || kind == 0 || kind == wantedKind))) {
            loose = &r;
            ++looseCount;
        }
    }
    return looseCount == 1 ? loose : nullptr;
}

QList<const Region *> RegionTree::children(const QString &parentCode) const
{
    QList<const Region *> result;
    for (const Region &r : m_regions) {
        if (r.parentCode == parentCode && !r.code.isEmpty() && r.level != RegionLevel::District)
            result.append(&r);
    }
    return result;
}

QString RegionTree::path(const QString &code) const
{
    QStringList parts;
    for (const Region *r = find(code); r; r = find(r->parentCode))
        parts.prepend(r->name);
    return parts.join(QLatin1Char(' '));
}

QString RegionTree::townshipOf(const QString &code) const
{
    for (const Region *r = find(code); r; r = find(r->parentCode)) {
        if (r->level == RegionLevel::Township)
            return r->code;
    }
    return {};
}

} // namespace sn
