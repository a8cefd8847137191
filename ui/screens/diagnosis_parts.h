#pragma once

// The Diagnóstico / Diagnosis screen, split by what each part shows:
// diagnosis_screen.cpp (the DOFA board, its item dialog, the screen itself)
// and diagnosis_tows.cpp (the TOWS cross and its option dialog). This
// header is what they share: the screen's view state, its words and the
// confirmation step before a deletion.

#include "core/model/workspace.h"
#include "core/text/typed_text.h"
#include "ui/charts/charts.h"
#include "ui/session.h"
#include "ui/widgets/dialogs.h"
#include "ui/widgets/screen_heading.h"

#include <array>
#include <functional>
#include <optional>
#include <string>

namespace rumbo::ui::diagnosis {

inline constexpr std::array<TowsKind, 4> kKinds = {TowsKind::so, TowsKind::st, TowsKind::wo,
                                                   TowsKind::wt};

struct QuadrantWords {
  const char* plural; // "Fortalezas"
  const char* one;    // "fortaleza", inside sentences
  const char* add;    // "Añadir fortaleza"
  const char* hint;   // what belongs here
  const char* none;   // an empty quadrant
  charts::Hue hue;
};

QuadrantWords words(Quadrant quadrant);
// What a TOWS kind is for, in one sentence.
const char* purpose(TowsKind kind);

enum class Tab { board, tows };

struct ItemDialog {
  bool open = false;    // open on the next frame, at the screen's level
  ObjectId editing = 0; // 0: a new item
  ContextItem draft;
};

struct TowsDialog {
  bool open = false;
  ObjectId editing = 0;
  TowsOption draft;
  std::optional<TowsKind> kind; // a new option of this kind: its items come from its quadrants
};

// What this screen shows, not what the strategy says: lives while the page does.
struct View {
  std::optional<Pestel> pestel; // the external quadrants' filter; none: every category
  std::optional<Tab> requested_tab;
  ItemDialog item;
  TowsDialog tows;
  Confirmation confirm;
};

View& view();
void ask(std::string title, std::string message, std::string button,
         std::function<std::optional<Command>(const Workspace&)> command);
void request_delete_option(const TowsOption& option);

// The TOWS tab and its dialog (diagnosis_tows.cpp); the dialog is drawn every
// frame at the screen's level.
void tows_tab(Session& session);
void tows_dialog(Session& session);

} // namespace rumbo::ui::diagnosis
