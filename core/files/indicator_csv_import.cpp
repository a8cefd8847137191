#include "core/files/indicator_csv_import.h"

#include "core/messages.h"
#include "core/text/languages.h"
#include "core/text/typed_text.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace rumbo {
namespace {

//-----------------------------------------------------------------------------
// Headers
//-----------------------------------------------------------------------------

enum class Field { id, indicator, city, value, year, source, other };

// Folded words a header may start with, in Spanish and English; "other" are
// the columns of the indicators export that hold no city's values.
struct HeaderWords {
  Field field;
  std::vector<std::string_view> words;
};

const std::vector<HeaderWords>& header_words() {
  static const std::vector<HeaderWords> words = {
      {Field::id, {"id", "identificador", "codigo", "code"}},
      {Field::indicator, {"indicador", "indicator", "nombre del indicador", "nombre", "name"}},
      {Field::city, {"ciudad", "city", "municipio", "territorio", "peer city"}},
      {Field::value, {"valor", "value", "dato", "cifra"}},
      {Field::year, {"ano", "year", "vigencia"}},
      {Field::source, {"fuente", "source"}},
      {Field::other,
       {"dimension", "unidad", "unit", "direccion", "direction", "tipo", "kind", "meta", "target",
        "peso", "weight", "notas", "notes"}},
  };
  return words;
}

std::optional<Field> field_of(const std::string& header) {
  const std::string h = comparable(csv_text(header));
  for (const HeaderWords& entry : header_words())
    for (std::string_view word : entry.words)
      if (h == word || (h.starts_with(word) && h.substr(word.size()).starts_with(" (")))
        return entry.field;
  return std::nullopt;
}

std::string cell(const CsvRow& row, std::optional<std::size_t> column) {
  return column && *column < row.cells.size() ? csv_text(row.cells[*column]) : std::string();
}

//-----------------------------------------------------------------------------
// Names of indicators and cities
//-----------------------------------------------------------------------------

class Names {
public:
  explicit Names(const Workspace& ws) : ws_(ws) {
    for (const Indicator& indicator : ws.indicators) {
      std::set<std::string> keys;
      for (const auto& [code, name] : indicator.name.texts)
        keys.insert(comparable(name));
      for (const std::string& key : keys)
        if (!key.empty()) indicators_[key].push_back(indicator.id.value);
    }
    if (!ws.profile.name.empty()) own_.insert(comparable(ws.profile.name));
    for (const LanguageInfo& language : languages())
      own_.insert(comparable(message("csv.own_city", language.language)));
    for (const PeerCity& peer : ws.peers)
      peers_.emplace(comparable(peer.name), peer.id.value); // the first of a repeated name
  }

  // The indicator a cell names, or the problem with it.
  std::optional<ObjectId> indicator(const std::string& text, CsvProblem& problem) const {
    if (!text.empty() &&
        std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
        text.size() < 10) {
      const ObjectId id = std::stoull(text);
      if (find_by_id(ws_.indicators, id)) return id;
    }
    const auto found = indicators_.find(comparable(text));
    if (found == indicators_.end()) {
      problem = {0, "csv.unknown_indicator", {text}};
      return std::nullopt;
    }
    if (found->second.size() > 1) {
      problem = {0, "csv.ambiguous_indicator", {text, std::to_string(found->second.size())}};
      return std::nullopt;
    }
    return found->second.front();
  }

  bool is_own(const std::string& city) const { return own_.count(comparable(city)) != 0; }
  std::optional<ObjectId> peer(const std::string& city) const {
    const auto found = peers_.find(comparable(city));
    return found == peers_.end() ? std::nullopt : std::optional<ObjectId>(found->second);
  }
  bool known(const std::string& city) const { return is_own(city) || peer(city); }

  // Which city a name is, however it is written: the city itself, a peer by
  // its id, or a city not yet known by its name compared as names are.
  std::string city_key(const std::string& city) const {
    if (is_own(city)) return "own";
    if (const std::optional<ObjectId> id = peer(city)) return "peer " + std::to_string(*id);
    return "new " + comparable(city);
  }

private:
  const Workspace& ws_;
  std::map<std::string, std::vector<ObjectId>> indicators_;
  std::set<std::string> own_;
  std::map<std::string, ObjectId> peers_;
};

//-----------------------------------------------------------------------------
// Rows
//-----------------------------------------------------------------------------

// One row's cell for one city, before it is checked.
struct Reading {
  const CsvRow* row;
  std::string indicator, city, value, year, source;
};

class PreviewBuilder {
public:
  PreviewBuilder(const Workspace& ws, IndicatorCsvPreview& preview, bool create)
      : ws_(ws), names_(ws), preview_(preview), create_(create) {}

