// The resources are compiled into this library; there is no code of its own.
namespace sn {
int resourcesLinked()
{
    return 1;
}
} // namespace sn
