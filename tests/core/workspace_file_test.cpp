#include "core/crc32.h"
#include "core/files/limits.h"
#include "core/files/workspace_file.h"
#include "core/files/workspace_serialization.h"
#include "core/messages.h"
#include "fixture.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <sstream>

using namespace rumbo;
using rumbo::test::fixture;
namespace ids = rumbo::test::ids;

namespace {

// The fixture's JSON with one piece of text replaced, to break it on purpose.
std::string fixture_json_with(const std::string& from, const std::string& to) {
  std::string json = save_json(fixture());
  auto at = json.find(from);
  REQUIRE(at != std::string::npos);
  json.replace(at, from.size(), to);
  return json;
}

} // namespace

TEST_CASE("a workspace survives JSON and binary round trips unchanged", "[files]") {
  Workspace ws = fixture();
  LoadResult json = load(save_json(ws));
  REQUIRE(json.ok());
  CHECK(json.format == FileFormat::json);
  CHECK(*json.workspace == ws);
  CHECK(json.header.format == "rumbo-workspace");
  CHECK(json.header.format_version == kWorkspaceFormatVersion);

  LoadResult binary = load(save_binary(ws));
  REQUIRE(binary.ok());
  CHECK(binary.format == FileFormat::binary);
  CHECK(*binary.workspace == ws);
  CHECK(save_binary(*binary.workspace) == save_binary(ws));
  CHECK(save_json(*json.workspace) == save_json(ws));
}

TEST_CASE("an empty workspace round-trips too", "[files]") {
  Workspace empty;
  REQUIRE(load(save_json(empty)).ok());
  CHECK(*load(save_binary(empty)).workspace == empty);
}

TEST_CASE("the JSON file starts with its header and reads as words", "[files]") {
  std::string json = save_json(fixture());
  CHECK(json.find("\"format\": \"rumbo-workspace\"") < json.find("\"workspace\""));
  CHECK(json.find("\"quadrant\": \"opportunity\"") != std::string::npos);
  CHECK(json.find("\"start\": \"2026-03-01\"") != std::string::npos);
  CHECK(json.find("Villa Ejemplo") != std::string::npos);
}

// Golden files of every released format version live in tests/data/vN/ and
// must load forever. Each holds the fixture as it was at that version.
TEST_CASE("golden files of every released version load", "[files][golden]") {
  int loaded = 0;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(test::data_path("golden"))) {
    if (!entry.is_regular_file()) continue;
    INFO(entry.path().string());
    LoadResult result = load(test::read_file(entry.path().string()));
    REQUIRE(result.ok());
    CHECK(result.findings.empty());
    Workspace expected = fixture();
    // Labels before v4 (Label version 1) had a Spanish and an English text only.
    const std::string folder = entry.path().parent_path().filename().string();
    if (folder == "v1" || folder == "v2" || folder == "v3")
      for (Criterion& criterion : expected.criteria)
        criterion.name.set(Language("pt-BR"), "");
    CHECK(*result.workspace == expected);
    ++loaded;
  }
  CHECK(loaded >= 8);
}

// Label version 2 holds one text per language code; version 1 files (the
// golden files of v1 to v3) had "es" and "en" and load with exactly those.
TEST_CASE("migration: a version 1 label loads as its Spanish and English texts",
          "[files][golden]") {
  const std::string v3 = test::read_file(test::data_path("golden/v3/fixture.rumbo.json"));
  REQUIRE(v3.find("\"cereal_class_version\": 1,\n          \"es\": \"Conocimiento") !=
          std::string::npos);
  for (const char* name : {"golden/v3/fixture.rumbo.json", "golden/v3/fixture.rumbo.bin"}) {
    INFO(name);
    LoadResult result = load(test::read_file(test::data_path(name)));
    REQUIRE(result.ok());
    const Label& impact = result.workspace->criteria.front().name;
    CHECK(impact.texts.size() == 2);
    CHECK(impact.exactly(Language::es) == "Impacto en el desarrollo local");
    CHECK(impact.exactly(Language::en) == "Impact on local development");
    // Portuguese falls back along its chain, to Spanish.
    CHECK(impact.in(Language("pt-BR")) == "Impacto en el desarrollo local");
  }
  const std::string v4 = test::read_file(test::data_path("golden/v4/fixture.rumbo.json"));
  CHECK(v4.find("\"pt-BR\": \"Impacto no desenvolvimento local\"") != std::string::npos);
}

