// CSV in and out: the reader on what spreadsheets write (and on what they
// should not), numbers in both locales, the exports, and indicator values
// imported as one undo step. The spreadsheet texts are written here as
// Excel and LibreOffice save them in Spanish and English.

#include "core/commands/history.h"
#include "core/commands/import_indicator_values.h"
#include "core/files/csv.h"
#include "core/files/csv_exports.h"
#include "core/files/indicator_csv_import.h"
#include "core/files/workspace_file.h"
#include "core/messages.h"
#include "core/text/languages.h"
#include "fixture.h"

#include <catch2/catch.hpp>

using namespace rumbo;

namespace {

CsvTable read_ok(std::string_view text) {
  CsvReadResult result = read_csv(text);
  INFO(describe(result.error, Language::es));
  REQUIRE(result.table);
  return *result.table;
}

std::string refusal(std::string_view text) {
  CsvReadResult result = read_csv(text);
  REQUIRE_FALSE(result.table);
  return describe(result.error, Language::es);
}

std::vector<std::string> problems(const IndicatorCsvPreview& preview) {
  std::vector<std::string> out;
  for (const CsvProblem& problem : preview.problems)
    out.push_back(describe(problem, Language::es));
  return out;
}

Workspace sample_city() {
  LoadResult loaded = load(test::read_file(test::asset_path("samples/sample-city.rumbo.json")));
  REQUIRE(loaded.ok());
  return *loaded.workspace;
}

// The sample's values as a spreadsheet has them; every value of the city and
// its peers cleared, to be filled back from a file.
Workspace without_values(Workspace ws) {
  for (Indicator& indicator : ws.indicators) {
    indicator.value.reset();
    indicator.year = 0;
  }
  for (PeerCity& peer : ws.peers)
    peer.values.clear();
  return ws;
}

Workspace imported(const Workspace& ws, std::string_view text, bool create = false) {
  const CsvTable table = read_ok(text);
  IndicatorCsvMapping mapping = guess_mapping(ws, table);
  mapping.create_unknown_cities = create;
  const IndicatorCsvPreview preview = preview_indicator_import(ws, table, mapping);
  INFO(Catch::Detail::stringify(problems(preview)));
  CHECK(preview.problem_count == 0);
  Workspace after = ws;
  History history;
  history.apply(after, import_indicator_values(ws, preview, "CSV"));
  return after;
}

const Indicator& indicator_named(const Workspace& ws, const std::string& name) {
  for (const Indicator& indicator : ws.indicators)
    if (indicator.name.exactly(Language::es) == name) return indicator;
  FAIL("no indicator " << name);
  throw;
}

std::optional<double> peer_value(const Workspace& ws, const std::string& peer_name,
                                 const std::string& indicator_name) {
  const ObjectId indicator = indicator_named(ws, indicator_name).id.value;
  for (const PeerCity& peer : ws.peers)
    if (peer.name == peer_name)
      for (const PeerValue& v : peer.values)
        if (v.indicator.value == indicator) return v.value;
  return std::nullopt;
}

} // namespace

//-----------------------------------------------------------------------------
// Reading
//-----------------------------------------------------------------------------

TEST_CASE("csv: Excel in Spanish: byte-order mark, semicolons, CRLF", "[csv]") {
  const CsvTable table = read_ok("\xEF\xBB\xBFIndicador;Ciudad;Valor\r\nCamas hoteleras;San "
                                 "Aurelio;6,2\r\nCamas hoteleras;Altoverde;7,9\r\n");
  CHECK(table.delimiter == ';');
  CHECK(table.header == std::vector<std::string>{"Indicador", "Ciudad", "Valor"});
  REQUIRE(table.rows.size() == 2);
  CHECK(table.rows[0] == CsvRow{2, {"Camas hoteleras", "San Aurelio", "6,2"}});
  CHECK(table.rows[1].number == 3);
}

