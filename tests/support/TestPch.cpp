// The tests' one precompiled header (Catch2 and the Qt types every test
// file uses) is built with this file and reused by every test program
// (tests/CMakeLists.txt, REUSE_FROM): parsed once per build, not once per test.
#include <catch2/catch.hpp>
