#include "ui/screens/diagnosis_parts.h"

#include "core/commands/edits.h"
#include "ui/text.h"

#include <imgui.h>

namespace rumbo::ui::diagnosis {

QuadrantWords words(Quadrant quadrant) {
  switch (quadrant) {
  case Quadrant::strength:
    return {tr("diagnosis.strengths"),     tr("diagnosis.one.strength"),
            tr("diagnosis.add.strength"),  tr("diagnosis.hint.strength"),
            tr("diagnosis.none.strength"), charts::Hue::bluish_green};
  case Quadrant::weakness:
    return {tr("diagnosis.weaknesses"),    tr("diagnosis.one.weakness"),
            tr("diagnosis.add.weakness"),  tr("diagnosis.hint.weakness"),
            tr("diagnosis.none.weakness"), charts::Hue::vermillion};
  case Quadrant::opportunity:
    return {tr("diagnosis.opportunities"),    tr("diagnosis.one.opportunity"),
            tr("diagnosis.add.opportunity"),  tr("diagnosis.hint.opportunity"),
            tr("diagnosis.none.opportunity"), charts::Hue::blue};
  case Quadrant::threat:
    break;
  }
  return {tr("diagnosis.threats"),     tr("diagnosis.one.threat"),  tr("diagnosis.add.threat"),
          tr("diagnosis.hint.threat"), tr("diagnosis.none.threat"), charts::Hue::orange};
}

// What a TOWS kind is for, in one sentence.
const char* purpose(TowsKind kind) {
  switch (kind) {
  case TowsKind::so:
    return tr("diagnosis.tows_purpose.so");
  case TowsKind::st:
    return tr("diagnosis.tows_purpose.st");
  case TowsKind::wo:
    return tr("diagnosis.tows_purpose.wo");
  case TowsKind::wt:
    break;
  }
  return tr("diagnosis.tows_purpose.wt");
}

View& view() {
  static View state;
  return state;
}

void ask(std::string title, std::string message, std::string button,
         std::function<std::optional<Command>(const Workspace&)> command) {
  view().confirm = {
      true, std::move(title), std::move(message), std::move(button), std::move(command), {}, {},
      {}};
}

void request_delete_option(const TowsOption& option) {
  const ObjectId id = option.id.value;
  const std::string subject = trf("diagnosis.subject.delete", {brief(option.text)});
  ask(tr("diagnosis.confirm_delete_tows_title"),
      trf("diagnosis.confirm_delete_tows", {brief(option.text, 120)}),
      tr("diagnosis.delete_button"), [id, subject](const Workspace& now) {
        return remove_objects(now, {id}, Cascade::cascade, subject).command;
      });
}

} // namespace rumbo::ui::diagnosis
