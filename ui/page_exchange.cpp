#include "ui/page_exchange.h"

#include <emscripten.h>

namespace {

std::string inbox;

} // namespace

namespace rumbo::ui {

std::string take_inbox() {
  std::string bytes;
  bytes.swap(inbox);
  return bytes;
}

const char* hand_over(std::string text) {
  static std::string kept;
  kept = std::move(text);
  return kept.c_str();
}

} // namespace rumbo::ui

// Room for `size` bytes, which the page fills before its next call.
extern "C" EMSCRIPTEN_KEEPALIVE char* rumbo_inbox(int size) {
  inbox.assign(static_cast<std::size_t>(size), '\0');
  return inbox.data();
}