TEST_CASE("a label's language codes are checked on load", "[files][errors]") {
  LoadResult result =
      load(fixture_json_with("\"pt-BR\": \"Impacto no", "\"pt BR!\": \"Impacto no"));
  REQUIRE_FALSE(result.ok());
  CHECK(result.error.key == "load.language_code");
  CHECK(result.error.path == "workspace.criteria[0].name.pt BR!");
  CHECK(describe(result.error, Language::es).find("«pt BR!» no es un código de idioma") !=
        std::string::npos);
}

// Profile version 2 added global_region; version 1 files (every golden file of
// format 1) say nothing about it and are read as southern cities.
TEST_CASE("migration: a version 1 profile loads with the region it implied", "[files][golden]") {
  std::string v1 = test::read_file(test::data_path("golden/v1/fixture.rumbo.json"));
  REQUIRE(v1.find("global_region") == std::string::npos);
  Workspace north = fixture();
  north.profile.global_region = GlobalRegion::north;
  north.portfolio.budget_per_year = {5e8, 7e8};
  north.portfolio.staff_capacity = 36;
  std::string current = save_json(north);
  CHECK(current.find("\"global_region\": \"north\"") != std::string::npos);
  CHECK(*load(current).workspace == north);
  CHECK(*load(save_binary(north)).workspace == north);
  CHECK(load(v1).workspace->profile.global_region == GlobalRegion::south);
  // Workspace version 2 added the portfolio's limits: a version 1 file has none set.
  CHECK(load(v1).workspace->portfolio == PortfolioSettings{});
  CHECK(load(test::read_file(test::data_path("golden/v1/fixture.rumbo.bin")))
            .workspace->profile.global_region == GlobalRegion::south);
}

// Workspace version 3 added the scoring methods' choices; version 2 files (the
// golden files of v2) have none and load with the defaults they were scored with.
TEST_CASE("migration: a version 2 workspace loads with the default scoring choices",
          "[files][golden]") {
  std::string v2 = test::read_file(test::data_path("golden/v2/fixture.rumbo.json"));
  REQUIRE(v2.find("\"cereal_class_version\": 2,\n    \"next_id\"") != std::string::npos);
  REQUIRE(v2.find("\"scoring\"") == std::string::npos);
  for (const char* name : {"golden/v2/fixture.rumbo.json", "golden/v2/fixture.rumbo.bin"}) {
    INFO(name);
    LoadResult result = load(test::read_file(test::data_path(name)));
    REQUIRE(result.ok());
    CHECK(result.workspace->scoring == ScoringSettings{});
    CHECK(result.workspace->portfolio == PortfolioSettings{});
  }
}

