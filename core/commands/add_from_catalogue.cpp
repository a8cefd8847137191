#include "core/commands/add_from_catalogue.h"

#include "core/commands/edits.h"

namespace rumbo {
namespace {

template <class T> decltype(T::id) id_of_key(const std::vector<T>& items, const std::string& key) {
  for (const T& item : items)
    if (!item.key.empty() && item.key == key) return item.id;
  return {};
}

// The last day of the month `months` after the start of January of `year`.
Date end_after(int year, int months) {
  Date end{year + (months - 1) / 12, (months - 1) % 12 + 1, 31};
  while (end.day > 28 && !is_valid(end))
    --end.day;
  return end;
}

} // namespace

Action action_from_catalogue(const Workspace& ws, const CatalogueAction& entry, Language language) {
  Action action;
  action.title = entry.title.in(language);
  action.description = entry.description.in(language);
  action.axis = id_of_key(ws.axes, entry.axis_key);
  action.mechanism = id_of_key(ws.mechanisms, entry.mechanism_key);
  const int year = ws.profile.plan_start_year;
  if (year != 0 && entry.typical_months > 0) {
    const Date start{year, 1, 1};
    const Date end = end_after(year, entry.typical_months);
    if (is_valid(start) && is_valid(end)) {
      action.start = start;
      action.end = end;
    }
  }
  return action;
}

Command add_from_catalogue(const Workspace& ws, std::span<const CatalogueAction> entries,
                           Language language, std::string subject) {
  return transaction(ws, CommandKind::add, std::move(subject), [&](Workspace& after) {
    for (const CatalogueAction& entry : entries) {
      Action action = action_from_catalogue(ws, entry, language);
      action.id.value = allocate_id(after);
      after.actions.push_back(std::move(action));
    }
  });
}

bool in_workspace(const Workspace& ws, const CatalogueAction& entry) {
  for (const Action& action : ws.actions)
    for (const auto& [code, title] : entry.title.texts)
      if (action.title == title) return true;
  return false;
}

} // namespace rumbo
