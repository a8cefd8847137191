// The test runner's main(), kept apart so the test files compile quickly.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