TEST_CASE("chosen scoring methods survive JSON and binary round trips, written as words",
          "[files]") {
  Workspace ws = fixture();
  ScoringSettings& s = ws.scoring;
  s.method = RankingMethod::promethee2;
  s.topsis_normalisation = TopsisNormalisationMethod::minmax;
  s.vikor_v = 0.25;
  s.preferences = {{{ids::impact}, PreferenceShape::linear, 0.5, 1.5, 0},
                   {{ids::cost}, PreferenceShape::gaussian, 0, 0, 0.75}};
  s.normalisation = IndexNormalisation::distance_to_target;
  s.aggregation_within = IndexAggregation::geometric;
  s.aggregation_across = IndexAggregation::geometric;
  s.missing = MissingValuePolicy::median;
  s.top_k = 5;
  s.samples = 500;
  s.seed = 0xFEDCBA9876543210;
  s.weight_spread = 0.3;
  s.score_spread = 0.1;
  REQUIRE(validate(ws).empty());

  std::string json = save_json(ws);
  for (const char* words :
       {"\"method\": \"promethee2\"", "\"topsis_normalisation\": \"minmax\"",
        "\"type\": \"linear\"", "\"type\": \"gaussian\"",
        "\"normalisation\": \"distance_to_target\"", "\"aggregation_within\": \"geometric\"",
        "\"missing\": \"median\"", "\"seed\": 18364758544493064720"}) {
    INFO(words);
    CHECK(json.find(words) != std::string::npos);
  }
  LoadResult from_json = load(json);
  REQUIRE(from_json.ok());
  CHECK(*from_json.workspace == ws);
  LoadResult from_binary = load(save_binary(ws));
  REQUIRE(from_binary.ok());
  CHECK(*from_binary.workspace == ws);
  CHECK(save_binary(*from_binary.workspace) == save_binary(ws));
}

// Native (64-bit size_t and long) and wasm32 builds run this same test
// against the same committed files (what this version writes, in
// tests/data/current/): equal bytes mean a file written by either loads in
// the other. RUMBO_WRITE_GOLDEN=1 rewrites them after a format change.
TEST_CASE("native and wasm builds write byte-identical files", "[files][golden]") {
  std::string json_path = test::data_path("current/fixture.rumbo.json");
  std::string binary_path = test::data_path("current/fixture.rumbo.bin");
  if (std::getenv("RUMBO_WRITE_GOLDEN")) {
    test::write_file(json_path, save_json(fixture()));
    test::write_file(binary_path, save_binary(fixture()));
  }
  CHECK(save_json(fixture()) == test::read_file(json_path));
  CHECK(save_binary(fixture()) == test::read_file(binary_path));
}

TEST_CASE("JSON syntax errors say what and where (line and column)", "[files][errors]") {
  std::string json = save_json(fixture());
  auto at = json.find("\"name\": \"Villa Ejemplo\",");
  json.erase(at + std::string("\"name\": \"Villa Ejemplo\"").size(), 1); // drop the comma
  LoadResult result = load(json);
  REQUIRE_FALSE(result.ok());
  CHECK(result.error.key == "json.missing_comma_object");
  CHECK(result.error.line == 15); // where the parser met the next name
  std::string es = describe(result.error, Language::es);
  CHECK(es.find("El archivo no es JSON válido") != std::string::npos);
  CHECK(es.find("falta «,» o «}» en un objeto") != std::string::npos);
  CHECK(es.find("línea 15") != std::string::npos);
  CHECK(describe(result.error, Language::en).find("line 15") != std::string::npos);
}

TEST_CASE("a value of the wrong type names the field, what was expected and what was found",
          "[files][errors]") {
  LoadResult result = load(fixture_json_with("\"risk\": 2", "\"risk\": \"alto\""));
  REQUIRE_FALSE(result.ok());
  CHECK(result.error.key == "load.wrong_type");
  CHECK(result.error.path == "workspace.actions[0].risk");
  CHECK(result.error.expected == "type.whole_number");
  CHECK(result.error.found == "type.text");
  CHECK(describe(result.error, Language::es) ==
        "En workspace.actions[0].risk: Un valor no tiene el tipo correcto. Se esperaba un número "
        "entero y se "
        "encontró un texto.");
}

TEST_CASE("a missing field is named by its path", "[files][errors]") {
  LoadResult result = load(fixture_json_with("\"staff_effort\": 6.5,", ""));
  REQUIRE_FALSE(result.ok());
  CHECK(result.error.key == "load.missing_field");
  CHECK(result.error.path == "workspace.actions[0].staff_effort");
  CHECK(result.error.found == "type.nothing");
}

