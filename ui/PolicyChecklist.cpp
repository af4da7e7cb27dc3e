#include "PolicyChecklist.h"

namespace sn {

PolicyChecklist::PolicyChecklist(QWidget *parent)
    : QListWidget(parent)
{
    setAccessibleName(tr("Policies referred to"));
    setMinimumHeight(fontMetrics().lineSpacing() * 6);
}

void PolicyChecklist::setPolicies(const QList<Policy> &policies)
{
    clear();
    for (const Policy &p : policies) {
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(p.department, p.title), this);
        item->setData(Qt::UserRole, p.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    if (policies.isEmpty())
        new QListWidgetItem(tr("The policy catalogue is empty: the district enters policies on the Policies page."), this);
}

QStringList PolicyChecklist::checkedIds() const
{
    QStringList ids;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->checkState() == Qt::Checked)
            ids.append(item(i)->data(Qt::UserRole).toString());
    }
    return ids;
}

bool PolicyChecklist::check(const QString &policyId)
{
    for (int i = 0; i < count(); ++i) {
        if (!policyId.isEmpty() && item(i)->data(Qt::UserRole).toString() == policyId) {
            item(i)->setCheckState(Qt::Checked);
            return true;
        }
    }
    return false;
}

} // namespace sn
