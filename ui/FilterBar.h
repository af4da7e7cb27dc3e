#pragma once

#include "domain/Region.h"
#include "domain/Role.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;

namespace sn {

// The filter row over a page's list: township and village (filled from the region tree and narrowed to the
// session's scope), plus any further combos a page adds (category, tier, status). It says `changed()` once
// per choice of the clerk, never while it refills the villages. The services enforce the scope; the bar only
// hides choices that would mislead.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    struct Options
    {
        QString objectPrefix; // "registry": the combos are "registryTownship", "registryVillage"
        QString villageLabel; // with its mnemonic, e.g. tr("&Village:")
        QString villageToolTip; // optional
        // The service narrows a village worker to the own village (review tasks): no village filter for them.
        bool ownVillageOnlyForVillageWorker = false;
        // True: each combo is as wide as its longest entry (a row with other filters beside it, which must stay
        // narrow); false: 8 and 10 characters wide, so the row does not move when the villages are refilled.
        bool sizeToContents = false;
    };

    FilterBar(const Session &session, RegionTree regions, const Options &options, QWidget *parent = nullptr);

    QString townshipCode() const; // empty: all townships (in the session's scope)
    QString villageCode() const; // empty: all villages
    QComboBox *townshipBox() const { return m_township; }
    QComboBox *villageBox() const { return m_village; }

    // A further combo after the others (items added by the page): `objectName` and the accessible name as
    // given; its changes are reported by changed() too.
    QComboBox *addCombo(const QString &label, const QString &accessibleName, const QString &objectName);

signals:
    void changed();

private:
    void buildTownship(const Session &session, const Options &options);
    void buildVillage(const Session &session, const Options &options);
    void addPair(QLabel *label, QComboBox *combo);
    void fillVillages();

    RegionTree m_regions;
    QHBoxLayout *m_layout = nullptr;
    QComboBox *m_township = nullptr;
    QComboBox *m_village = nullptr;
    bool m_fillingVillages = false;
};

} // namespace sn