TEST_CASE("unknown enum words, bad dates and bad text are refused with their value",
          "[files][errors]") {
  LoadResult word =
      load(fixture_json_with("\"quadrant\": \"opportunity\"", "\"quadrant\": \"oportunidad\""));
  CHECK(word.error.key == "load.unknown_word");
  CHECK(word.error.path == "workspace.context_items[1].quadrant");
  CHECK(word.error.args.at(0) == "oportunidad");
  CHECK(describe(word.error, Language::en).find("strength, weakness, opportunity, threat") !=
        std::string::npos);

  LoadResult date = load(fixture_json_with("\"2026-03-01\"", "\"2026-02-30\""));
  CHECK(date.error.key == "load.bad_date");
  CHECK(date.error.path == "workspace.actions[0].start");

  LoadResult utf8 = load(fixture_json_with("Villa Ejemplo", "Villa \\udc00Ejemplo"));
  CHECK_FALSE(utf8.ok());

  // cereal would silently cut the text at the null character.
  LoadResult nul = load(fixture_json_with("Villa Ejemplo", "Villa\\u0000 Ejemplo"));
  CHECK(nul.error.key == "json.nul_in_text");

  LoadResult infinite = load(fixture_json_with("\"area_km2\": 1180.5", "\"area_km2\": Infinity"));
  CHECK_FALSE(infinite.ok());
  CHECK(infinite.error.key.rfind("json.", 0) == 0);
}

TEST_CASE("files from a newer Rumbo are refused, not misread", "[files][errors]") {
  LoadResult format = load(fixture_json_with("\"format_version\": 1", "\"format_version\": 7"));
  CHECK(format.error.key == "load.newer_format");
  CHECK(describe(format.error, Language::es).find("Actualice Rumbo") != std::string::npos);

  std::string json = save_json(fixture());
  auto actions = json.find("\"actions\": [");
  auto version = json.find("\"cereal_class_version\": 1", actions);
  json.replace(version, std::string("\"cereal_class_version\": 1").size(),
               "\"cereal_class_version\": 2");
  LoadResult object = load(json);
  CHECK(object.error.key == "load.newer_object_version");
  CHECK(object.error.path == "workspace.actions[0]");
}

TEST_CASE("other files, empty files and oversized files are refused", "[files][errors]") {
  CHECK(load("").error.key == "load.empty");
  CHECK(load("  \n").error.key == "load.empty");
  CHECK(load("{\"header\": {\"cereal_class_version\": 1, \"format\": \"excalidraw\", "
             "\"format_version\": 2, "
             "\"app_version\": \"x\"}}")
            .error.key == "load.not_workspace");
  CHECK(load("{\"type\": \"FeatureCollection\"}").error.key == "load.not_workspace");
  CHECK(load("\x89PNG\r\n\x1a\n rest of an image").error.key == "load.not_workspace");
  CHECK(load(std::string(kMaxFileBytes + 1, ' ')).error.key == "load.too_large");
}

TEST_CASE("deep nesting and huge lists cannot exhaust memory or stack", "[files][errors]") {
  std::string deep = "{\"header\": " + std::string(100000, '[') + std::string(100000, ']') + "}";
  LoadResult nested = load(deep);
  CHECK(nested.error.key == "json.too_deep");
  CHECK(nested.error.line == 1);

  std::string many = "[";
  for (std::size_t i = 0; i <= kMaxListItems; ++i)
    many += i ? ",3" : "3";
  many += "]";
  LoadResult list = load(
      fixture_json_with("\"objectives\": [\n          3\n        ]", "\"objectives\": " + many));
  CHECK(list.error.key == "load.list_too_long");
  CHECK(list.error.path == "workspace.context_items[0].objectives");

  LoadResult preferences =
      load(fixture_json_with("\"preferences\": []", "\"preferences\": " + many));
  CHECK(preferences.error.key == "load.list_too_long");
  CHECK(preferences.error.path == "workspace.scoring.preferences");
}

