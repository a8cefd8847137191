#pragma once

// Text and bytes crossing between the page's JavaScript and C++.
// In: bytes (a stored workspace, a dropped file) reach C++ through the inbox
// rather than as a ccall string, which is copied onto the small wasm stack: a
// workspace file may be megabytes. The page asks for room with
// rumbo_inbox(size), fills it, then calls the function that takes it.
// Out: a string handed back to JavaScript must outlive the call.

#include <string>

namespace rumbo::ui {

// What the page put in the inbox; the inbox is empty afterwards.
std::string take_inbox();

// `text` kept until the next hand_over(), for a function returning it to the page.
const char* hand_over(std::string text);

} // namespace rumbo::ui
