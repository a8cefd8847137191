#pragma once

#include "core/files/load_error.h"
#include "core/model/label.h"
#include "core/validation/validate.h"

#include <string>
#include <string_view>
#include <vector>

namespace rumbo {

// Every sentence core/ hands to a user is a message key with arguments; this
// turns it into Spanish or English. An argument written "@key"
// ("@field.risk", "@collection.actions") is itself translated; any other
// argument (user text included) is inserted as it is. An unknown key
// comes back as itself, so a missing entry shows up instead of vanishing.
std::string message(std::string_view key, Language language,
                    const std::vector<std::string>& args = {});

bool has_message(std::string_view key);

// All keys of the table, for tests that check both languages are there.
std::vector<std::string_view> message_keys();

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
