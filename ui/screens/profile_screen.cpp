// Perfil / Profile: the territory whose strategy this is, and the plan's
// title and years.

#include "core/commands/edits.h"
#include "ui/fonts.h"
#include "ui/screens/screens.h"
#include "ui/text.h"
#include "ui/widgets/fields.h"

#include <imgui.h>

#include <algorithm>

namespace rumbo::ui {
namespace {

// A command that changes one field of the profile, named for the undo button.
template <class Change>
MakeCommand<std::string> profile_text(Session& session, const char* field, const char* label_key,
                                      Change set) {
  return [&session, field, label_key, set](const std::string& value) {
    return edit_workspace(*session.workspace(), std::string("profile.") + field, tr(label_key),
                          [&](Workspace& ws) { set(ws.profile, value); });
  };
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
  field_label(tr("profile.title"));
  text_field(session, "##title", p.title,
             profile_text(session, "title", "profile.title",
                          [](Profile& profile, const std::string& v) { profile.title = v; }),
             640);
  field_label(tr("profile.name"));
  text_field(session, "##name", p.name,
             profile_text(session, "name", "profile.name",
                          [](Profile& profile, const std::string& v) { profile.name = v; }),
             420);
  field_label(tr("profile.region"));
  text_field(session, "##region", p.region,
             profile_text(session, "region", "profile.region",
                          [](Profile& profile, const std::string& v) { profile.region = v; }),
             420);
  field_label(tr("profile.country"));
  text_field(session, "##country", p.country,
             profile_text(session, "country", "profile.country",
                          [](Profile& profile, const std::string& v) { profile.country = v; }),
             420);

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
  field_label(tr("profile.currency"));
  text_field(session, "##currency", p.currency,
             profile_text(session, "currency", "profile.currency",
                          [](Profile& profile, const std::string& v) { profile.currency = v; }),
             120);
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
