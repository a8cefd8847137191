#include "core/text/languages.h"

#include "core/files/json_problems.h"
#include "core/files/rapidjson.h"
#include "core/text/language_data.h"

#include <cctype>

namespace rumbo {
namespace {

struct Registry {
  std::vector<LanguageInfo> languages;
  std::vector<std::vector<Language>> chains; // parallel to languages
  std::vector<Locale> locales;
  std::string problem;
};

Registry& registry();

// "pt_BR.UTF-8" → "pt-BR"; "es-co" → "es-CO".
std::string normalised_tag(std::string_view tag) {
  tag = tag.substr(0, tag.find_first_of(".@"));
  std::string out;
  bool region = false;
  for (char c : tag) {
    if (c == '_' || c == '-') {
      out += '-';
      region = true;
    } else {
      out += region ? static_cast<char>(std::toupper(static_cast<unsigned char>(c)))
                    : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return out;
}

std::string_view primary(std::string_view tag) { return tag.substr(0, tag.find('-')); }

const rapidjson::Value* member(const rapidjson::Value& object, const char* name) {
  if (!object.IsObject()) return nullptr;
  const auto found = object.FindMember(name);
  return found == object.MemberEnd() ? nullptr : &found->value;
}

std::optional<std::string> text_member(const rapidjson::Value& object, const char* name,
                                       std::string& out) {
  const rapidjson::Value* value = member(object, name);
  if (!value || !value->IsString()) return std::string("\"") + name + "\" must be a text";
  out.assign(value->GetString(), value->GetStringLength());
  return std::nullopt;
}

std::optional<std::string> read_locale(const rapidjson::Value& value, Locale& locale) {
  for (auto [name, field] : {std::pair{"code", &locale.code},
                             {"decimal", &locale.decimal},
                             {"group", &locale.group},
                             {"percent", &locale.percent},
                             {"date", &locale.date},
                             {"money_other", &locale.money_other}})
    if (auto problem = text_member(value, name, *field)) return problem;
  if (!valid_language_code(locale.code)) return "\"" + locale.code + "\" is not a locale code";
  std::string delimiter;
  if (auto problem = text_member(value, "csv_delimiter", delimiter)) return problem;
  if (delimiter.size() != 1) return std::string("\"csv_delimiter\" must be one character");
  locale.csv_delimiter = delimiter[0];
  const rapidjson::Value* money = member(value, "money");
  if (!money || !money->IsObject()) return std::string("\"money\" must be an object");
  for (rapidjson::SizeType i = 0; i < money->MemberCount(); ++i) {
    const auto& entry = *(money->MemberBegin() + i);
    if (!entry.value.IsString()) return std::string("a \"money\" pattern must be a text");
    locale.money.emplace(std::string(entry.name.GetString(), entry.name.GetStringLength()),
                         std::string(entry.value.GetString(), entry.value.GetStringLength()));
  }
  return std::nullopt;
}

std::optional<std::string> read_language(const rapidjson::Value& value, LanguageInfo& info) {
  std::string code, locale;
  if (auto problem = text_member(value, "code", code)) return problem;
  if (!valid_language_code(code)) return "\"" + code + "\" is not a language code";
  info.language = Language(code);
  if (auto problem = text_member(value, "name", info.name)) return problem;
  if (auto problem = text_member(value, "locale", info.locale)) return problem;
  const rapidjson::Value* fallback = member(value, "fallback");
  if (!fallback || !fallback->IsArray()) return code + ": \"fallback\" must be a list of codes";
  for (const auto& other : fallback->GetArray()) {
    if (!other.IsString() || !valid_language_code(other.GetString()))
      return code + ": \"fallback\" must be a list of codes";
    info.fallback.emplace_back(std::string_view(other.GetString(), other.GetStringLength()));
  }
  std::vector<std::pair<std::string, std::string>> rules;
  const rapidjson::Value* plural = member(value, "plural");
  if (!plural || !plural->IsObject()) return code + ": \"plural\" must be an object of rules";
  for (rapidjson::SizeType i = 0; i < plural->MemberCount(); ++i) {
    const auto& rule = *(plural->MemberBegin() + i);
    if (!rule.value.IsString()) return code + ": a plural rule must be a text";
    rules.emplace_back(std::string(rule.name.GetString(), rule.name.GetStringLength()),
                       std::string(rule.value.GetString(), rule.value.GetStringLength()));
  }
  std::string problem;
  std::optional<PluralRules> parsed = PluralRules::parse(rules, problem);
  if (!parsed) return code + ": " + problem;
  info.plural = std::move(*parsed);
  return std::nullopt;
}

std::vector<Language> chain_of(const LanguageInfo& info) {
  std::vector<Language> chain{info.language};
  auto add = [&](Language l) {
    for (Language known : chain)
      if (known == l) return;
    chain.push_back(l);
  };
  for (Language l : info.fallback)
    add(l);
  add(Language::es);
  return chain;
}

std::optional<std::string>
add_to(Registry& r, std::string_view languages_json,
       const std::vector<std::pair<std::string, std::string>>& messages) {
  rapidjson::Document document;
  document.Parse<kJsonParseFlags>(languages_json.data(), languages_json.size());
  if (document.HasParseError() || !document.IsObject())
    return std::string("the list of languages is not a JSON object");
  std::vector<LanguageInfo> added;
  std::vector<Locale> added_locales;
  if (const rapidjson::Value* list = member(document, "locales")) {
    if (!list->IsArray()) return std::string("\"locales\" must be a list");
    for (const auto& value : list->GetArray()) {
      Locale locale;
      if (auto problem = read_locale(value, locale)) return "locale: " + *problem;
      added_locales.push_back(std::move(locale));
    }
  }
  const rapidjson::Value* list = member(document, "languages");
  if (!list || !list->IsArray()) return std::string("\"languages\" must be a list");
  for (const auto& value : list->GetArray()) {
    LanguageInfo info;
    if (auto problem = read_language(value, info)) return "language: " + *problem;
    for (const LanguageInfo& known : r.languages)
      if (known.language == info.language)
        return std::string(info.language.code()) + " is listed twice";
    // A language without core's sentences yet falls back for each of them.
    for (const auto& [code, text] : messages)
      if (code == info.language.code())
        if (auto problem = info.messages.add(text))
          return std::string(info.language.code()) + "/messages.json: " + *problem;
    added.push_back(std::move(info));
  }
  for (Locale& locale : added_locales)
    r.locales.push_back(std::move(locale));
  for (LanguageInfo& info : added)
    r.languages.push_back(std::move(info));
  r.chains.clear();
  for (const LanguageInfo& info : r.languages)
    r.chains.push_back(chain_of(info));
  return std::nullopt;
}

Registry& registry() {
  static Registry instance = [] {
    Registry r;
    std::string list;
    std::vector<std::pair<std::string, std::string>> messages;
    for (const EmbeddedFile& file : embedded_language_files()) {
      const std::string_view path = file.path;
      if (path == "languages.json")
        list.assign(file.text, file.size);
      else
        messages.emplace_back(std::string(path.substr(0, path.find('/'))),
                              std::string(file.text, file.size));
    }
    if (auto problem = add_to(r, list, messages)) r.problem = *problem;
    return r;
  }();
  return instance;
}

} // namespace

const std::vector<LanguageInfo>& languages() { return registry().languages; }
const std::vector<Locale>& locales() { return registry().locales; }
const std::string& language_data_problem() { return registry().problem; }

const LanguageInfo* find_language(Language language) {
  for (const LanguageInfo& info : registry().languages)
    if (info.language == language) return &info;
  return nullptr;
}

const std::vector<Language>& fallback_chain(Language language) {
  const Registry& r = registry();
  for (std::size_t i = 0; i < r.languages.size(); ++i)
    if (r.languages[i].language == language) return r.chains[i];
  static const std::vector<Language> spanish{Language::es};
  return spanish;
}

std::optional<Language> match_language(std::string_view tag) {
  const std::string wanted = normalised_tag(tag);
  for (const LanguageInfo& info : registry().languages)
    if (info.language.code() == wanted) return info.language;
  for (const LanguageInfo& info : registry().languages)
    if (primary(info.language.code()) == primary(wanted)) return info.language;
  return std::nullopt;
}

const Locale& default_locale(Language language) {
  const Registry& r = registry();
  const LanguageInfo* info = find_language(language);
  for (const Locale& locale : r.locales)
    if (info && locale.code == info->locale) return locale;
  static const Locale fallback;
  return r.locales.empty() ? fallback : r.locales.front();
}

const Locale& match_locale(std::string_view tag, Language language) {
  const std::string wanted = normalised_tag(tag);
  for (const Locale& locale : registry().locales)
    if (locale.code == wanted) return locale;
  return default_locale(language);
}

std::string_view plural_category(Language language, double value, int decimals) {
  const LanguageInfo* info = find_language(language);
  const PluralCategory category =
      info ? info->plural.category(value, decimals) : PluralCategory::other;
  return plural_category_name(category);
}

std::string plural_key(std::string_view key, Language language, double count,
                       FunctionRef<bool(const std::string&)> known) {
  const std::string base(key);
  if (std::string form = base + "." + std::string(plural_category(language, count)); known(form))
    return form;
  return known(base + ".other") ? base + ".other" : base;
}

std::optional<std::string>
add_languages(std::string_view languages_json,
              const std::vector<std::pair<std::string, std::string>>& messages) {
  return add_to(registry(), languages_json, messages);
}

void remove_language(Language language) {
  Registry& r = registry();
  std::erase_if(r.languages, [&](const LanguageInfo& info) { return info.language == language; });
  std::erase_if(r.locales, [&](const Locale& locale) {
    return primary(locale.code) == primary(language.code());
  });
  r.chains.clear();
  for (const LanguageInfo& info : r.languages)
    r.chains.push_back(chain_of(info));
}

} // namespace rumbo