TEST_CASE("csv: commas and tabs are found too; a lone column is one cell a row", "[csv]") {
  CHECK(read_ok("a,b,c\n1,2,3\n").delimiter == ',');
  CHECK(read_ok("a\tb\n1,5\t2,5\n").delimiter == '\t');
  // Decimal commas in the rows do not make the comma the delimiter.
  CHECK(read_ok("Indicador;Valor\nX;1,5\nY;2,25\n").delimiter == ';');
  const CsvTable single = read_ok("Indicador\nX\n");
  CHECK(single.header.size() == 1);
  CHECK(single.rows[0].cells == std::vector<std::string>{"X"});
}

TEST_CASE("csv: quoted cells hold delimiters, quotes and line breaks", "[csv]") {
  const CsvTable table =
      read_ok("Nombre;Fuente\n\"Camas; hoteleras\";\"DANE \"\"2024\"\"\nsegunda línea\"\nZ;w\n");
  REQUIRE(table.rows.size() == 2);
  CHECK(table.rows[0].cells ==
        std::vector<std::string>{"Camas; hoteleras", "DANE \"2024\"\nsegunda línea"});
  // The spreadsheet's row numbers: a line break inside quotes is still one row.
  CHECK(table.rows[1].number == 3);
}

TEST_CASE("csv: blank lines and rows of empty cells are skipped but keep their row number",
          "[csv]") {
  const CsvTable table = read_ok("\n\nA;B\n;;\n\n1;2\r3;4");
  CHECK(table.header == std::vector<std::string>{"A", "B"});
  REQUIRE(table.rows.size() == 2);
  CHECK(table.rows[0].number == 6);
  CHECK(table.rows[1].number == 7); // an old Mac's lone CR ends a row too
  CHECK(table.rows[1].cells == std::vector<std::string>{"3", "4"});
}

TEST_CASE("csv: broken, truncated, oversized or hostile files are refused with a reason", "[csv]") {
  CHECK(refusal("") == "El archivo está vacío: no tiene ninguna fila con datos.");
  CHECK(refusal("\xEF\xBB\xBF\r\n;;\r\n") ==
        "El archivo está vacío: no tiene ninguna fila con datos.");
  CHECK(refusal("A;B\n1;\"sin cerrar\n2;3\n") ==
        "fila 2: unas comillas que se abren aquí no se cierran: el archivo parece cortado o "
        "dañado.");
  CHECK(
      refusal(std::string("PK\x03\x04\0\0binario", 14)).starts_with("El archivo no es texto CSV"));
  // Neither UTF-8 nor Windows-1252: 0x81 is undefined in the code page, and a
  // byte-order mark says UTF-8, so a Latin-1 "ñ" after it is not converted.
  CHECK(refusal("A;B\n1;2\nA\x81o;3\n")
            .starts_with("fila 3: el texto no está en UTF-8 ni en Windows-1252"));
  CHECK(refusal("\xEF\xBB\xBF"
                "A;B\n1;2\nA\xF1o;3\n")
            .starts_with("fila 3: el texto no está en UTF-8"));
  CHECK(refusal(std::string(kMaxCsvBytes + 1, 'a')) ==
        "El archivo pesa 5 MB; Rumbo lee archivos CSV de hasta 4 MB.");
  std::string many_rows = "A\n";
  for (std::size_t i = 0; i <= kMaxCsvRows; ++i)
    many_rows += "1\n";
  CHECK(refusal(many_rows) == "El archivo tiene más de 20000 filas; Rumbo lee hasta 20000.");
  CHECK(refusal("A;B\n" + std::string(kMaxCsvColumns + 1, ';') + "\n") ==
        "fila 2: tiene más de 250 columnas; Rumbo lee hasta 250.");
  CHECK(refusal("A\n\"" + std::string(70000, 'x') + "\"\n").starts_with("fila 2: una celda"));
}

