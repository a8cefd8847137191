#pragma once

// Form fields bound to the workspace: each shows a value read from the model
// and, when the user changes it, applies the command `change` builds from the
// new value. Typing merges into one undo step until the field loses focus.

#include "core/function_ref.h"
#include "ui/session.h"

#include <optional>
#include <string>

namespace rumbo::ui {

template <class T> using MakeCommand = FunctionRef<Command(const T&)>;

bool text_field(Session& session, const char* label, const std::string& value,
                MakeCommand<std::string> change, float width = 0);
bool text_area(Session& session, const char* label, const std::string& value,
               MakeCommand<std::string> change, float height_lines = 4);
// Whole numbers; `low`..`high` bounds what can be typed.
bool int_field(Session& session, const char* label, long long value, long long low, long long high,
               MakeCommand<long long> change, float width = 0);
// Numbers typed in the current language's form ("1.234,5"); a text that is
// not a number is kept in the field, marked, and not applied.
bool number_field(Session& session, const char* label, std::optional<double> value, int decimals,
                  MakeCommand<std::optional<double>> change, float width = 0);

// The label to the left of a field, in a fixed-width column, so forms align.
void field_label(const char* text, float column_width = 220.0f);

} // namespace rumbo::ui
