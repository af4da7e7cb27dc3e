#pragma once

#include <QStringList>

namespace sn::cli {

// Each command takes the arguments after its name and returns the process exit code.
int version(const QStringList &args);
int idcheck(const QStringList &args);
int init(const QStringList &args);
int demo(const QStringList &args);
int check(const QStringList &args);
int stats(const QStringList &args);
int household(const QStringList &args);
int user(const QStringList &args);
int reviews(const QStringList &args);
int tier(const QStringList &args);
int lead(const QStringList &args);
int leads(const QStringList &args);

} // namespace sn::cli
