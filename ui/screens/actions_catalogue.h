#pragma once

// "Añadir desde el catálogo" on the Acciones screen: typical actions of the
// catalogue (core/files/action_catalogue.h), chosen with ticks and added as
// one undo step (actions_catalogue.cpp).

#include "core/model/ids.h"
#include "ui/session.h"

namespace rumbo::ui {

// The button beside "+ Nueva acción"; it opens the dialog.
void catalogue_button();

// The dialog, drawn every frame at the screen's level. The id of the first
// action it added in this frame, or 0.
ObjectId catalogue_dialog(Session& session);

} // namespace rumbo::ui