  const Names& names() const { return names_; }

  void problem(CsvProblem problem) {
    if (preview_.problems.size() < kMaxListedProblems) preview_.problems.push_back(problem);
    ++preview_.problem_count;
  }

  // The value a row gives one city, or nothing: no value, or a problem
  // (reported here).
  std::optional<IndicatorCsvValue> read(const Reading& r) {
    const std::size_t row = r.row->number;
    if (r.value.empty()) return std::nullopt; // a missing value is simply absent
    if (r.indicator.empty()) return report(row, {0, "csv.no_indicator", {}});
    if (r.city.empty()) return report(row, {0, "csv.no_city", {}});
    CsvProblem found;
    const std::optional<ObjectId> indicator_id = names_.indicator(r.indicator, found);
    if (!indicator_id) return report(row, found);
    const Indicator& indicator = *find_by_id(ws_.indicators, *indicator_id);
    double value = 0;
    if (!parse_csv_number(r.value, preview_.decimal_comma, value))
      return report(row, {0, "csv.not_a_number", {r.value}});
    if (indicator.kind == IndicatorKind::maturity &&
        (value != std::floor(value) || value < 0 || value >= kMaturityLevels))
      return report(row, {0, "csv.maturity_level", {r.value, r.indicator}});
    IndicatorCsvValue out{row, {*indicator_id}, {}, {}, value, {}, {}};
    if (names_.is_own(r.city)) {
      if (!r.year.empty()) {
        out.year = parse_year(r.year);
        if (!out.year) return report(row, {0, "csv.bad_year", {r.year}});
      }
      out.source = r.source;
    } else if (const std::optional<ObjectId> peer = names_.peer(r.city)) {
      out.peer.value = *peer;
    } else {
      out.new_city = unknown_city(r.city);
      if (!create_) return report(row, {0, "csv.unknown_city", {r.city}});
    }
    return out;
  }

  // The row's values, unless one of them repeats an earlier row's.
  void commit(std::size_t row, const std::vector<IndicatorCsvValue>& values,
              const std::vector<std::string>& indicators, const std::vector<std::string>& cities) {
    for (std::size_t i = 0; i < values.size(); ++i) {
      const auto earlier = first_row_.find(key_of(values[i]));
      if (earlier != first_row_.end()) {
        report(
            row,
            {0, "csv.repeated_value", {indicators[i], cities[i], std::to_string(earlier->second)}});
        return;
      }
    }
    for (const IndicatorCsvValue& v : values) {
      first_row_.emplace(key_of(v), row);
      preview_.values.push_back(v);
    }
  }

private:
  // One value per indicator and city: "12/peer 57", "12/own", or
  // "12/new puerto lindo" for a new city.
  static std::string key_of(const IndicatorCsvValue& v) {
    return std::to_string(v.indicator.value) + "/" +
           (v.peer.value         ? "peer " + std::to_string(v.peer.value)
            : v.new_city.empty() ? std::string("own")
                                 : "new " + comparable(v.new_city));
  }

  std::nullopt_t report(std::size_t row, CsvProblem problem) {
    problem.row = row;
    this->problem(std::move(problem));
    return std::nullopt;
  }

  // The name the city is listed under: as the file first wrote it.
  std::string unknown_city(const std::string& name) {
    for (const std::string& seen : preview_.unknown_cities)
      if (comparable(seen) == comparable(name)) return seen;
    preview_.unknown_cities.push_back(name);
    return name;
  }

  const Workspace& ws_;
  Names names_;
  IndicatorCsvPreview& preview_;
  bool create_;
  std::map<std::string, std::size_t> first_row_; // indicator/city → the row that set it
};

// The cells that hold values, to tell a decimal comma from a point.
std::vector<std::string_view> value_cells(const CsvTable& table,
                                          const IndicatorCsvMapping& mapping) {
  std::vector<std::string_view> cells;
  const std::vector<std::size_t> columns =
      mapping.layout == CsvLayout::wide
          ? mapping.city_columns
          : (mapping.value ? std::vector<std::size_t>{*mapping.value} : std::vector<std::size_t>{});
  for (const CsvRow& row : table.rows)
    for (std::size_t column : columns)
      if (column < row.cells.size()) cells.push_back(row.cells[column]);
  return cells;
}

// The name heading a column of a wide table; empty past the header's end.
std::string city_heading(const CsvTable& table, std::size_t column) {
  return column < table.header.size() ? csv_text(table.header[column]) : std::string();
}

// Two city columns that name the same city ("San Aurelio" and "Nuestra
// ciudad", "Altoverde" and "ALTOVERDE"): every row would give that city two
// values, of which an import could keep only one.
std::optional<CsvProblem> same_city_twice(const Names& names, const CsvTable& table,
                                          const std::vector<std::size_t>& columns) {
  std::map<std::string, std::string> seen; // city → the heading of its first column
  for (std::size_t column : columns) {
    const std::string heading = city_heading(table, column);
    if (heading.empty()) continue; // no city: each value is a row's problem
    const auto [first, added] = seen.emplace(names.city_key(heading), heading);
    if (!added) return CsvProblem{0, "csv.map_same_city", {first->second, heading}};
  }
  return std::nullopt;
}

} // namespace

