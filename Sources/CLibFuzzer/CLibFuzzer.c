// Nothing to compile: the header declares what libFuzzer provides.
#include "CLibFuzzer.h"
