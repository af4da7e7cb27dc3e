#pragma once

#include <QDate>
#include <QString>

namespace sn {

// The service team (主动发现服务队): its members, their publicity events and the liaisons (联络员).
struct Volunteer
{
    QString id;
    QString townshipCode;
    QString villageCode;
    QString name;
    QString phone;
    QString kind = QStringLiteral("volunteer"); // volunteer, grid_worker, party_member, village_cadre
    bool active = true;
    int balance = 0; // points earned minus redeemed
};

struct PublicityEvent
{
    QString id;
    QString townshipCode;
    QDate heldOn;
    QString place;
    int participants = 0;
    QString note;
};

struct Liaison
{
    QString unitKind; // department | township
    QString unit; // department name or township code
    QString name;
    QString phone;
};

// One village's year (考核).
struct VillageAssessment
{
    QString villageCode;
    QString villageName;
    int visitsDone = 0; // review tasks completed in the year
    int leadsFound = 0; // leads reported in the village in the year
    int leadsInTime = 0; // of those, answered by their deadline
    int overdueTasks = 0; // open review tasks past due on the day of the assessment
};

} // namespace sn