IndicatorCsvMapping guess_mapping(const Workspace& ws, const CsvTable& table) {
  IndicatorCsvMapping mapping;
  std::optional<std::size_t> id_column;
  std::vector<std::optional<Field>> fields;
  for (std::size_t c = 0; c < table.header.size(); ++c) {
    const std::optional<Field> field = field_of(table.header[c]);
    fields.push_back(field);
    if (!field) continue;
    // In the order of Field; the first column of each kind wins.
    std::optional<std::size_t>* const slots[] = {
        &id_column,    &mapping.indicator, &mapping.city, &mapping.value,
        &mapping.year, &mapping.source,    nullptr};
    std::optional<std::size_t>* slot = slots[static_cast<std::size_t>(*field)];
    if (slot && !*slot) *slot = c;
  }
  if (!mapping.indicator) mapping.indicator = id_column;
  if (mapping.city && mapping.value) return mapping;

  mapping.layout = CsvLayout::wide;
  mapping.city = mapping.value = std::nullopt;
  const Names names(ws);
  std::set<std::string> cities;
  for (std::size_t c = 0; c < table.header.size(); ++c) {
    const std::string header = csv_text(table.header[c]);
    if (fields[c] || header.empty()) continue;
    std::size_t filled = 0, numbers = 0;
    for (const CsvRow& row : table.rows) {
      if (c >= row.cells.size() || csv_text(row.cells[c]).empty()) continue;
      ++filled;
      double value = 0;
      if (parse_csv_number(row.cells[c], table.delimiter == ';', value)) ++numbers;
    }
    // A city's first column only: a second one would repeat its values.
    if ((names.known(header) || (filled > 0 && numbers * 2 >= filled)) &&
        cities.insert(names.city_key(header)).second)
      mapping.city_columns.push_back(c);
  }
  return mapping;
}

IndicatorCsvPreview preview_indicator_import(const Workspace& ws, const CsvTable& table,
                                             const IndicatorCsvMapping& mapping) {
  IndicatorCsvPreview preview;
  preview.decimal_comma = uses_decimal_comma(value_cells(table, mapping), table.delimiter == ';');
  PreviewBuilder builder(ws, preview, mapping.create_unknown_cities);
  const bool wide = mapping.layout == CsvLayout::wide;
  if (!mapping.indicator) builder.problem({0, "csv.map_indicator", {}});
  if (!wide && (!mapping.city || !mapping.value)) builder.problem({0, "csv.map_city_value", {}});
  if (wide && mapping.city_columns.empty()) builder.problem({0, "csv.map_city_columns", {}});
  if (wide)
    if (std::optional<CsvProblem> twice =
            same_city_twice(builder.names(), table, mapping.city_columns))
      builder.problem(*twice);
  if (preview.problem_count > 0) return preview;

  for (const CsvRow& row : table.rows) {
    Reading reading{&row, cell(row, mapping.indicator), {},
                    {},   cell(row, mapping.year),      cell(row, mapping.source)};
    std::vector<IndicatorCsvValue> values;
    std::vector<std::string> indicators, cities;
    auto read = [&] {
      std::optional<IndicatorCsvValue> value = builder.read(reading);
      if (value) {
        values.push_back(*value);
        indicators.push_back(reading.indicator);
        cities.push_back(reading.city);
      }
      return value || reading.value.empty();
    };
    if (!wide) {
      reading.city = cell(row, mapping.city);
      reading.value = cell(row, mapping.value);
      if (!read()) continue;
    } else {
      // A row with a problem sets nothing, and its first problem is enough to fix it.
      bool ok = true;
      for (std::size_t column : mapping.city_columns) {
        reading.city = city_heading(table, column);
        reading.value = cell(row, column);
        if (!(ok = read())) break;
      }
      if (!ok) continue;
    }
    builder.commit(row.number, values, indicators, cities);
  }
  return preview;
}

} // namespace rumbo
