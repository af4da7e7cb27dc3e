// One libFuzzer entry point, built once per target with SN_FUZZ_TARGET naming the function in FuzzInputs.cpp.
#include "FuzzInputs.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

sn::fuzz::TargetFn target()
{
    static const sn::fuzz::TargetFn fn = [] {
        for (const sn::fuzz::Target &t : sn::fuzz::targets()) {
            if (std::strcmp(t.name, SN_FUZZ_TARGET) == 0)
                return t.fn;
        }
        std::abort();
    }();
    return fn;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A real copy (the readers see what QFile::readAll gives them: owned and NUL-terminated).
    const sn::fuzz::Outcome outcome = target()(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    static const bool verbose = qEnvironmentVariableIsSet("SN_FUZZ_VERBOSE"); // to see what a reproducer does
    if (verbose)
        std::fprintf(stderr, "%s: %s\n", outcome.ok ? "accepted" : "refused", qPrintable(outcome.error));
    return 0;
}
