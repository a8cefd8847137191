#pragma once

// Which plural form a number takes in a language, by the rules of the Unicode
// CLDR (https://unicode.org/reports/tr35/tr35-numbers.html#Language_Plural_Rules):
// Spanish says "1 ciudad" and "2 ciudades", Portuguese (Brazil) also "0 cidade"
// ("one" is i = 0..1), English "1 city", "1.0 cities". The rules are data
// (assets/i18n/languages.json), so a language needs no code for its plurals.
//
// The rule syntax read here is CLDR's, without the samples ("@integer ..."):
//   condition  = and_cond ("or" and_cond)*
//   and_cond   = relation ("and" relation)*
//   relation   = operand ["%" value] ("=" | "!=") range ("," range)*
//   range      = value [".." value]
//   operand    = n | i | v | w | f | t | e | c

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rumbo {

enum class PluralCategory { zero, one, two, few, many, other };

std::string_view plural_category_name(PluralCategory category);

class PluralRules {
public:
  // From category name → rule ("one" → "n = 1"). "other" needs no rule. On a
  // problem nothing is made and `problem` says which rule and where.
  static std::optional<PluralRules>
  parse(const std::vector<std::pair<std::string, std::string>>& rules, std::string& problem);

  // The category of a number written with `decimals` digits after the mark
  // ("1" is one in English, "1.0" is other).
  PluralCategory category(double value, int decimals = 0) const;

private:
  struct Relation {
    char operand = 'n';
    long long modulo = 0; // 0: none
    bool negated = false;
    std::vector<std::pair<long long, long long>> ranges;
  };
  using AndCondition = std::vector<Relation>;
  struct Rule {
    PluralCategory category = PluralCategory::other;
    std::vector<AndCondition> any;
  };
  std::vector<Rule> rules_;
};

} // namespace rumbo