TEST_CASE("an unknown scoring method is refused with the words allowed", "[files][errors]") {
  LoadResult result = load(fixture_json_with("\"method\": \"wsm\"", "\"method\": \"ahp\""));
  CHECK(result.error.key == "load.unknown_word");
  CHECK(result.error.path == "workspace.scoring.method");
  CHECK(describe(result.error, Language::en).find("wsm, wpm, topsis, promethee2, vikor") !=
        std::string::npos);
}

TEST_CASE("damaged binary files are detected by size and CRC-32", "[files][errors]") {
  std::string bytes = save_binary(fixture());
  CHECK(load(bytes.substr(0, bytes.size() - 10)).error.key == "load.truncated");
  CHECK(load(bytes + "xx").error.key == "load.trailing_bytes");
  std::string flipped = bytes;
  flipped[flipped.size() / 2] ^= 0x10;
  CHECK(load(flipped).error.key == "load.checksum");
  // After the 16-byte magic, byte 16 says the byte order, 17-20 hold the
  // header's class version, 21-28 the length of its first text: claim a terabyte.
  std::string hostile =
      bytes.substr(0, 21) + std::string("\x00\x00\x00\x00\x00\x01\x00\x00", 8) + bytes.substr(29);
  LoadResult result = load(hostile);
  CHECK(result.error.key == "load.not_workspace");
  CHECK(result.error.detail_key == "load.text_too_long");
  CHECK(result.error.path == "header.format");
}

TEST_CASE("a file that parses but breaks integrity is refused with the first finding",
          "[files][errors]") {
  LoadResult result = load(fixture_json_with("\"lead\": 10", "\"lead\": 999"));
  REQUIRE_FALSE(result.ok());
  CHECK(result.error.key == "load.invalid");
  CHECK(result.error.path == "actions[0].lead");
  CHECK(result.error.detail_key == "check.reference_dangling");
  // One error: the singular, by Spanish's plural rule (it said "1 error(es)").
  CHECK(describe(result.error, Language::es) == "El archivo tiene 1 error de integridad: En "
                                                "actions[0].lead: Hace referencia a un objeto que "
                                                "no existe (#999) en actores.");
  CHECK(describe(result.error, Language::en).starts_with("The file has 1 integrity error: "));
  CHECK_FALSE(result.findings.empty());
}

TEST_CASE("warnings do not stop a file from loading", "[files]") {
  LoadResult result =
      load(fixture_json_with("\"title\": \"Misión comercial a Corea\"", "\"title\": \"\""));
  REQUIRE(result.ok());
  REQUIRE(result.findings.size() == 1);
  CHECK(result.findings[0].severity == Severity::warning);
  CHECK(result.findings[0].key == "check.no_name");
}

// An autosave can catch a user halfway through typing a year ("202"): such
// values are warnings, so the saved workspace still opens.
TEST_CASE("half-typed values load with warnings instead of locking the user out", "[files]") {
  Workspace ws = fixture();
  ws.indicators[0].year = 202;
  ws.actions[0].cost_per_year = -1;
  ws.profile.area_km2 = -3;
  LoadResult result = load(save_binary(ws));
  REQUIRE(result.ok());
  CHECK(result.findings.size() == 3);
  CHECK_FALSE(has_errors(result.findings));
}

namespace {
std::string binary_body(Workspace ws) {
  std::ostringstream out;
  {
    cereal::PortableBinaryOutputArchive archive(out);
    fields::field(archive, "workspace", ws);
  }
  return out.str();
}
} // namespace