TEST_CASE("csv: Excel's \"CSV (delimitado por comas)\" in Windows-1252 is converted, and said",
          "[csv]") {
  // The bytes Excel on Windows writes for this sheet: ó í á ñ as Latin-1,
  // €, “ and ” at 0x80, 0x93 and 0x94 (code page 1252), CRLF line ends.
  // (A string is cut after an escape that a hex letter follows.)
  const std::string excel = "C\xF3"
                            "digo;Nombre;Inversi\xF3n (\x80)\r\n"
                            "05001;Medell\xEDn;1.234,5\r\n"
                            "25290;\x93"
                            "Fusagasug\xE1\x94 y Pe\xF1"
                            "alisa;2,5\r\n";
  CsvReadResult result = read_csv(excel);
  REQUIRE(result.table);
  CHECK(result.encoding == CsvEncoding::windows_1252);
  CHECK(result.table->header == std::vector<std::string>{"Código", "Nombre", "Inversión (€)"});
  CHECK(result.table->rows[0].cells == std::vector<std::string>{"05001", "Medellín", "1.234,5"});
  CHECK(result.table->rows[1].cells[1] == "“Fusagasugá” y Peñalisa");
  CHECK(describe_encoding(result, Language::es).starts_with("Leído como Windows-1252"));
  CHECK(describe_encoding(result, Language::en).starts_with("Read as Windows-1252"));

  // UTF-8 stays UTF-8, and says nothing.
  CsvReadResult utf8 = read_csv("Código;Nombre\n05001;Medellín\n");
  REQUIRE(utf8.table);
  CHECK(utf8.encoding == CsvEncoding::utf8);
  CHECK(describe_encoding(utf8, Language::es).empty());
  CHECK(utf8.table->rows[0].cells[1] == "Medellín");
}

//-----------------------------------------------------------------------------
// Numbers
//-----------------------------------------------------------------------------

TEST_CASE("csv numbers: decimal comma or point, thousands marks, spaces, percent", "[csv]") {
  auto read = [](std::string_view text, bool decimal_comma) {
    double value = 0;
    return parse_csv_number(text, decimal_comma, value) ? std::optional<double>(value)
                                                        : std::nullopt;
  };
  CHECK(read("1.234,5", false) == 1234.5);
  CHECK(read("1234,5", false) == 1234.5);
  CHECK(read("1,234.5", true) == 1234.5);
  CHECK(read("1234.5", true) == 1234.5);
  CHECK(read(" 21 500 ", true) == 21500);
  CHECK(read("21\xC2\xA0"
             "500",
             true) == 21500); // no-break space
  CHECK(read("1.234.567", false) == 1234567);
  CHECK(read("1,234,567", true) == 1234567);
  CHECK(read("-0,31", true) == -0.31);
  CHECK(read("12,5 %", true) == 12.5);
  // One mark before three digits: the file's habit decides.
  CHECK(read("1.234", true) == 1234);
  CHECK(read("1.234", false) == 1.234);
  CHECK_FALSE(read("abc", true));
  CHECK_FALSE(read("", true));
  CHECK_FALSE(read("1,2,3,4", true));
  CHECK_FALSE(read("12a", false));

  CHECK(uses_decimal_comma({"1.234", "6,2"}, false));
  CHECK_FALSE(uses_decimal_comma({"", "0.31"}, true));
  CHECK(uses_decimal_comma({"1.234"}, true));
}

TEST_CASE("csv numbers are written without thousands marks, in the language's form", "[csv]") {
  CHECK(csv_number(1234567.5, default_locale(Language::es)) == "1234567,5");
  CHECK(csv_number(1234567.5, default_locale(Language::en)) == "1234567.5");
  CHECK(csv_number(0.08, default_locale(Language::es)) == "0,08");
  CHECK(csv_number(-0.0, default_locale(Language::en)) == "0");
  CHECK(csv_number(21500, default_locale(Language::es)) == "21500");
}

//-----------------------------------------------------------------------------
// Writing
//-----------------------------------------------------------------------------

