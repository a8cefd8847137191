#pragma once

// Paragraph styles the screens share, so a warning or an aside looks the
// same everywhere.

#include <string>

namespace rumbo::ui {

// Wrapped to the window, in the muted colour: explanations and asides.
void muted_text(const std::string& text);
// Wrapped to the window, in the warning colour: what stops a result.
void warning_text(const std::string& text);
// One line in the bold font: a block's heading.
void bold_text(const std::string& text);

} // namespace rumbo::ui
