#pragma once

// What the user sees of saving: the status in the top bar ("Guardado hace
// 3 s"), the bands under it when a save failed, when another tab writes the
// workspace, or when something happened to a stored copy, and the list of
// earlier versions.

#include "ui/app_state.h"

namespace rumbo::ui {

// The workspace as a file the official keeps (the JSON format, which any
// later version opens), offered as a download by the page.
void export_workspace(const OpenWorkspace& open);

void draw_save_status(AppState& app);
void draw_storage_banners(AppState& app);
void draw_versions_dialog(AppState& app);

} // namespace rumbo::ui