TEST_CASE("csv writer: byte-order mark, quotes where needed, formulas disarmed", "[csv]") {
  const std::string text =
      write_csv({{"Título", "Costo"}, {"Feria; \"Expo\"", "1,5"}, {"=HYPERLINK(\"x\")", "-2"}},
                default_locale(Language::es));
  CHECK(text == "\xEF\xBB\xBFTítulo;Costo\r\n\"Feria; \"\"Expo\"\"\";1,5\r\n"
                "\"'=HYPERLINK(\"\"x\"\")\";-2\r\n");
  const CsvTable table = read_ok(text);
  CHECK(table.rows[0].cells[0] == "Feria; \"Expo\"");
  CHECK(csv_text(table.rows[1].cells[0]) == "=HYPERLINK(\"x\")");
  CHECK(write_csv({{"a,b", "c"}}, default_locale(Language::en)) == "\xEF\xBB\xBF\"a,b\",c\r\n");
}

//-----------------------------------------------------------------------------
// Exports
//-----------------------------------------------------------------------------

TEST_CASE("csv exports: indicators, actions, ranking and portfolio of the sample city", "[csv]") {
  const Workspace ws = sample_city();
  const CsvTable indicators =
      read_ok(indicators_csv(ws, Language::es, default_locale(Language::es)));
  CHECK(indicators.header.front() == "Id");
  CHECK(indicators.header[6] == "San Aurelio");
  CHECK(indicators.header.size() == 7 + ws.peers.size() + 2);
  CHECK(indicators.rows.size() == ws.indicators.size());

  const CsvTable actions = read_ok(actions_csv(ws, Language::en, default_locale(Language::en)));
  CHECK(actions.delimiter == ',');
  CHECK(actions.header[0] == "Title");
  CHECK(actions.rows.size() == ws.actions.size());
  CHECK(actions.rows[0].cells[0] == ws.actions[0].title);

  const scoring::WorkspaceScores scores = scoring::score_workspace(ws);
  const CsvTable ranking =
      read_ok(ranking_csv(ws, scores, Language::es, default_locale(Language::es)));
  CHECK(ranking.header ==
        std::vector<std::string>{"Puesto", "Acción", "Puntuación (más es mejor)", "Método"});
  REQUIRE(ranking.rows.size() == scores.ranking.ranking.size());
  CHECK(ranking.rows[0].cells[1] == scores.actions.problem.alternatives[scores.ranking.ranking[0]]);

  const CsvTable portfolio =
      read_ok(portfolio_csv(ws, scores, Language::es, default_locale(Language::es)));
  REQUIRE(scores.portfolio);
  CHECK(portfolio.header[2] == "Costo 2026 (COP)");
  REQUIRE(portfolio.rows.size() == scores.portfolio->chosen.size() + 2);
  CHECK(portfolio.rows[portfolio.rows.size() - 2].cells[0] == "Total");
  // The total of each year is the sum of the chosen actions' costs.
  double year_one = 0, number = 0;
  for (std::size_t r = 0; r + 2 < portfolio.rows.size(); ++r) {
    REQUIRE(parse_csv_number(portfolio.rows[r].cells[2], true, number));
    year_one += number;
  }
  REQUIRE(parse_csv_number(portfolio.rows[portfolio.rows.size() - 2].cells[2], true, number));
  CHECK(number == Approx(year_one));

  CHECK(csv_file_name("San Aurelio (ejemplo)", "Acciones") ==
        "San Aurelio (ejemplo) - Acciones.csv");
  CHECK(csv_file_name("Plan 2026/2030: \"v2\"", "Ranking") == "Plan 2026-2030- -v2- - Ranking.csv");
}

TEST_CASE("csv round trip: indicators exported, cleared and imported back are the same values",
          "[csv]") {
  const Workspace ws = sample_city();
  for (Language language : {Language::es, Language::en}) {
    INFO((language == Language::es ? "es" : "en"));
    const Workspace cleared = without_values(ws);
    const Workspace back =
        imported(cleared, indicators_csv(ws, language, default_locale(language)));
    CHECK(back.indicators == ws.indicators);
    REQUIRE(back.peers.size() == ws.peers.size());
    for (std::size_t p = 0; p < ws.peers.size(); ++p) {
      std::vector<PeerValue> expected = ws.peers[p].values, got = back.peers[p].values;
      auto by_indicator = [](const PeerValue& a, const PeerValue& b) {
        return a.indicator.value < b.indicator.value;
      };
      std::sort(expected.begin(), expected.end(), by_indicator);
      std::sort(got.begin(), got.end(), by_indicator);
      CHECK(got == expected);
    }
  }
}

