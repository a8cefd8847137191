// Perfil / Profile: the territory whose strategy this is, and the plan's
// title and years.

#include "core/commands/edits.h"
#include "ui/fonts.h"
#include "ui/screens/screens.h"
#include "ui/text.h"
#include "ui/widgets/fields.h"
#include "ui/widgets/item_marks.h"

#include <imgui.h>

#include <algorithm>

namespace rumbo::ui {
namespace {

// A labelled text field bound to one text of the profile; `label` also names
// the change on the undo button.
void profile_text(Session& session, const char* label, const char* field,
                  std::string Profile::*member, float width) {
  field_label(label);
  const std::string key = std::string("profile.") + field;
  text_field(
      session, ("##" + key).c_str(), session.workspace()->profile.*member,
      [&session, key, label, member](const std::string& value) {
        return edit_workspace(*session.workspace(), key, label,
                              [&](Workspace& ws) { ws.profile.*member = value; });
      },
      width);
  mark_item(key);
}

} // namespace

void draw_profile_screen(Session& session) {
  const Workspace& ws = *session.workspace();
  const Profile& p = ws.profile;
  ImGui::PushFont(font(FontRole::heading));
  ImGui::TextUnformatted(tr("screen.profile"));
  ImGui::PopFont();
  ImGui::TextDisabled("%s", tr("profile.intro"));
  ImGui::Spacing();

  ImGui::PushItemWidth(420);
  profile_text(session, tr("profile.title"), "title", &Profile::title, 640);
  profile_text(session, tr("profile.name"), "name", &Profile::name, 420);
  profile_text(session, tr("profile.region"), "region", &Profile::region, 420);
  profile_text(session, tr("profile.country"), "country", &Profile::country, 420);

  field_label(tr("profile.global_region"));
  int region = p.global_region == GlobalRegion::south ? 0 : 1;
  const char* regions[] = {tr("profile.south"), tr("profile.north")};
  ImGui::SetNextItemWidth(420);
  if (ImGui::Combo("##global_region", &region, regions, 2))
    session.apply(edit_workspace(
        ws, "profile.global_region", tr("profile.global_region"), [&](Workspace& after) {
          after.profile.global_region = region == 0 ? GlobalRegion::south : GlobalRegion::north;
        }));

  field_label(tr("profile.population"));
  number_field(session, "##population", static_cast<double>(p.population), 0,
               [&session](const std::optional<double>& v) {
                 const double people = std::clamp(v.value_or(0), 0.0, 1e11);
                 return edit_workspace(*session.workspace(), "profile.population",
                                       tr("profile.population"), [&](Workspace& after) {
                                         after.profile.population =
                                             static_cast<std::int64_t>(people);
                                       });
               });
  field_label(tr("profile.area"));
  number_field(session, "##area", p.area_km2, 1, [&session](const std::optional<double>& v) {
    return edit_workspace(*session.workspace(), "profile.area_km2", tr("profile.area"),
                          [&](Workspace& after) { after.profile.area_km2 = v.value_or(0); });
  });
  profile_text(session, tr("profile.currency"), "currency", &Profile::currency, 120);
  field_label(tr("profile.gdp"));
  number_field(session, "##gdp", p.gdp_per_capita, 0, [&session](const std::optional<double>& v) {
    return edit_workspace(*session.workspace(), "profile.gdp_per_capita", tr("profile.gdp"),
                          [&](Workspace& after) { after.profile.gdp_per_capita = v.value_or(0); });
  });

  field_label(tr("profile.plan_years"));
  int_field(
      session, "##start", p.plan_start_year, 1900, 2200,
      [&session](const long long& v) {
        return edit_workspace(
            *session.workspace(), "profile.plan_start_year", tr("profile.plan_years"),
            [&](Workspace& after) { after.profile.plan_start_year = static_cast<int>(v); });
      },
      140);
  ImGui::SameLine();
  ImGui::TextUnformatted("–");
  ImGui::SameLine();
  int_field(
      session, "##end", p.plan_end_year, 1900, 2200,
      [&session](const long long& v) {
        return edit_workspace(
            *session.workspace(), "profile.plan_end_year", tr("profile.plan_years"),
            [&](Workspace& after) { after.profile.plan_end_year = static_cast<int>(v); });
      },
      140);
  ImGui::PopItemWidth();
}

} // namespace rumbo::ui
