#include "FilterBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScopedValueRollback>

namespace sn {

namespace {
void setWidth(QComboBox *combo, bool toContents, int characters)
{
    combo->setSizeAdjustPolicy(
        toContents ? QComboBox::AdjustToContents : QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(toContents ? 6 : characters);
}
} // namespace

FilterBar::FilterBar(const Session &session, RegionTree regions, const Options &options, QWidget *parent)
    : QWidget(parent)
    , m_regions(std::move(regions))
{
    setObjectName(options.objectPrefix + QStringLiteral("Filters"));
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    buildTownship(session, options);
    buildVillage(session, options);
    fillVillages();
    connect(m_township, &QComboBox::currentIndexChanged, this, [this] {
        fillVillages();
        emit changed();
    });
    connect(m_village, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_fillingVillages)
            emit changed();
    });
}

void FilterBar::buildTownship(const Session &session, const Options &options)
{
    auto *label = new QLabel(tr("&Township:"), this);
    m_township = new QComboBox(this);
    m_township->setObjectName(options.objectPrefix + QStringLiteral("Township"));
    m_township->setAccessibleName(tr("Township filter"));
    setWidth(m_township, options.sizeToContents, 8);
    m_township->addItem(tr("All townships"), QString());
    for (const Region *t : m_regions.townships())
        m_township->addItem(t->name, t->code);
    // A township clerk sees only the own township (the service enforces it); the filter would only mislead.
    const bool districtWide = Roles::districtWide(session.role);
    label->setVisible(districtWide);
    m_township->setVisible(districtWide);
    if (!districtWide)
        m_township->setCurrentIndex(std::max(0, m_township->findData(session.townshipCode)));
    addPair(label, m_township);
}

void FilterBar::buildVillage(const Session &session, const Options &options)
{
    auto *label = new QLabel(options.villageLabel, this);
    m_village = new QComboBox(this);
    m_village->setObjectName(options.objectPrefix + QStringLiteral("Village"));
    m_village->setAccessibleName(tr("Village or community filter"));
    if (!options.villageToolTip.isEmpty())
        m_village->setToolTip(options.villageToolTip);
    setWidth(m_village, options.sizeToContents, 10);
    const bool ownVillageOnly = options.ownVillageOnlyForVillageWorker && session.role == Role::VillageWorker
        && !session.villageCode.isEmpty();
    label->setVisible(!ownVillageOnly);
    m_village->setVisible(!ownVillageOnly);
    addPair(label, m_village);
}

QComboBox *FilterBar::addCombo(const QString &label, const QString &accessibleName, const QString &objectName)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    setWidth(combo, true, 0);
    addPair(new QLabel(label, this), combo);
    connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::changed);
    return combo;
}

void FilterBar::addPair(QLabel *label, QComboBox *combo)
{
    label->setBuddy(combo);
    m_layout->addWidget(label);
    m_layout->addWidget(combo);
}

QString FilterBar::townshipCode() const
{
    return m_township->currentData().toString();
}

QString FilterBar::villageCode() const
{
    return m_village->currentData().toString();
}

void FilterBar::fillVillages()
{
    const QString township = townshipCode();
    const QString selected = villageCode();
    const QScopedValueRollback filling(m_fillingVillages, true);
    m_village->clear();
    m_village->addItem(tr("All villages and communities"), QString());
    if (!township.isEmpty()) {
        for (const Region *v : m_regions.children(township))
            m_village->addItem(v->name, v->code);
    }
    m_village->setCurrentIndex(std::max(0, m_village->findData(selected)));
    m_village->setEnabled(!township.isEmpty());
}

} // namespace sn
