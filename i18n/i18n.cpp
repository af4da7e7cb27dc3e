// The compiled translations are embedded in this library as resources (:/i18n/safetynet_*.qm).
namespace sn {
int translationsLinked()
{
    return 1;
}
} // namespace sn
