#include "ui/widgets/scoring_progress.h"

#include "ui/text.h"
#include "ui/widgets/text_blocks.h"

#include <imgui.h>

namespace rumbo::ui {

void scoring_progress(const Session& session, const std::string& what) {
  muted_text(what);
  const float share = static_cast<float>(session.scoring_progress());
  const std::string label = trf("common.scoring_progress", {percent(share, 0)});
  ImGui::ProgressBar(share, ImVec2(ImGui::GetFontSize() * 16, 0), label.c_str());
}

} // namespace rumbo::ui