// A hostile file with a correct CRC-32 and a byte 2 where a bool goes: cereal
// would copy it into the bool (undefined behaviour); the loader refuses it.
TEST_CASE("a binary yes/no byte other than 0 or 1 is refused", "[files][errors]") {
  Workspace ws = fixture();
  std::string file = save_binary(ws);
  std::string body = binary_body(ws);
  ws.comparison.use_for_weights = false;
  std::string other = binary_body(ws);
  REQUIRE(body.size() == other.size());
  std::size_t at = 0;
  while (body[at] == other[at])
    ++at;
  body[at] = 2;
  std::string prefix = file.substr(0, file.size() - body.size());
  std::uint32_t crc = crc32(body);
  for (int i = 0; i < 4; ++i)
    prefix[prefix.size() - 4 + i] = static_cast<char>((crc >> (8 * i)) & 0xFF);
  LoadResult result = load(prefix + body);
  CHECK(result.error.key == "load.bad_boolean");
  CHECK(result.error.path == "workspace.comparison.use_for_weights");
}

TEST_CASE("whole numbers out of range and a missing class version are named", "[files][errors]") {
  LoadResult negative = load(fixture_json_with("\"next_id\": 17", "\"next_id\": -1"));
  CHECK(negative.error.key == "load.number_out_of_range");
  CHECK(negative.error.path == "workspace.next_id");

  std::string json = save_json(fixture());
  auto actions = json.find("\"actions\": [");
  auto version = json.find("\"cereal_class_version\": 1,", actions);
  json.erase(version, std::string("\"cereal_class_version\": 1,").size());
  LoadResult missing = load(json);
  CHECK(missing.error.key == "load.missing_field");
  CHECK(missing.error.path == "workspace.actions[0].cereal_class_version");
}

// Found by tests/fuzz/workspace_fuzz.cpp: rapidjson 1.1.0 read such zeros as
// anything (core/files/json_numbers.h), here the staff effort of an action.
TEST_CASE("zeros written with an exponent or many decimals load as zero", "[files]") {
  for (const char* zero : {"0e-100", "0E-25", "0e100", "0.0000000000000000000000000", "-0e-50"}) {
    INFO(zero);
    LoadResult result =
        load(fixture_json_with("\"staff_effort\": 6.5", std::string("\"staff_effort\": ") + zero));
    REQUIRE(result.ok());
    CHECK(result.workspace->actions[0].staff_effort == 0);
  }
}

// Found by tests/fuzz/workspace_fuzz.cpp: a broken header sent the original
// text, zeros and all, to a second parse (undefined behaviour, which the
// sanitizers of scripts/test report).
TEST_CASE("a file with a broken header is read again with its zeros made readable",
          "[files][errors]") {
  LoadResult result = load(R"({"header": {"cereal_class_version": 1, "format": "rumbo-workspace",
                                         "format_version": "x", "app_version": "0.1.0"},
                              "workspace": {"next_id": 0e-100}})");
  REQUIRE_FALSE(result.ok());
  CHECK(result.error.key == "load.wrong_type");
  CHECK(result.error.path == "header.format_version");
}

TEST_CASE("a number rapidjson would misread is refused, with where it is", "[files][errors]") {
  const std::string json =
      fixture_json_with("\"staff_effort\": 6.5", "\"staff_effort\": 184467440737095516159");
  LoadResult result = load(json);
  REQUIRE_FALSE(result.ok());
  CHECK(result.error.key == "load.unreadable_number");
  const auto at = json.find("184467440737095516159");
  CHECK(result.error.line ==
        1 + static_cast<std::size_t>(std::count(json.begin(), json.begin() + at, '\n')));
  CHECK(describe(result.error, Language::es)
            .starts_with("El número «184467440737095516159» no se puede leer con exactitud: "
                         "escríbalo con 17 cifras "
                         "o menos."));
}

TEST_CASE("the size in a message is rounded up", "[files][errors]") {
  LoadResult result = load(std::string(kMaxFileBytes + 1, ' '));
  CHECK(describe(result.error, Language::en) == "The file is 16385 KiB; the maximum is 16384 KiB.");
}