//-----------------------------------------------------------------------------
// Importing
//-----------------------------------------------------------------------------

// As an official types it in Excel (Spanish): accents and capitals loose,
// decimal comma, one bad number, one unknown indicator, one level out of range.
constexpr std::string_view kSpreadsheet =
    "\xEF\xBB\xBFIndicador;Ciudad;Valor;Año;Fuente\r\n"
    "CAMAS HOTELERAS;San Aurelio;7,4;2025;Registro Nacional de Turismo\r\n"
    "camas hoteleras;Altoverde;8,1;;\r\n"
    "Visitantes extranjeros;San Aurelio;abc;2025;\r\n"
    "Puerto seco;San Aurelio;3;2025;\r\n"
    "Unidad responsable de la internacionalizacion;San Aurelio;5;2025;\r\n"
    "Hoteles;;;;\r\n"
    "Vuelos internacionales directos;Puerto Lindo;4;2025;\r\n";

TEST_CASE("csv import: a spreadsheet in Spanish, with errors named by row", "[csv]") {
  const Workspace ws = sample_city();
  const CsvTable table = read_ok(kSpreadsheet);
  const IndicatorCsvMapping mapping = guess_mapping(ws, table);
  CHECK(mapping.layout == CsvLayout::long_form);
  CHECK(mapping.indicator == 0u);
  CHECK(mapping.city == 1u);
  CHECK(mapping.value == 2u);
  CHECK(mapping.year == 3u);
  CHECK(mapping.source == 4u);
  const IndicatorCsvPreview preview = preview_indicator_import(ws, table, mapping);
  CHECK(preview.decimal_comma);
  CHECK(problems(preview) ==
        std::vector<std::string>{
            "fila 4: «abc» no es un número.", "fila 5: no hay un indicador «Puerto seco».",
            "fila 6: «Unidad responsable de la internacionalizacion» es un nivel de madurez: lleva "
            "un número entero de 0 a 4, no «5».",
            "fila 8: «Puerto Lindo» no es la ciudad ni una de sus ciudades de referencia."});
  CHECK(preview.unknown_cities == std::vector<std::string>{"Puerto Lindo"});
  REQUIRE(preview.values.size() == 2);

  Workspace after = ws;
  History history;
  history.apply(after, import_indicator_values(ws, preview, "CSV"));
  const Indicator& beds = indicator_named(after, "Camas hoteleras");
  CHECK(beds.value == 7.4);
  CHECK(beds.year == 2025);
  CHECK(beds.source == "Registro Nacional de Turismo");
  CHECK(peer_value(after, "Altoverde", "Camas hoteleras") == 8.1);
  CHECK(indicator_named(after, "Visitantes extranjeros") ==
        indicator_named(ws, "Visitantes extranjeros"));

  // One undo step takes it all back, exactly.
  CHECK(history.undo_depth() == 1);
  REQUIRE(history.undo(after));
  CHECK(after == ws);
}

TEST_CASE("csv import: unknown cities are created as peers when the official asks", "[csv]") {
  const Workspace ws = sample_city();
  const Workspace after = imported(ws,
                                   "Indicator,City,Value\n"
                                   "Hotel beds,Puerto Lindo,4.5\n"
                                   "Direct international flights,puerto lindo,2\n",
                                   true);
  REQUIRE(after.peers.size() == ws.peers.size() + 1);
  CHECK(after.peers.back().name == "Puerto Lindo");
  CHECK(peer_value(after, "Puerto Lindo", "Camas hoteleras") == 4.5);
  CHECK(peer_value(after, "Puerto Lindo", "Vuelos internacionales directos") == 2);
}

