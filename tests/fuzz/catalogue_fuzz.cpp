// libFuzzer target for the JSON catalogues that come with the app: the
// catalogue of typical actions (read_action_catalogue,
// core/files/action_catalogue.h) and the screens' words (Catalogue::add,
// core/text/catalogue.h). Neither comes from a user today: both are packed
// with the page. The action catalogue is fuzzed as the issue asks (an office
// may one day load its own); the words are fuzzed with it because their
// reader promises the same (a refusal with a reason, nothing half-added)
// and a broken translation must show a message at start, not crash the page.
//
// Contracts: a refused text says why (a known message for the action
// catalogue, a reason for the words) and keeps nothing; an accepted action
// catalogue holds only whole entries within the bounds its header states;
// accepted words are clean texts within their bound, and the same file
// added twice is refused the second time without changing anything.
// Built and run by scripts/fuzz.

#include "contract.h"

#include "core/files/action_catalogue.h"
#include "core/text/catalogue.h"
#include "core/utf8.h"

#include <set>

using namespace rumbo;
using fuzz::require;

namespace {

bool is_key(const std::string& text) {
  return !text.empty() && text.size() <= kMaxCatalogueKeyBytes &&
         text.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") == std::string::npos;
}

bool is_text(const std::string& text, std::size_t max_bytes) {
  return text.size() <= max_bytes && fuzz::clean_text(text) &&
         text.find_first_not_of(" \t\r\n") != std::string::npos;
}

void check_action_catalogue(std::string_view bytes) {
  const ActionCatalogueResult catalogue = read_action_catalogue(bytes);
  if (!catalogue.ok()) {
    require(catalogue.entries.empty(), "nothing of a refused catalogue is kept");
    fuzz::require_reason(catalogue.error);
    return;
  }
  require(catalogue.entries.size() <= kMaxCatalogueEntries, "at most kMaxCatalogueEntries entries");
  std::set<std::string> keys;
  for (const CatalogueAction& entry : catalogue.entries) {
    require(is_key(entry.key) && is_key(entry.axis_key) && is_key(entry.mechanism_key),
            "keys are short, lower-case letters, digits and '_'");
    require(keys.insert(entry.key).second, "no key twice");
    require(is_text(entry.title.exactly(Language::es), kMaxCatalogueTitleBytes) &&
                is_text(entry.title.exactly(Language::en), kMaxCatalogueTitleBytes),
            "a title in both languages, clean and within the bound");
    require(is_text(entry.description.exactly(Language::es), kMaxCatalogueDescriptionBytes) &&
                is_text(entry.description.exactly(Language::en), kMaxCatalogueDescriptionBytes),
            "a description in both languages, clean and within the bound");
    require(entry.typical_months == 0 ||
                (entry.typical_months >= 1 && entry.typical_months <= kMaxTypicalMonths),
            "typical months absent or within 1..kMaxTypicalMonths");
  }
}

void check_words(std::string_view bytes) {
  Catalogue words;
  if (const std::optional<std::string> problem = words.add(bytes)) {
    require(!problem->empty(), "a refused file of words says why");
    require(words.size() == 0, "nothing of a refused file of words is added");
    return;
  }
  for (const std::string& key : words.keys()) {
    const std::string& text = words.text(key);
    require(text.size() <= 4096 && !decode_utf8(text).error_byte,
            "a text is valid UTF-8 of at most 4096 bytes");
  }
  require(words.missing().empty(), "every listed key has its text");
  const std::size_t size = words.size();
  const bool again = !words.add(bytes);
  require(again == (size == 0), "the same keys from a second file are refused");
  require(words.size() == size, "a refused second file adds nothing");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes = fuzz::bytes_of(data, size);
  check_action_catalogue(bytes);
  check_words(bytes);
  return 0;
}
