// Shared Catch2 entry point: a QCoreApplication-free main; tests that need an event loop create
// their own application object.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
