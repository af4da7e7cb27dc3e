#pragma once

#include "domain/Referral.h"

#include <QListWidget>

namespace sn {

// The catalogue's policies as a checkable list ("区残联 — 困难残疾人生活补贴"), for choosing what a household
// or a lead is referred to. Space ticks the current one. An empty catalogue says where policies are entered.
class PolicyChecklist : public QListWidget
{
    Q_OBJECT
public:
    explicit PolicyChecklist(QWidget *parent = nullptr);

    void setPolicies(const QList<Policy> &policies);
    QStringList checkedIds() const;
    bool check(const QString &policyId); // false when it is not listed
};

} // namespace sn
