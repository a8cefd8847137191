#include "core/text/typed_text.h"

#include <catch2/catch.hpp>

using rumbo::brief;
using rumbo::folded;
using rumbo::trimmed;

TEST_CASE("typed text is stored without the blanks around it", "[text]") {
  CHECK(trimmed("  Ibagué \t\r\n") == "Ibagué");
  CHECK(trimmed("\n\n a b \n") == "a b");
  CHECK(trimmed(" \t\n") == "");
}

TEST_CASE("a brief name cuts characters, never inside one, and says it was cut", "[text]") {
  CHECK(brief("Gestión", 7) == "Gestión");
  CHECK(brief("Gestión pública", 7) == "Gestión…");
  CHECK(brief("ñññ", 2) == "ññ…"); // two-byte characters: 2 characters, 4 bytes
  CHECK(brief("", 3) == "");
}

TEST_CASE("folded text compares without accents or capitals", "[text]") {
  CHECK(folded("Promoción ECONÓMICA") == "promocion economica");
  CHECK(folded("SÃO PAULO") == "sao paulo");
  CHECK(folded("Año, Ñandú, Çà") == "ano, nandu, ca");
}
