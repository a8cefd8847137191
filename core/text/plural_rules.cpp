#include "core/text/plural_rules.h"

#include <cctype>
#include <cmath>
#include <cstdio>

namespace rumbo {
namespace {

constexpr std::string_view kCategoryNames[] = {"zero", "one", "two", "few", "many", "other"};

// The operands of a number as CLDR defines them, from its written form.
struct Operands {
  double n = 0;    // absolute value
  long long i = 0; // integer digits
  long long v = 0; // visible fraction digits
  long long w = 0; // visible fraction digits without trailing zeros
  long long f = 0; // visible fraction digits, as a number
  long long t = 0; // the same without trailing zeros
};

Operands operands_of(double value, int decimals) {
  Operands o;
  decimals = decimals < 0 ? 0 : (decimals > 9 ? 9 : decimals);
  char text[400];
  std::snprintf(text, sizeof text, "%.*f", decimals, std::fabs(value));
  const std::string written = text;
  const std::size_t point = written.find('.');
  o.n = std::fabs(value);
  o.i = static_cast<long long>(std::floor(std::fabs(value)) < 9e17 ? std::floor(std::fabs(value))
                                                                   : 9e17);
  if (point != std::string::npos) {
    std::string fraction = written.substr(point + 1);
    o.v = static_cast<long long>(fraction.size());
    o.f = fraction.empty() ? 0 : std::stoll(fraction);
    while (!fraction.empty() && fraction.back() == '0')
      fraction.pop_back();
    o.w = static_cast<long long>(fraction.size());
    o.t = fraction.empty() ? 0 : std::stoll(fraction);
  }
  return o;
}

class Parser {
public:
  explicit Parser(std::string_view text) : text_(text) {}

  bool at_end() {
    skip();
    return pos_ >= text_.size();
  }
  bool word(std::string_view w) {
    skip();
    if (text_.substr(pos_, w.size()) != w) return false;
    const std::size_t after = pos_ + w.size();
    if (after < text_.size() && std::isalpha(static_cast<unsigned char>(text_[after])))
      return false;
    pos_ = after;
    return true;
  }
  bool symbol(std::string_view s) {
    skip();
    if (text_.substr(pos_, s.size()) != s) return false;
    pos_ += s.size();
    return true;
  }
  std::optional<long long> number() {
    skip();
    std::size_t start = pos_;
    long long value = 0;
    while (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_])) &&
           pos_ - start < 15)
      value = value * 10 + (text_[pos_++] - '0');
    if (pos_ == start) return std::nullopt;
    return value;
  }
  std::optional<char> operand() {
    skip();
    if (pos_ >= text_.size()) return std::nullopt;
    const char c = text_[pos_];
    if (std::string_view("nivwftec").find(c) == std::string_view::npos) return std::nullopt;
    if (pos_ + 1 < text_.size() && std::isalpha(static_cast<unsigned char>(text_[pos_ + 1])))
      return std::nullopt;
    ++pos_;
    return c;
  }
  std::size_t position() const { return pos_; }

private:
  void skip() {
    while (pos_ < text_.size() && text_[pos_] == ' ')
      ++pos_;
  }
  std::string_view text_;
  std::size_t pos_ = 0;
};

} // namespace

std::string_view plural_category_name(PluralCategory category) {
  return kCategoryNames[static_cast<int>(category)];
}

std::optional<PluralRules>
PluralRules::parse(const std::vector<std::pair<std::string, std::string>>& rules,
                   std::string& problem) {
  PluralRules out;
  for (const auto& named : rules) {
    // Not a structured binding: clang 14 cannot capture one in the lambda below.
    const std::string& name = named.first;
    const std::string& text = named.second;
    Rule rule;
    bool known = false;
    for (int c = 0; c < 6; ++c)
      if (kCategoryNames[c] == name) {
        rule.category = static_cast<PluralCategory>(c);
        known = true;
      }
    if (!known || rule.category == PluralCategory::other) {
      problem = "\"" + name + "\" is not a plural category (zero, one, two, few, many)";
      return std::nullopt;
    }
    // The samples that follow "@" document the rule; they are not part of it.
    const std::string_view condition = std::string_view(text).substr(0, text.find('@'));
    Parser p(condition);
    auto fail = [&](const char* what) {
      problem = "plural rule \"" + name + "\": " + what + " at character " +
                std::to_string(p.position() + 1);
      return std::nullopt;
    };
    do {
      AndCondition all;
      do {
        Relation relation;
        const std::optional<char> operand = p.operand();
        if (!operand) return fail("expected an operand (n, i, v, w, f, t, e)");
        relation.operand = *operand;
        if (p.symbol("%")) {
          const auto modulo = p.number();
          if (!modulo || *modulo == 0) return fail("expected a number after %");
          relation.modulo = *modulo;
        }
        if (p.symbol("!="))
          relation.negated = true;
        else if (!p.symbol("="))
          return fail("expected = or !=");
        do {
          const auto low = p.number();
          if (!low) return fail("expected a number");
          long long high = *low;
          if (p.symbol("..")) {
            const auto upper = p.number();
            if (!upper || *upper < *low) return fail("expected a range low..high");
            high = *upper;
          }
          relation.ranges.emplace_back(*low, high);
        } while (p.symbol(","));
        all.push_back(std::move(relation));
      } while (p.word("and"));
      rule.any.push_back(std::move(all));
    } while (p.word("or"));
    if (!p.at_end()) return fail("unexpected text");
    out.rules_.push_back(std::move(rule));
  }
  return out;
}

PluralCategory PluralRules::category(double value, int decimals) const {
  if (!std::isfinite(value)) return PluralCategory::other;
  const Operands o = operands_of(value, decimals);
  auto matches = [&](const Relation& r) {
    // n is the only operand that may be fractional: it matches a range only
    // when it is a whole number (CLDR: "n = 1" is false for 1.5).
    bool whole = true;
    double x = 0;
    switch (r.operand) {
    case 'n':
      x = o.n;
      whole = std::floor(o.n) == o.n;
      break;
    case 'i':
      x = static_cast<double>(o.i);
      break;
    case 'v':
      x = static_cast<double>(o.v);
      break;
    case 'w':
      x = static_cast<double>(o.w);
      break;
    case 'f':
      x = static_cast<double>(o.f);
      break;
    case 't':
      x = static_cast<double>(o.t);
      break;
    default:
      x = 0;
      break; // e, c: the compact exponent, never used here
    }
    if (r.modulo != 0) x = std::fmod(x, static_cast<double>(r.modulo));
    bool in = false;
    for (const auto& [low, high] : r.ranges)
      in = in || (whole && x >= static_cast<double>(low) && x <= static_cast<double>(high));
    return in != r.negated;
  };
  for (const Rule& rule : rules_)
    for (const AndCondition& all : rule.any) {
      bool ok = true;
      for (const Relation& r : all)
        ok = ok && matches(r);
      if (ok) return rule.category;
    }
  return PluralCategory::other;
}

} // namespace rumbo
