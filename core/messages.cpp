#include "core/messages.h"

#include "core/text/languages.h"

#include <algorithm>

namespace rumbo {

namespace {

// The text of `key` along the language's fallback chain; null when no
// language has it.
const std::string* lookup(std::string_view key, Language language) {
  for (Language l : fallback_chain(language))
    if (const LanguageInfo* info = find_language(l))
      if (const std::string* text = info->messages.find(key)) return text;
  return nullptr;
}

std::string join(std::initializer_list<std::string> parts) {
  std::string out;
  for (const std::string& part : parts) {
    if (part.empty()) continue;
    if (!out.empty()) out += ' ';
    out += part;
  }
  return out;
}

} // namespace

bool has_message(std::string_view key) {
  return lookup(key, Language::es) || lookup(std::string(key) + ".other", Language::es);
}

std::vector<std::string> message_keys() {
  const LanguageInfo* spanish = find_language(Language::es);
  return spanish ? spanish->messages.keys() : std::vector<std::string>{};
}

namespace {

// An argument "@key" is that message; "@a, @b" a list of them. A key with no
// message shows its last part: a language code Rumbo has no name for.
std::string resolve(std::string_view arg, Language language) {
  if (arg.empty() || arg[0] != '@') return std::string(arg);
  std::string out;
  for (std::size_t start = 0; start < arg.size();) {
    std::size_t end = arg.find(", ", start);
    if (end == std::string_view::npos) end = arg.size();
    std::string_view piece = arg.substr(start, end - start);
    if (!piece.empty() && piece[0] == '@') piece.remove_prefix(1);
    if (!out.empty()) out += ", ";
    out += lookup(piece, language) ? message(piece, language)
                                   : std::string(piece.substr(piece.rfind('.') + 1));
    start = end + 2;
  }
  return out;
}

} // namespace

std::string message(std::string_view key, Language language, const std::vector<std::string>& args) {
  const std::string* found = lookup(key, language);
  if (!found) return std::string(key);
  const std::string_view pattern = *found;
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' &&
        pattern[i + 1] >= '0' && pattern[i + 1] <= '9') {
      std::size_t n = static_cast<std::size_t>(pattern[i + 1] - '0');
      if (n < args.size()) out += resolve(args[n], language);
      i += 2;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

std::string message_count(std::string_view key, double count, Language language,
                          const std::vector<std::string>& args) {
  return message(plural_key(key, language, count,
                            [&](const std::string& k) { return lookup(k, language) != nullptr; }),
                 language, args);
}

std::string message(std::string_view key, std::optional<std::size_t> count, Language language,
                    const std::vector<std::string>& args) {
  return count ? message_count(key, static_cast<double>(*count), language, args)
               : message(key, language, args);
}

std::string describe(const LoadError& error, Language language) {
  std::string what =
      error.key.rfind("json.", 0) == 0
          ? message("load.syntax", language, {message(error.key, language, error.args)})
          : message(error.key, error.count, language, error.args);
  std::string where = error.line
                          ? message("where.line", language,
                                    {std::to_string(error.line), std::to_string(error.column)})
                          : std::string();
  std::string path =
      error.path.empty() ? std::string() : message("where.path", language, {error.path});
  std::string types;
  if (!error.expected.empty() && !error.found.empty())
    types = message("where.expected_found", language, {"@" + error.expected, "@" + error.found});
  else if (!error.expected.empty())
    types = message("where.expected", language, {"@" + error.expected});
  std::string detail = error.detail_key.empty()
                           ? std::string()
                           : message(error.detail_key, language, error.detail_args);
  // "The file has N errors. The first one: At actions[0].lead: ..." when
  // there is a detail; otherwise the place comes first.
  if (!detail.empty()) return join({what, path, detail});
  return join({path, what, where, types});
}

std::string describe(const Finding& finding, Language language) {
  return join(
      {finding.path.empty() ? std::string() : message("where.path", language, {finding.path}),
       message(finding.key, language, finding.args)});
}

} // namespace rumbo
