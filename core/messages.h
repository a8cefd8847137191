#pragma once

#include "core/files/load_error.h"
#include "core/model/label.h"
#include "core/validation/validate.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rumbo {

// Every sentence core/ hands to a user is a message key with arguments; this
// turns it into the user's language (assets/i18n/<code>/messages.json,
// embedded; a sentence missing in a language comes from its fallback chain). An argument written
// "@key"
// ("@field.risk", "@collection.actions") is itself translated; any other
// argument (user text included) is inserted as it is. An unknown key
// comes back as itself, so a missing entry shows up instead of vanishing.
std::string message(std::string_view key, Language language,
                    const std::vector<std::string>& args = {});

// A sentence with a count, in the plural form the language's CLDR rules give
// `count`: key ".one", ".other"... ("{0} fila" / "{0} filas").
std::string message_count(std::string_view key, double count, Language language,
                          const std::vector<std::string>& args = {});

// message_count when `count` is set, message otherwise: for results that
// carry the count their sentence's plural form depends on.
std::string message(std::string_view key, std::optional<std::size_t> count, Language language,
                    const std::vector<std::string>& args);

// Whether Spanish, the language every chain ends in, has `key` (or its plural forms).
bool has_message(std::string_view key);

// All keys of Spanish's messages, for tests that check the languages.
std::vector<std::string> message_keys();

// What went wrong loading a file and where, as one paragraph.
std::string describe(const LoadError& error, Language language);

// One validation finding with its path.
std::string describe(const Finding& finding, Language language);

// The label of an enum value: label(Quadrant::threat, Language::es) == "Amenaza".
template <class E> std::string label(E value, Language language);

} // namespace rumbo

#include "core/model/enum_keys.h"

template <class E> std::string rumbo::label(E value, Language language) {
  return message(std::string(enum_name<E>()) + "." + std::string(to_key(value)), language);
}
