// libFuzzer's entry for a program that keeps its own main (SwiftPM names an executable's entry
// point itself, so libFuzzer's main cannot be used). Only called in a build with
// -sanitize=fuzzer, which links libFuzzer; see Fuzz/README.md.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