TEST_CASE("csv import: a value given twice, a missing indicator, an incomplete mapping", "[csv]") {
  const Workspace ws = sample_city();
  const CsvTable table = read_ok("Indicador;Ciudad;Valor\n"
                                 "Camas hoteleras;Altoverde;1\n"
                                 "Camas hoteleras;ALTOVERDE;2\n"
                                 ";Altoverde;3\n");
  const IndicatorCsvPreview preview = preview_indicator_import(ws, table, guess_mapping(ws, table));
  CHECK(problems(preview) ==
        std::vector<std::string>{
            "fila 3: repite el valor de «Camas hoteleras» para «ALTOVERDE», ya dado en la fila 2.",
            "fila 4: tiene un valor pero falta el indicador."});
  CHECK(preview.values.size() == 1);

  IndicatorCsvMapping incomplete;
  const IndicatorCsvPreview nothing = preview_indicator_import(ws, table, incomplete);
  CHECK(nothing.values.empty());
  CHECK(problems(nothing) ==
        std::vector<std::string>{"Elija la columna que nombra el indicador.",
                                 "Elija la columna de la ciudad y la del valor."});
}

TEST_CASE("csv import: the wide form reads one column per city, and a bad row sets nothing",
          "[csv]") {
  const Workspace ws = sample_city();
  const CsvTable table = read_ok("Indicator\tSan Aurelio\tAltoverde\tNotes\n"
                                 "Hotel beds\t6.5\t8\tfrom the registry\n"
                                 "Foreign visitors\t22000\tn/a\t\n");
  const IndicatorCsvMapping mapping = guess_mapping(ws, table);
  CHECK(mapping.layout == CsvLayout::wide);
  CHECK(mapping.city_columns == std::vector<std::size_t>{1, 2});
  const IndicatorCsvPreview preview = preview_indicator_import(ws, table, mapping);
  CHECK(problems(preview) == std::vector<std::string>{"fila 3: «n/a» no es un número."});
  REQUIRE(preview.values.size() == 2);
  CHECK(preview.values[0].value == 6.5);
  CHECK(preview.values[1].value == 8);
}

// Found by tests/fuzz/csv_fuzz.cpp: two columns of one city gave each row two
// values for it; the preview listed both and the import kept the later one.
TEST_CASE("csv import: two columns of one city are one column too many", "[csv]") {
  const Workspace ws = sample_city();
  const CsvTable table = read_ok("Indicador;San Aurelio;Altoverde;Nuestra ciudad;ALTOVERDE\n"
                                 "Camas hoteleras;6,5;8;7;9\n");
  const IndicatorCsvMapping suggested = guess_mapping(ws, table);
  CHECK(suggested.layout == CsvLayout::wide);
  CHECK(suggested.city_columns == std::vector<std::size_t>{1, 2});
  const IndicatorCsvPreview preview = preview_indicator_import(ws, table, suggested);
  CHECK(preview.problem_count == 0);
  CHECK(preview.values.size() == 2);

  IndicatorCsvMapping picked = suggested;
  picked.city_columns = {1, 2, 3, 4};
  const IndicatorCsvPreview refused = preview_indicator_import(ws, table, picked);
  CHECK(refused.values.empty());
  CHECK(problems(refused) == std::vector<std::string>{"Las columnas «San Aurelio» y «Nuestra "
                                                      "ciudad» son de la misma ciudad: marque "
                                                      "solo una."});
  picked.city_columns = {2, 4};
  CHECK(problems(preview_indicator_import(ws, table, picked)) ==
        std::vector<std::string>{
            "Las columnas «Altoverde» y «ALTOVERDE» son de la misma ciudad: marque solo una."});
}

TEST_CASE("csv import: a new city named like a peer's id is not that peer", "[csv]") {
  const Workspace ws = sample_city();
  const PeerCity& altoverde = ws.peers.front();
  REQUIRE(altoverde.name == "Altoverde");
  const std::string id = std::to_string(altoverde.id.value);
  const Workspace after = imported(ws,
                                   "Indicador;Ciudad;Valor\n"
                                   "Camas hoteleras;Altoverde;8\n"
                                   "Camas hoteleras;" +
                                       id + ";3\n",
                                   true);
  CHECK(peer_value(after, "Altoverde", "Camas hoteleras") == 8);
  CHECK(peer_value(after, id, "Camas hoteleras") == 3);
}
