"""Compiler options shared by every simaudit target."""

SIMAUDIT_COPTS = [
    "-Wall",
    "-Wextra",
    "-Werror",
    "-Wno-sign-compare",
    "-Wno-unused-parameter",
]

SIMAUDIT_TEST_COPTS = SIMAUDIT_COPTS
