#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace sn {

// The four-level network: district > township (镇/街道) > village/community (村/社区) > grid (网格).
enum class RegionLevel { District, Township, Village, Grid };

struct Region
{
    QString code;        // stable key: area code for district/township/village, generated for grids
    QString parentCode;
    RegionLevel level = RegionLevel::District;
    QString kind;        // district | town | subdistrict | village | community | grid
    QString name;        // 朝阳街道, 北园村, 山川社区
};

// The region tree of one district, loaded from data (a JSON file), never from code: another district
// loads its own file.
class RegionTree
{
    Q_DECLARE_TR_FUNCTIONS(sn::RegionTree)
public:
    // Parse the JSON format of resources/regions/*.json. On failure returns false and says why.
    bool loadJson(const QByteArray &json, QString *error);
    bool loadFile(const QString &path, QString *error);
    // The district shipped with the application (Chengbei, 630105).
    static RegionTree builtIn();

    void add(const Region &region); // for regions loaded from a database (e.g. grids)

    const Region *district() const;
    const Region *find(const QString &code) const;
    // Exact name, or the name without its suffix: "朝阳街道" and "朝阳" both find the sub-district when
    // unambiguous among the children of parentCode (any parent when empty).
    const Region *findByName(const QString &name, RegionLevel level, const QString &parentCode = {}) const;
    // What a user or a file names a region by: its code (at that level) or its name as findByName.
    const Region *resolve(const QString &codeOrName, RegionLevel level, const QString &parentCode = {}) const;
    QList<const Region *> children(const QString &parentCode) const;
    QList<const Region *> townships() const { return children(m_districtCode); }
    QList<Region> all() const { return m_regions; }
    bool isEmpty() const { return m_regions.isEmpty(); }
    // "城北区 朝阳街道 北园村"
    QString path(const QString &code) const;
    // The township that contains a region (itself if a township); empty if none.
    QString townshipOf(const QString &code) const;

private:
    QList<Region> m_regions;
    QHash<QString, int> m_byCode;
    QString m_districtCode;
};

QString regionLevelCode(RegionLevel level);
RegionLevel regionLevelFromCode(const QString &code);

} // namespace sn
